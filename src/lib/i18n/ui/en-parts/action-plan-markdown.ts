import { termLabel, terms } from '../../../method/terms';

import type { zhActionPlanMarkdown } from '../zh-CN-parts/action-plan-markdown';

/** Headings and words of the 5R action plan's Markdown export (keys start with `md.actionPlan.`). */
export const enActionPlanMarkdown: Record<keyof typeof zhActionPlanMarkdown, string> = {
  'md.actionPlan.conversationDate': 'Conversation date',
  'md.actionPlan.action': 'Action {number}',
  'md.actionPlan.microAction': 'micro-action',
  'md.actionPlan.done': 'done',
  'md.actionPlan.blocked.bare': 'blocked',
  'md.actionPlan.blocked.withReason': 'blocked: {reason}',
  'md.actionPlan.fields.result': termLabel(terms['5r'].result, 'en'),
  'md.actionPlan.fields.resource': termLabel(terms['5r'].resource, 'en'),
  'md.actionPlan.fields.responsible': termLabel(terms['5r'].responsible, 'en'),
  'md.actionPlan.fields.reviewDate': 'Review',
  'md.actionPlan.fields.risk': termLabel(terms['5r'].risk, 'en'),
  'md.actionPlan.fields.contingency': 'Fallback',
};
