import type { WorksheetKind } from '../../lib/worksheets/kinds';

/** The dictionary prefix of each worksheet form's labels; the page picks these for its island. */
export const kindStringPrefix: Record<WorksheetKind, string> = {
  'smart-ar': 'ws.smartAr.',
  'prep-sheet': 'ws.prepSheet.',
  'prep-planner': 'ws.prepPlanner.',
  feedback: 'ws.feedback.',
  'grow-questions': 'ws.grow.',
  'action-plan': 'ws.actionPlan.',
  'flash-retro': 'ws.flashRetro.',
  'observer-checklist': 'ws.observer.',
};
