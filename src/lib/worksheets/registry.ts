import type * as z from '../schema';
import type { Locale } from '../i18n/locales';
import { createLoadCache } from '../load-cache';
import { loadSections, type SectionName } from '../i18n/sections';
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
type CheckModules<M extends { [K in WorksheetKind]: WorksheetModule<K, z.AnySchema> }> = M;
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
  schema: z.AnySchema;
  migrations: MigrationSequence;
  createDefault(locale?: Locale, today?: string): unknown;
  defaultSections?: readonly SectionName[];
  loadHints(locale: Locale): Promise<ErasedHints>;
  loadMarkdown(locale: Locale): Promise<ErasedMarkdown>;
}
type ErasedHints = (data: never, locale: Locale, context?: HintContext) => Hint[];
type ErasedMarkdown = (doc: never, locale: Locale) => string;

/**
 * The modules loaded or registered. One load per kind at a time: an export of a thousand
 * worksheets asks for each kind a hundred times before the first answer arrives, and each
 * `import()` has a cost of its own.
 */
const registered = createLoadCache<WorksheetKind, ErasedModule>();

function loadOne(kind: WorksheetKind): Promise<ErasedModule> {
  return registered.load(kind, () =>
    worksheetKindInfo[kind].load().then((module) => module as unknown as ErasedModule),
  );
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

/**
 * Loads the modules of `kinds` and the words their new worksheets start with, in `locale`:
 * what `createWorksheet` (and comparing a worksheet with a new one) needs.
 */
export async function loadWorksheetDefaults(kinds: Iterable<WorksheetKind>, locale: Locale): Promise<void> {
  const unique = [...new Set(kinds)];
  await loadWorksheetModules(unique);
  await loadSections(
    locale,
    unique.flatMap((kind) => erasedModule(kind).defaultSections ?? []),
  );
}

/** Loads every kind's module: for pages that handle any worksheet (import, My worksheets). */
export function loadAllWorksheetModules(): Promise<void> {
  return loadWorksheetModules(worksheetKinds);
}

/** A programming error: a module was read before `loadWorksheetModules` resolved for its kind. */
export class WorksheetModuleNotLoadedError extends Error {
  constructor(readonly kind: WorksheetKind) {
    super(`The "${kind}" worksheet module (or its hints or Markdown) is not loaded; await its loader first.`);
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

/**
 * A kind's hints and Markdown writer in one language, loaded on demand like the modules
 * themselves: once loaded they are read synchronously, in render; a failed load is forgotten
 * and tried again.
 */
function onDemand<T>(load: (module: ErasedModule, locale: Locale) => Promise<T>) {
  const writers = createLoadCache<string, T>();
  const idOf = (kind: WorksheetKind, locale: Locale) => `${kind}/${locale}`;
  return {
    get: (kind: WorksheetKind, locale: Locale) => writers.get(idOf(kind, locale)),
    load(kinds: Iterable<WorksheetKind>, locale: Locale): Promise<void> {
      return Promise.all(
        [...new Set(kinds)].map((kind) =>
          writers.load(idOf(kind, locale), () =>
            loadWorksheetModules([kind]).then(() => load(erasedModule(kind), locale)),
          ),
        ),
      ).then(() => undefined);
    },
  };
}

const hintWriters = onDemand((module, locale) => module.loadHints(locale));
const markdownWriters = onDemand((module, locale) => module.loadMarkdown(locale));

/** Loads the coaching hints of `kinds` in `locale` (and their modules). */
export function loadWorksheetHints(kinds: Iterable<WorksheetKind>, locale: Locale): Promise<void> {
  return hintWriters.load(kinds, locale);
}

/** Loads the Markdown writers of `kinds` in `locale` (and their modules). */
export function loadWorksheetMarkdown(kinds: Iterable<WorksheetKind>, locale: Locale): Promise<void> {
  return markdownWriters.load(kinds, locale);
}

export function areWorksheetHintsLoaded(kind: WorksheetKind, locale: Locale): boolean {
  return hintWriters.get(kind, locale) !== undefined;
}

/** The hints of any stored worksheet, dispatched on its kind; after `loadWorksheetHints`. */
export function worksheetHints(
  doc: { kind: WorksheetKind; data: unknown },
  locale: Locale,
  context?: HintContext,
): Hint[] {
  const hints = hintWriters.get(doc.kind, locale);
  if (hints === undefined) throw new WorksheetModuleNotLoadedError(doc.kind);
  return hints(doc.data as never, locale, context);
}

/** The Markdown export of any stored worksheet, dispatched on its kind; after `loadWorksheetMarkdown`. */
export function worksheetToMarkdown(doc: DocumentWith<unknown>, locale: Locale): string {
  const toMarkdown = markdownWriters.get(doc.kind, locale);
  if (toMarkdown === undefined) throw new WorksheetModuleNotLoadedError(doc.kind);
  return toMarkdown(doc as never, locale);
}
