import type { zhTracking } from '../zh-CN-parts/tracking';
import { coachingPolicy } from '../../../policy';

/** The dashboards' words: health states, their reasons, risk signals, the next 1:1's opening (keys start with `tracking.`). */
export const enTracking: Record<keyof typeof zhTracking, string> = {
  'tracking.health.on-track': 'On track',
  'tracking.health.at-risk': 'At risk',
  'tracking.health.off-track': 'Off track',
  'tracking.health.no-data': 'Not enough recorded',

  'tracking.reason.all-reached': 'All {count} milestones reached.',
  'tracking.reason.on-schedule': '{progress}% of milestones reached, {expected}% due by now: keeping pace.',
  'tracking.reason.behind-schedule':
    '{progress}% of milestones reached, {expected}% due by now: {gap} points behind.',
  'tracking.reason.milestone-overdue': 'Milestone “{milestone}” was due {date} and isn’t reached.',
  'tracking.reason.low-likelihood': 'Likelihood is only {value}/{max}: what’s missing?',
  'tracking.reason.low-likelihood-falling': 'Likelihood is only {value}/{max} and falling: what’s missing?',
  'tracking.reason.likelihood-good':
    'Likelihood {value}/{max}; record where the milestones stand to see the progress.',
  'tracking.reason.repeated-adjustments':
    'The goal changed {count} times in the last {days} days: does it still hold?',
  'tracking.reason.nothing-recorded':
    'Nothing to judge yet: give the milestones dates and current values, or score the likelihood.',

  'tracking.signalLabel.overdue-action': 'Action overdue',
  'tracking.signalLabel.blocked-action': 'Action blocked',
  'tracking.signalLabel.review-delayed': 'Review moved again and again',
  'tracking.signalLabel.feedback-no-follow-up': 'Feedback not followed up',
  'tracking.signalLabel.no-micro-action': 'No micro-action',
  'tracking.signalLabel.goal-problem-unadjusted': 'Goal problem, no adjustment',

  'tracking.signal.overdue-action.one':
    '“{result}” was due for review on {date}, {days} day ago, and isn’t done.',
  'tracking.signal.overdue-action.other':
    '“{result}” was due for review on {date}, {days} days ago, and isn’t done.',
  'tracking.signal.blocked-action': '“{result}” is blocked: {reason}.',
  'tracking.signal.blocked-action-no-reason': '“{result}” is blocked, with no reason written.',
  'tracking.signal.review-delayed': 'The review of “{what}” was moved later {count} times; it’s now {date}.',
  'tracking.signal.review-delayed-no-date': 'The review of “{what}” was moved later {count} times.',
  'tracking.signal.feedback-no-follow-up':
    'Feedback “{title}” asking for a change was given on {date}, {days} days ago, and never followed up.',
  'tracking.signal.feedback-no-follow-up-untitled':
    'Feedback asking for a change was given on {date}, {days} days ago, and never followed up.',
  'tracking.signal.no-micro-action': `The 5R plan of {date} has no micro-action to do within ${coachingPolicy.microActionWithinDays} days.`,
  'tracking.signal.goal-problem-unadjusted':
    'The flash retro of {date} called it a goal problem, but no goal adjustment was logged after it.',

  'tracking.next.point': 'Let’s start with: {items}',
  'tracking.next.done': 'Done: start by naming what went well.',
  'tracking.next.open': 'Not done: ask what happened before anything else.',
  'tracking.next.blocked': 'Blocked: talk about what stands in the way first.',
};
