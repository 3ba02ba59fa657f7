/**
 * 观察员清单 Markdown 导出自己的用语（键以 `md.observer.` 开头）。勾选项和各部分的名称
 * 直接用表单的键（`ws.observer.*`），导出和表单说的是同一句话。
 */
export const zhObserverChecklistMarkdown = {
  'md.observer.scenario': '演练案例',
  'md.observer.manager': '经理',
  'md.observer.employee': '员工',
  'md.observer.observer': '观察员',
  'md.observer.score': '得分',
  'md.observer.scoreLine': '{total} 项里做到 {done} 项',
  'md.observer.scoreColumns.0': '部分',
  'md.observer.scoreColumns.1': '做到',
  'md.observer.notInPlay': '本场不练',
  'md.observer.growCount.one': '{count} 个问题',
  'md.observer.growCount.other': '{count} 个问题',
} as const;
