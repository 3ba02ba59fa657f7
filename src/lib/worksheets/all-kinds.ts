import { actionPlanModule } from './action-plan';
import { feedbackModule } from './feedback';
import { flashRetroModule } from './flash-retro';
import { growQuestionsModule } from './grow-questions';
import { worksheetKindInfo, worksheetKinds, type WorksheetKind, type WorksheetKindInfo } from './kinds';
import { observerChecklistModule } from './observer-checklist';
import { prepPlannerModule } from './prep-planner';
import { prepSheetModule } from './prep-sheet';
import type { WorksheetModules } from './registry';
import { smartArModule } from './smart-ar';

/**
 * Every kind's module, imported at once (and so registered). For code that needs them all
 * synchronously, such as the link builder; a worksheet page imports its own kind only.
 * Adding a kind: add it to `worksheetKinds`, its info, the registry's loaders and here.
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
