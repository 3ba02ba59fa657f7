import { coachingPolicy } from '../../../policy';
import type { zhActionPlanHints } from '../zh-CN-parts/action-plan-hints';

/** Coaching hints of the 5R action canvas (keys start with `hint.actionPlan.`). */
export const enActionPlanHints: Record<keyof typeof zhActionPlanHints, string> = {
  'hint.actionPlan.noActions': 'Write down one to three actions, each with a visible result.',
  'hint.actionPlan.noMicroActionThisWeek': `No micro-action is due within ${coachingPolicy.microActionWithinDays} days: pick one small step and set its review inside that window.`,
  'hint.actionPlan.microActionNoDate': `A micro-action needs a date too: which day in the next ${coachingPolicy.microActionWithinDays} days will you look at it?`,
  'hint.actionPlan.resultVague':
    'Describe the result as something visible: what will be different once it’s done?',
  'hint.actionPlan.resourceMissing':
    'What support is needed? A course, a colleague to practice with, time: once written, someone can arrange it.',
  'hint.actionPlan.responsibleMissing': 'Who leads and who helps? Put names here.',
  'hint.actionPlan.reviewMissing': 'Set a review date: when will you look at progress together?',
  'hint.actionPlan.reviewPast':
    'The review date ({date}) has passed and this isn’t done: talk about what happened and set a new date.',
  'hint.actionPlan.riskNoContingency':
    'There’s a risk but no fallback yet: if it happens, what’s the first move?',
};
