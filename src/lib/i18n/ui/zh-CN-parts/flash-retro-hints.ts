/** 快闪复盘的辅导提示（键以 `hint.flashRetro.` 开头）。 */
export const zhFlashRetroHints = {
  'hint.flashRetro.dateMissing': '填上复盘日期，日后才能连成一条成长记录。',
  'hint.flashRetro.fewerSatisfied': '已经写了 {count} 件，凑满三件吧：小事也算。',
  'hint.flashRetro.obstacleEmpty': '这段时间最大的一个卡点是什么？只写一个。',
  'hint.flashRetro.triedEmpty': '写下已经试过的办法：试过什么，结果怎样。',
  'hint.flashRetro.improvementEmpty': '接下来两周，最想先改善的是哪一点？',
  'hint.flashRetro.improvementVague': '把它写成一个能做、能看见的动作，两周后才好对照。',
  'hint.flashRetro.judgmentMissing': '这次的问题出在目标还是执行？做个判断，拿不准就选“不确定”。',
  'hint.flashRetro.goalNotLinked': '判断是目标的问题：关联对应的 SMART-AR 目标，把这次调整记进它的调整记录。',
} as const;
