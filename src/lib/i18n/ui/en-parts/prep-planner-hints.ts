import type { zhPrepPlannerHints } from '../zh-CN-parts/prep-planner-hints';

/** Coaching hints of the PREP planner (keys start with `hint.prepPlanner.`). */
export const enPrepPlannerHints: Record<keyof typeof zhPrepPlannerHints, string> = {
  'hint.prepPlanner.pointEmpty':
    'Say in one sentence what today is about, so it doesn’t feel like a routine check-in.',
  'hint.prepPlanner.reasonEmpty': 'Note the data or observations behind this topic.',
  'hint.prepPlanner.reasonNoData':
    'The Reason has no figure or concrete observation yet: which data supports this topic?',
  'hint.prepPlanner.reasonJudgmental.one':
    '{words} is a verdict, not evidence. Describe what you saw or measured instead.',
  'hint.prepPlanner.reasonJudgmental.other':
    '{words} are verdicts, not evidence. Describe what you saw or measured instead.',
  'hint.prepPlanner.exampleEmpty':
    'Prepare one or two concrete situations so you both talk about the same thing.',
  'hint.prepPlanner.planEmpty': 'End with one concrete next step: who does what, and by when.',
  'hint.prepPlanner.planVague': 'The plan isn’t concrete yet: write it as a visible behavior with a time.',
  'hint.prepPlanner.agendaEmpty': 'Sketch a short agenda and give each part some minutes.',
  'hint.prepPlanner.agendaTooShort':
    'The agenda adds up to {total} minutes, under 30: leave the employee time to talk.',
  'hint.prepPlanner.agendaTooLong':
    'The agenda adds up to {total} minutes, over 60: keep one topic for next time.',
  'hint.prepPlanner.blockNoMinutes': 'This part has no minutes yet.',
};
