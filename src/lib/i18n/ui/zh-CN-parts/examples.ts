/** “examples”部分（填好的示例页）和议程页演示脚本的界面文案。 */
export const zhExamples = {
  'examples.title': '填好的示例',
  'examples.description':
    '准备单、SMART-AR 目标、BEST 反馈草稿和快闪复盘，各有一份弱版本和一份强版本，并说明强在哪里，一键载入工作表就能改着练。',
  'examples.lead':
    '同一张工作表，写得好和写得一般差在哪里？每个示例都先给一份常见的弱版本，再给一份强版本，最后点明差别。点“在工作表里打开”，会用这份示例新建一张工作表，存在你自己的浏览器里，可以直接改着练。',
  'examples.toc': '本页目录',
  'examples.weak': '弱版本',
  'examples.strong': '强版本',
  'examples.weakNotes': '问题出在哪',
  'examples.strongNotes': '强在哪里',
  'examples.open': '在“{worksheet}”里打开',
  'examples.openHint': '新建一张工作表，只存在这台设备的浏览器里。',
  'examples.drillMissing': '缺了什么',
  'examples.drillOpen': '在“{worksheet}”里改写这一条',
  'examples.drillAnswer': '一种改法',
  'examples.guideLink': '这张工作表背后的方法：{section}',

  'workshop.agenda.demo': '演示脚本',
  'workshop.agenda.demoFor': '用在“{block}”这一段，演示本身约 {minutes} 分钟。',
};
