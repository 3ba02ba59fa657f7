import { coachingPolicy } from '../policy';
import { isFollowedUp, needsFollowUp } from '../worksheets/feedback/schema';
import { laterMoves } from '../worksheets/tracking-fields';
import { daysBetween } from '../dates';
import { createdOn, latestPlan, planDate, type GuideRef, type PersonDocs } from './model';

/**
 * Risk signals: facts in one person's worksheets that ask for attention, each with its
 * reason in words (see `text.ts`) and the guide section that explains it.
 *
 * | signal                     | fires when                                                                   |
 * | -------------------------- | ---------------------------------------------------------------------------- |
 * | `overdue-action`           | an open action's review date is before today (due today is not overdue)      |
 * | `blocked-action`           | an action is marked blocked (its reason is the obstacle)                      |
 * | `review-delayed`           | a review date (an action's or a goal's) was moved later `repeatedDelays`+ times |
 * | `feedback-no-follow-up`    | improvement or BEST feedback given (or last edited) more than one conversation cycle ago (`conversationEveryWeeks.max` weeks) with no follow-up recorded |
 * | `no-micro-action`          | the latest 5R plan has actions but none is a micro-action                     |
 * | `goal-problem-unadjusted`  | a flash retro judged "goal problem" and no goal adjustment is dated on or after it |
 *
 * One signal per fact (two overdue actions are two signals), so each can be picked as the
 * Point of the next conversation.
 */

export type SignalCode =
  | 'overdue-action'
  | 'blocked-action'
  | 'review-delayed'
  | 'feedback-no-follow-up'
  | 'no-micro-action'
  | 'goal-problem-unadjusted';

export interface RiskSignal {
  /** Stable within a computation: `<code>:<worksheet id>:<index>`, for keys and selection. */
  id: string;
  code: SignalCode;
  guide: GuideRef;
  /** The worksheet the fact is in, to open it. */
  worksheetId: string;
  /** Facts for the words. */
  facts: Record<string, string | number>;
  /** The day the fact dates from, for ordering (oldest first). */
  since: string;
}

export const signalGuide: Record<SignalCode, GuideRef> = {
  'overdue-action': { module: 'action', anchor: '5r' },
  'blocked-action': { module: 'tracking', anchor: 'flash-retro' },
  'review-delayed': { module: 'action', anchor: 'micro-commitments' },
  'feedback-no-follow-up': { module: 'feedback', anchor: 'best' },
  'no-micro-action': { module: 'action', anchor: 'micro-commitments' },
  'goal-problem-unadjusted': { module: 'tracking', anchor: 'goal-or-execution' },
};

function signal(
  code: SignalCode,
  worksheetId: string,
  index: number,
  since: string,
  facts: Record<string, string | number>,
): RiskSignal {
  return { id: `${code}:${worksheetId}:${index}`, code, guide: signalGuide[code], worksheetId, facts, since };
}

export function riskSignals(person: PersonDocs, today: string): RiskSignal[] {
  const policy = coachingPolicy;
  const signals: RiskSignal[] = [];

  for (const plan of person.plans) {
    plan.data.actions.forEach((action, index) => {
      const result = action.result.trim();
      if (result === '') return;
      if (action.state === 'open' && action.reviewDate !== '' && action.reviewDate < today) {
        signals.push(
          signal('overdue-action', plan.id, index, action.reviewDate, {
            result,
            date: action.reviewDate,
            days: daysBetween(action.reviewDate, today) ?? 0,
          }),
        );
      }
      if (action.state === 'blocked') {
        signals.push(
          signal('blocked-action', plan.id, index, action.reviewDate || planDate(plan), {
            result,
            reason: action.blockedReason.trim(),
          }),
        );
      }
      const delays = laterMoves(action.reviewMoves);
      if (action.state !== 'done' && delays.length >= policy.repeatedDelays) {
        signals.push(
          signal('review-delayed', plan.id, index, delays[0]!.on || planDate(plan), {
            what: result,
            count: delays.length,
            date: action.reviewDate,
          }),
        );
      }
    });
  }

  for (const goal of person.goals) {
    const delays = laterMoves(goal.data.nextReviewMoves);
    if (delays.length >= policy.repeatedDelays) {
      signals.push(
        signal('review-delayed', goal.id, -1, delays[0]!.on || createdOn(goal), {
          what: goal.data.goal.trim() || goal.title,
          count: delays.length,
          date: goal.data.nextReviewDate,
        }),
      );
    }
  }

  const followUpDays = policy.conversationEveryWeeks.max * 7;
  for (const feedback of person.feedback) {
    if (!needsFollowUp(feedback.data) || isFollowedUp(feedback.data)) continue;
    const given = feedback.data.givenOn || feedback.updatedAt.slice(0, 10);
    const age = daysBetween(given, today);
    if (age === undefined || age <= followUpDays) continue;
    signals.push(
      signal('feedback-no-follow-up', feedback.id, 0, given, {
        title: feedback.title,
        date: given,
        days: age,
      }),
    );
  }

  const plan = latestPlan(person.plans);
  if (plan !== undefined) {
    const written = plan.data.actions.filter((action) => action.result.trim() !== '');
    if (written.length > 0 && !written.some((action) => action.microAction)) {
      signals.push(signal('no-micro-action', plan.id, 0, planDate(plan), { date: planDate(plan) }));
    }
  }

  for (const retro of person.retros) {
    if (retro.data.judgment !== 'goal') continue;
    const day = retro.data.date || createdOn(retro);
    const goals = retro.data.linkedGoalId
      ? person.goals.filter((goal) => goal.id === retro.data.linkedGoalId)
      : person.goals;
    const adjusted = goals.some((goal) =>
      goal.data.adjustments.some((adjustment) => adjustment.kind === 'goal' && adjustment.date >= day),
    );
    if (!adjusted) signals.push(signal('goal-problem-unadjusted', retro.id, 0, day, { date: day }));
  }

  return signals.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.id < b.id ? -1 : 1));
}
