import type { zhPlanFromPrepSheet } from '../zh-CN-parts/plan-from-prep-sheet';

/** Words before the metric values when a PREP plan starts from a prep sheet (keys start with `flow.planFromPrepSheet.`). */
export const enPlanFromPrepSheet: Record<keyof typeof zhPlanFromPrepSheet, string> = {
  'flow.planFromPrepSheet.previous': 'previous',
  'flow.planFromPrepSheet.current': 'now',
  'flow.planFromPrepSheet.target': 'target',
};
