import type { TranslateParams, UiKey } from '../i18n';

/**
 * The small label above a module title: "Overview", "Step 1" … "Step 5", "Rollout", then
 * "Going further" for the hard-conversations and cross-cultural chapters and "For employees".
 */
export function moduleLabelKey(order: number): { key: UiKey; params?: TranslateParams } {
  if (order === 0) return { key: 'guide.overviewLabel' };
  if (order >= 1 && order <= 5) return { key: 'guide.step', params: { n: order } };
  if (order === 6) return { key: 'guide.rolloutLabel' };
  if (order === 9) return { key: 'guide.employeesLabel' };
  return { key: 'guide.furtherLabel' };
}
