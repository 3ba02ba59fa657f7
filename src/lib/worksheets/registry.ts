import type * as z from 'zod/mini';
import type { Locale } from '../i18n/locales';
import { actionPlanModule } from './action-plan';
import { feedbackModule } from './feedback';
import { flashRetroModule } from './flash-retro';
import { growQuestionsModule } from './grow-questions';
import { observerChecklistModule } from './observer-checklist';
import type { Hint, HintContext } from './hint';
import { worksheetKindInfo, worksheetKinds, type WorksheetKind, type WorksheetKindInfo } from './kinds';
import type { MigrationSequence } from './migrations';
import type { DocumentWith, WorksheetModule } from './module';
import { prepPlannerModule } from './prep-planner';
import { prepSheetModule } from './prep-sheet';
import { smartArModule } from './smart-ar';

/** Every worksheet kind's module. Adding a kind: add it to `worksheetKinds`, its info, and here. */
export const worksheetModules = {
  'smart-ar': smartArModule,
  'prep-sheet': prepSheetModule,
  'prep-planner': prepPlannerModule,
  feedback: feedbackModule,
  'grow-questions': growQuestionsModule,
  'action-plan': actionPlanModule,
  'flash-retro': flashRetroModule,
  'observer-checklist': observerChecklistModule,
} as const satisfies { [K in WorksheetKind]: WorksheetModule<K, z.ZodMiniType> };

/** The data type of each kind, as its schema outputs it. */
export type WorksheetDataMap = { [K in WorksheetKind]: z.output<(typeof worksheetModules)[K]['schema']> };
export type WorksheetData<K extends WorksheetKind = WorksheetKind> = WorksheetDataMap[K];

export interface WorksheetRegistryEntry<K extends WorksheetKind = WorksheetKind> extends WorksheetKindInfo {
  kind: K;
  module: (typeof worksheetModules)[K];
}

/** The kinds in menu order, each with its module, guide link, names and descriptions. */
export const worksheetRegistry: readonly WorksheetRegistryEntry[] = worksheetKinds.map((kind) => ({
  kind,
  ...worksheetKindInfo[kind],
  module: worksheetModules[kind],
}));

export function getWorksheetModule<K extends WorksheetKind>(kind: K): (typeof worksheetModules)[K] {
  return worksheetModules[kind];
}

/**
 * A module with its data type erased, for code that handles every kind alike (storage,
 * import, export). Parameters typed `never` accept each module's own function; callers pass
 * data that the module's schema has validated.
 */
interface ErasedModule {
  schema: z.ZodMiniType;
  migrations: MigrationSequence;
  createDefault(locale?: Locale): unknown;
  hints(data: never, locale: Locale, context?: HintContext): Hint[];
  toMarkdown(doc: never, locale: Locale): string;
}

export function erasedModule(kind: WorksheetKind): ErasedModule {
  return worksheetModules[kind];
}

/** The hints of any stored worksheet, dispatched on its kind. */
export function worksheetHints(
  doc: { kind: WorksheetKind; data: unknown },
  locale: Locale,
  context?: HintContext,
): Hint[] {
  return erasedModule(doc.kind).hints(doc.data as never, locale, context);
}

/** The Markdown export of any stored worksheet, dispatched on its kind. */
export function worksheetToMarkdown(doc: DocumentWith<unknown>, locale: Locale): string {
  return erasedModule(doc.kind).toMarkdown(doc as never, locale);
}
