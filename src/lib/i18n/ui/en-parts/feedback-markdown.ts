import { termLabel, terms } from '../../../method/terms';

import type { zhFeedbackMarkdown } from '../zh-CN-parts/feedback-markdown';

/** Headings and words of the feedback draft's Markdown export (keys start with `md.feedback.`). */
export const enFeedbackMarkdown: Record<keyof typeof zhFeedbackMarkdown, string> = {
  'md.feedback.scenarioLabel': 'Scenario',
  'md.feedback.scenario.positive': 'positive',
  'md.feedback.scenario.improvement': 'needs improvement',
  'md.feedback.scenario.negative': 'negative',
  'md.feedback.framework.3e': '3E',
  'md.feedback.framework.best': 'BEST',
  'md.feedback.fields.encourage': termLabel(terms['3e'].encourage, 'en'),
  'md.feedback.fields.explore': termLabel(terms['3e'].explore, 'en'),
  'md.feedback.fields.empower': termLabel(terms['3e'].empower, 'en'),
  'md.feedback.fields.behavior': termLabel(terms.best.behavior, 'en'),
  'md.feedback.fields.effect': termLabel(terms.best.effect, 'en'),
  'md.feedback.fields.seek': termLabel(terms.best.seek, 'en'),
  'md.feedback.fields.target': termLabel(terms.best.target, 'en'),
  'md.feedback.readAloud': 'As one message',
  'md.feedback.followUp': 'Follow-up',
  'md.feedback.followUpOn': 'Looked at again on {date}',
};
