import type { zhTrackingCalendar } from '../zh-CN-parts/tracking-calendar';

/** Words of the team calendar file (keys start with `calendar.team.`). */
export const enTrackingCalendar: Record<keyof typeof zhTrackingCalendar, string> = {
  'calendar.team.goalReview.alone': 'Goal review: {goal}',
  'calendar.team.goalReview.withPerson': 'Goal review with {person}: {goal}',
  'calendar.team.retro': 'Flash retro with {person}',
  'calendar.team.retroBody':
    'Fifteen to twenty minutes, three questions: the three things you are happiest with, the one biggest obstacle, the one thing to improve in the next two weeks.',
};
