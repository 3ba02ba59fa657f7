import type * as z from 'zod/mini';
import type { Locale } from '../i18n/locales';
import type { actionPlanModule } from './action-plan';
import type { feedbackModule } from './feedback';
import type { flashRetroModule } from './flash-retro';
import type { growQuestionsModule } from './grow-questions';
import type { Hint, HintContext } from './hint';
import { worksheetKinds, type WorksheetKind } from './kinds';
import type { MigrationSequence } from './migrations';
import type { DocumentWith, WorksheetModule } from './module';
import type { observerChecklistModule } from './observer-checklist';
import type { prepPlannerModule } from './prep-planner';
import type { prepSheetModule } from './prep-sheet';
import type { smartArModule } from './smart-ar';

/**
 * The worksheet modules, loaded kind by kind. A worksheet page needs one kind's schema,
 * hints and Markdown, not all eight: each kind's module registers itself here when it is
 * imported (a form imports its own), and `loadWorksheetModules` imports the others on
 * demand, e.g. when storage meets a worksheet of another kind. Code that reads a module
 * synchronously (`getWorksheetModule`, `migrateAndValidate`, `createWorksheet`) runs after
 * its kind is loaded; `all-kinds.ts` imports every kind at once for the pages that list them.
 */

/** The module type of each kind (types only: importing this file loads no kind). */
export interface WorksheetModules {
  'smart-ar': typeof smartArModule;
  'prep-sheet': typeof prepSheetModule;
  'prep-planner': typeof prepPlannerModule;
  feedback: typeof feedbackModule;
  'grow-questions': typeof growQuestionsModule;
  'action-plan': typeof actionPlanModule;
  'flash-retro': typeof flashRetroModule;
  'observer-checklist': typeof observerChecklistModule;
}

/** Every kind has a module of the shape the rest of the code relies on. */
type CheckModules<M extends { [K in WorksheetKind]: WorksheetModule<K, z.ZodMiniType> }> = M;
type CheckedModules = CheckModules<WorksheetModules>;

/** The data type of each kind, as its schema outputs it. */
export type WorksheetDataMap = { [K in WorksheetKind]: z.output<CheckedModules[K]['schema']> };
export type WorksheetData<K extends WorksheetKind = WorksheetKind> = WorksheetDataMap[K];

/**
 * A module with its data type erased, for code that handles every kind alike (storage,
 * import, export). Parameters typed `never` accept each module's own function; callers pass
 * data that the module's schema has validated.
 */
export interface ErasedModule {
  kind: WorksheetKind;
  schema: z.ZodMiniType;
  migrations: MigrationSequence;
  createDefault(locale?: Locale): unknown;
  hints(data: never, locale: Locale, context?: HintContext): Hint[];
  toMarkdown(doc: never, locale: Locale): string;
}

/**
 * How to load each kind's module. Each is a dynamic import, so the bundler gives every
 * kind its own chunk; a page that already imported the kind gets it at once.
 */
const loaders: Record<WorksheetKind, () => Promise<unknown>> = {
  'smart-ar': () => import('./smart-ar'),
  'prep-sheet': () => import('./prep-sheet'),
  'prep-planner': () => import('./prep-planner'),
  feedback: () => import('./feedback'),
  'grow-questions': () => import('./grow-questions'),
  'action-plan': () => import('./action-plan'),
  'flash-retro': () => import('./flash-retro'),
  'observer-checklist': () => import('./observer-checklist'),
};

const registered = new Map<WorksheetKind, ErasedModule>();
/**
 * Loads in flight, one per kind: an export of a thousand worksheets asks for each kind a
 * hundred times before the first answer arrives, and each `import()` has a cost of its own.
 */
const loading = new Map<WorksheetKind, Promise<unknown>>();

function loadOne(kind: WorksheetKind): Promise<unknown> {
  let pending = loading.get(kind);
  if (pending === undefined) {
    // A failed load (the connection dropped) is forgotten, so the next call tries again.
    pending = loaders[kind]().finally(() => loading.delete(kind));
    loading.set(kind, pending);
  }
  return pending;
}

/** Called by each kind's `index.ts` when it is imported. */
export function registerWorksheetModule(module: ErasedModule): void {
  registered.set(module.kind, module);
}

export function isWorksheetModuleLoaded(kind: WorksheetKind): boolean {
  return registered.has(kind);
}

/** Loads the modules of `kinds` that are not loaded yet. Resolves when all are usable. */
export async function loadWorksheetModules(kinds: Iterable<WorksheetKind>): Promise<void> {
  const missing = [...new Set(kinds)].filter((kind) => !registered.has(kind));
  if (missing.length > 0) await Promise.all(missing.map(loadOne));
}

/** Loads every kind's module: for pages that handle any worksheet (import, My worksheets). */
export function loadAllWorksheetModules(): Promise<void> {
  return loadWorksheetModules(worksheetKinds);
}

/** A programming error: a module was read before `loadWorksheetModules` resolved for its kind. */
export class WorksheetModuleNotLoadedError extends Error {
  constructor(readonly kind: WorksheetKind) {
    super(`The "${kind}" worksheet module is not loaded; await loadWorksheetModules(["${kind}"]) first.`);
    this.name = 'WorksheetModuleNotLoadedError';
  }
}

export function getWorksheetModule<K extends WorksheetKind>(kind: K): WorksheetModules[K] {
  const module = registered.get(kind);
  if (module === undefined) throw new WorksheetModuleNotLoadedError(kind);
  return module as unknown as WorksheetModules[K];
}

export function erasedModule(kind: WorksheetKind): ErasedModule {
  const module = registered.get(kind);
  if (module === undefined) throw new WorksheetModuleNotLoadedError(kind);
  return module;
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
