/** 打印讲义的界面文案（键以 `handouts.` 开头）。 */
export const zhHandouts = {
  'handouts.title': '打印讲义',
  'handouts.intro':
    '一页纸的五步速查卡、每个框架一页 A4 的讲义卡、一张可以剪开的 GROW 提问口袋卡，以及每张工作表的空白版。打印出来，工作坊和一对一都用得上。',
  'handouts.printHint': '打印方法：按 Ctrl+P（Mac 上按 ⌘P），纸张选 A4，缩放保持 100%，关掉“页眉和页脚”。',
  'handouts.frameworksHeading': '框架讲义',
  'handouts.frameworksIntro':
    '每个框架一页：它解决什么问题、每个字母怎么做、一句可以直接说的话，外加几条提示。',
  'handouts.pocketHeading': '口袋卡',
  'handouts.pocketIntro': 'GROW 四个阶段各一张小卡，一页 A4 剪成四张，谈话时放在手边。',
  'handouts.blanksHeading': '空白工作表',
  'handouts.blanksIntro': '和在线工作表一样的栏目，打印出来手写。适合工作坊现场，或不方便用电脑的谈话。',
  'handouts.pages.one': '1 页',
  'handouts.pages.two': '2 页',
  'handouts.kind.framework': '框架讲义',
  'handouts.kind.pocketCard': '口袋卡',
  'handouts.kind.quickCard': '速查卡',
  'handouts.quickHeading': '五步速查卡',
  'handouts.quickIntro': '整套方法印在一页纸上：五个步骤、每步用的框架、最常说的一句话，以及公司约定的节奏。',
  'handouts.quick.rhythmHeading': '节奏',
  'handouts.quick.range': '{min} 到 {max}',
  'handouts.quick.rhythm':
    '每 {every} 周一次完整对话，每次 {minutes} 分钟；员工提前 {prep} 天填准备单；最后 {plan} 分钟写 5R，最多 {max} 项，至少一项 {days} 天内做完；每月一次 {retro} 分钟的快闪复盘。',
  'handouts.quick.health':
    '看板：进度比时间落后 {atRisk} 个百分点标黄，落后 {offTrack} 个百分点标红；{coverage} 天没谈过的人要约；微行动按期完成率目标 {target}%。',
  'handouts.kind.blank': '空白工作表',
  'handouts.back': '全部讲义',
  'handouts.stepsHeading': '怎么做',
  'handouts.sayLabel': '可以这样说：',
  'handouts.tipsHeading': '用好它的几条提示',
  'handouts.guideLink': '完整讲解：',
  'handouts.cutHint': '沿虚线剪下，对折或过塑后放进工牌套或笔记本里。',
  'handouts.cardFooter': 'GROW 提问口袋卡',
  'handouts.blankSubtitle': '空白版，打印后手写',
  'handouts.blankDate': '日期',
  'handouts.fillOnline': '在线填写，自动保存在你的浏览器里：',
  'handouts.tally': '计数',
  'handouts.pageOf': '第 {n} 页，共 {total} 页',
  'handouts.workshopTitle': '打印讲义',
  'handouts.workshopBody':
    '框架讲义、GROW 提问口袋卡和各张工作表的空白版，都能直接打印成 A4，开场前发到学员手里。',
  'handouts.workshopLink': '打开打印讲义',
} as const;
