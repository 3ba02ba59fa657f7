import { termLabel, terms } from '../../../method/terms';

/** 反馈草稿 Markdown 导出的标题与用语（键以 `md.feedback.` 开头）。 */
export const zhFeedbackMarkdown = {
  'md.feedback.scenarioLabel': '场景',
  'md.feedback.scenario.positive': '正向反馈',
  'md.feedback.scenario.improvement': '需要改进',
  'md.feedback.scenario.negative': '负面反馈',
  'md.feedback.framework.3e': '3E',
  'md.feedback.framework.best': 'BEST',
  'md.feedback.fields.encourage': termLabel(terms['3e'].encourage, 'zh-CN'),
  'md.feedback.fields.explore': termLabel(terms['3e'].explore, 'zh-CN'),
  'md.feedback.fields.empower': termLabel(terms['3e'].empower, 'zh-CN'),
  'md.feedback.fields.behavior': termLabel(terms.best.behavior, 'zh-CN'),
  'md.feedback.fields.effect': termLabel(terms.best.effect, 'zh-CN'),
  'md.feedback.fields.seek': termLabel(terms.best.seek, 'zh-CN'),
  'md.feedback.fields.target': termLabel(terms.best.target, 'zh-CN'),
  'md.feedback.readAloud': '完整说法',
  'md.feedback.followUp': '跟进',
  'md.feedback.followUpOn': '{date} 回看',
} as const;
