import { actionPlanModule } from '../../src/lib/worksheets/action-plan';
import { feedbackModule } from '../../src/lib/worksheets/feedback';
import { flashRetroModule } from '../../src/lib/worksheets/flash-retro';
import { growQuestionsModule } from '../../src/lib/worksheets/grow-questions';
import {
  worksheetKindInfo,
  worksheetKinds,
  type WorksheetKind,
  type WorksheetKindInfo,
} from '../../src/lib/worksheets/kinds';
import { observerChecklistModule } from '../../src/lib/worksheets/observer-checklist';
import { prepPlannerModule } from '../../src/lib/worksheets/prep-planner';
import { prepSheetModule } from '../../src/lib/worksheets/prep-sheet';
import { registerWorksheetModule, type WorksheetModules } from '../../src/lib/worksheets/registry';
import { smartArModule } from '../../src/lib/worksheets/smart-ar';

/**
 * Every kind's module, imported at once. For code that needs them all synchronously (tests,
 * benchmarks); a worksheet page imports its own kind only. Adding a kind: see the README,
 * "Adding a worksheet kind".
 */
export const worksheetModules: WorksheetModules = {
  'smart-ar': smartArModule,
  'prep-sheet': prepSheetModule,
  'prep-planner': prepPlannerModule,
  feedback: feedbackModule,
  'grow-questions': growQuestionsModule,
  'action-plan': actionPlanModule,
  'flash-retro': flashRetroModule,
  'observer-checklist': observerChecklistModule,
};

export interface WorksheetRegistryEntry<K extends WorksheetKind = WorksheetKind> extends WorksheetKindInfo {
  kind: K;
  module: WorksheetModules[K];
}

/** The kinds in menu order, each with its module, guide link, names and descriptions. */
export const worksheetRegistry: readonly WorksheetRegistryEntry[] = worksheetKinds.map((kind) => ({
  kind,
  ...worksheetKindInfo[kind],
  module: worksheetModules[kind],
}));

/** Registers every kind's module, so synchronous reads work without `loadWorksheetModules`. */
export function registerEveryWorksheetModule(): void {
  for (const kind of worksheetKinds) registerWorksheetModule(worksheetModules[kind]);
}
