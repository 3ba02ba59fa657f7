import type { zhActionPlanCalendar } from '../zh-CN-parts/action-plan-calendar';

/** Words of the 5R review-date calendar file (keys start with `calendar.review.`). */
export const enActionPlanCalendar: Record<keyof typeof zhActionPlanCalendar, string> = {
  'calendar.review.summary.alone': 'Review: {result}',
  'calendar.review.summary.withPerson': 'Review with {person}: {result}',
  'calendar.review.untitled': 'Action {number}',
  'calendar.review.resource': 'Resource',
  'calendar.review.responsible': 'Responsible',
  'calendar.review.risk': 'Risk',
  'calendar.review.contingency': 'Fallback',
  'calendar.review.microAction': 'A micro-action: open the next conversation with how it went.',
  'calendar.review.plan': 'From the 5R action plan',
};
