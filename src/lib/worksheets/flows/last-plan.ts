import type { ActionState } from '../action-plan/schema';
import type { WorksheetDocLike } from '../document';
import { latestPlanFor } from './retro';

/** How the next conversation should open on one action of the last plan. */
export type OutcomeCue = 'praise' | 'unblock' | 'ask-what-happened' | 'check-progress';

export interface PlanOutcome {
  result: string;
  state: ActionState;
  doneOn: string;
  blockedReason: string;
  reviewDate: string;
  cue: OutcomeCue;
}

export interface LastPlanOutcomes {
  planId: string;
  planTitle: string;
  createdAt: string;
  conversationDate: string;
  actions: PlanOutcome[];
}

/**
 * What the person's last 5R plan promised and how each action turned out, for the prep sheet
 * and the PREP planner: the next 1:1 starts from it. Done: open by recognizing it. Blocked:
 * ask what would unblock it. Open with its review date passed (before `today`): ask what
 * happened. Open and not yet due: check progress. Actions with no result written are left out.
 */
export function lastPlanOutcomes(
  docs: readonly WorksheetDocLike[],
  person: string,
  today: string,
): LastPlanOutcomes | undefined {
  const plan = latestPlanFor(docs, person);
  if (plan === undefined) return undefined;
  const actions = plan.data.actions
    .filter((action) => action.result.trim() !== '')
    .map((action): PlanOutcome => {
      const cue: OutcomeCue =
        action.state === 'done'
          ? 'praise'
          : action.state === 'blocked'
            ? 'unblock'
            : action.reviewDate !== '' && action.reviewDate < today
              ? 'ask-what-happened'
              : 'check-progress';
      return {
        result: action.result.trim(),
        state: action.state,
        doneOn: action.doneOn,
        blockedReason: action.blockedReason.trim(),
        reviewDate: action.reviewDate,
        cue,
      };
    });
  return {
    planId: plan.id,
    planTitle: plan.title,
    createdAt: plan.createdAt,
    conversationDate: plan.data.conversationDate,
    actions,
  };
}
