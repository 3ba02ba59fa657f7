import type * as z from 'zod/mini';
import type { Locale } from '../i18n/locales';
import type { Hint, HintContext } from './hint';
import { worksheetKindInfo, worksheetKinds, type WorksheetKind } from './kinds';
import type { MigrationSequence } from './migrations';
import type { DocumentWith, WorksheetModule } from './module';

/**
 * The worksheet modules, loaded kind by kind. A worksheet page needs one kind's schema,
 * hints and Markdown, not all eight. The registry loads a kind through its manifest entry
 * (`kinds.ts`, `load`) and registers what the loader returns; a worksheet island hands its
 * editor the module it imported, and the editor registers it. Code that reads a module
 * synchronously (`getWorksheetModule`, `migrateAndValidate`, `createWorksheet`) runs after
 * `loadWorksheetModules` resolved for its kind. No kind registers itself when imported.
 */

/** The module type of each kind, as its manifest entry loads it (types only: loads no kind). */
export type WorksheetModules = {
  [K in WorksheetKind]: Awaited<ReturnType<(typeof worksheetKindInfo)[K]['load']>>;
};

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
    pending = worksheetKindInfo[kind]
      .load()
      .then((module) => registerWorksheetModule(module as unknown as ErasedModule))
      .finally(() => loading.delete(kind));
    loading.set(kind, pending);
  }
  return pending;
}

/** Makes a module readable synchronously: the registry's loaders and a worksheet editor call it. */
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
