import { emptyAction, isUnfinished, type ActionPlanData } from '../action-plan/schema';

/**
 * The next 5R plan after a flash retro: the last plan's unfinished actions (open or blocked,
 * with what blocks them) carried over, for the conversation to confirm, change or drop.
 * Review dates start empty (the old ones are past or are to be agreed again) and so does the
 * history of moves; nothing is done yet. A plan with nothing unfinished starts with one empty
 * action. Pure: the caller loads the last plan and saves the new one.
 */
export function nextPlanFrom(last: ActionPlanData, today: string, lastPlanId?: string): ActionPlanData {
  const carried = last.actions.filter(isUnfinished).map((action) => ({
    ...action,
    reviewDate: '',
    reviewMoves: [],
    doneOn: '',
  }));
  return {
    conversationDate: today,
    actions: carried.length > 0 ? carried : [emptyAction()],
    ...(lastPlanId === undefined ? {} : { sourcePlanId: lastPlanId }),
  };
}
