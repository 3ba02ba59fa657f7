import { letteredLabel, termName, terms } from '../../../method/terms';
/** 工作表“grow-questions”的界面文案（键以 `ws.grow.` 开头）。 */
export const zhGrow = {
  'ws.grow.chooserHeading': '从准备单生成',
  'ws.grow.chooserIntro':
    '选一份准备单，内置规则会围绕对方写的话题、困惑和指标拟出一组问题，之后可以随意改。',
  'ws.grow.chooserShow': '列出已保存的准备单',
  'ws.grow.chooserLoading': '正在查找已保存的准备单……',
  'ws.grow.chooserNone': '这个浏览器里还没有保存过准备单。',
  'ws.grow.chooserCreate': '去填一份准备单',
  'ws.grow.chooserFailed': '读不到已保存的准备单。可以直接在下面手写问题。',
  'ws.grow.startFrom': '用“{title}”生成',
  'ws.grow.meetingOn': '谈话日期 {date}',
  'ws.grow.updatedOn': '更新于 {date}',
  'ws.grow.confirm':
    '这份清单里已经有你写的问题。要根据“{title}”另开一份新清单吗？现在这份会保留在“我的工作表”里。',
  'ws.grow.confirmYes': '另开一份',
  'ws.grow.confirmNo': '取消',
  'ws.grow.fromMissing':
    '没能根据地址里的准备单生成问题：它可能已经删除、保存在另一台设备上，或者还没写任何话题。下面可以手写问题。',

  'ws.grow.listSection': '问题清单',
  'ws.grow.listIntro':
    'GROW 依次经过目标、现状、方案、意愿四个阶段，每个阶段至少准备一个开放式问题。谈话中问过就勾上，顺手记下对方的回答。',
  'ws.grow.progress': '已问 {asked}/{total} 个问题',
  'ws.grow.sourceRules': '这些问题由内置规则根据准备单拟出，改写、删除、调整顺序都可以。',
  'ws.grow.sourceAi': '这些问题由 AI 根据准备单拟出，改写、删除、调整顺序都可以。',
  'ws.grow.openSheet': '打开那份准备单',

  'ws.grow.stage.goal': letteredLabel(terms.grow.goal, 'zh-CN'),
  'ws.grow.stage.goalHelp': '对方希望这件事最后变成什么样？这次谈话想带走什么？',
  'ws.grow.stage.reality': letteredLabel(terms.grow.reality, 'zh-CN'),
  'ws.grow.stage.realityHelp': '现在走到哪一步、卡在哪里？请对方用事实来描述。',
  'ws.grow.stage.options': letteredLabel(terms.grow.options, 'zh-CN'),
  'ws.grow.stage.optionsHelp': '还有哪些做法可以试？先多想几条，再一起挑。',
  'ws.grow.stage.will': letteredLabel(terms.grow.will, 'zh-CN'),
  'ws.grow.stage.willHelp': '对方决定先做什么、什么时候做、需要谁支持。',
  'ws.grow.stageShort.goal': termName(terms.grow.goal, 'zh-CN'),
  'ws.grow.stageShort.reality': termName(terms.grow.reality, 'zh-CN'),
  'ws.grow.stageShort.options': termName(terms.grow.options, 'zh-CN'),
  'ws.grow.stageShort.will': termName(terms.grow.will, 'zh-CN'),
  'ws.grow.questionN': '{stage}问题 {n}',
  'ws.grow.question': '问题',
  'ws.grow.asked': '已问',
  'ws.grow.answer': '对方的回答',
  'ws.grow.moveUp': '上移',
  'ws.grow.moveDown': '下移',
  'ws.grow.delete': '删除',
  'ws.grow.add.goal': '添加目标问题',
  'ws.grow.add.reality': '添加现状问题',
  'ws.grow.add.options': '添加方案问题',
  'ws.grow.add.will': '添加意愿问题',
  'ws.grow.moved': '已移到{stage}阶段的第 {n} 位',
  'ws.grow.deleted': '已删除一个{stage}问题',
  'ws.grow.full': '一份清单最多 {max} 个问题，删掉一个再加吧。',

  'ws.grow.commitmentSection': '行动承诺',
  'ws.grow.commitment': '对方的承诺（记原话）',
  'ws.grow.commitmentHelp':
    '谈话收尾前，请对方亲口说出第一步做什么、什么时候做，照原话记下来，下次就从这里接着聊。',
} as const;
