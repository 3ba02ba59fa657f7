import type { TranslateParams, UiKey } from '../i18n';

/** The small label above a module title: "Overview", "Step 1" … "Step 5", "Rollout". */
export function moduleLabelKey(order: number): { key: UiKey; params?: TranslateParams } {
  if (order === 0) return { key: 'guide.overviewLabel' };
  if (order >= 1 && order <= 5) return { key: 'guide.step', params: { n: order } };
  return { key: 'guide.rolloutLabel' };
}
