import type * as z from '../schema';
import type { Locale } from '../i18n/locales';
import type { SectionName } from '../i18n/sections';
import type { Hint, HintContext } from './hint';
import type { WorksheetKind } from './kinds';
import type { MarkdownHeaderSource } from './markdown';
import type { MigrationSequence } from './migrations';

/** What a module's Markdown export needs of a stored worksheet: its header fields and its data. */
export type DocumentWith<Data> = MarkdownHeaderSource & { data: Data };

/**
 * The contract every worksheet module fulfils. The registry lists one per kind; storage,
 * import, export and the forms all go through it, so one schema is the truth for a worksheet.
 */
export interface WorksheetModule<Kind extends WorksheetKind, Schema extends z.AnySchema> {
  kind: Kind;
  /** The data schema at the current version. Drafts validate: empty fields are allowed. */
  schema: Schema;
  migrations: MigrationSequence;
  /**
   * A fresh, empty worksheet's data. The locale only affects prefilled labels (e.g. agenda
   * blocks); `today` (the user's local date, YYYY-MM-DD) is for kinds dated by the day they
   * are filled in, e.g. a flash retro.
   */
  createDefault(locale?: Locale, today?: string): z.output<Schema>;
  /**
   * The dictionary sections `createDefault` writes with (a kind whose new worksheet starts
   * with words, like the PREP planner's agenda). `loadWorksheetDefaults` loads them, in the
   * page's language, before a worksheet of this kind is made or compared with a new one.
   */
  defaultSections?: readonly SectionName[];
  /**
   * Live coaching hints for the current draft, in `locale`. Loaded on demand with that
   * language's hint words (`loadWithSections`): a page that only opens a form needs neither
   * the hints nor the Markdown writer, and never another language's words.
   */
  loadHints(locale: Locale): Promise<WorksheetHintsFn<z.output<Schema>>>;
  /** The clean Markdown document with headings in `locale` (export, copy, preview), loaded on demand. */
  loadMarkdown(locale: Locale): Promise<WorksheetMarkdownFn<z.output<Schema>>>;
}

// Method signatures (checked bivariantly), so every kind's module still fits the registry's
// check against `WorksheetModule<K, AnySchema>`, as the methods did before they loaded lazily.
export type WorksheetHintsFn<Data> = {
  hints(data: Data, locale: Locale, context?: HintContext): Hint[];
}['hints'];
export type WorksheetMarkdownFn<Data> = {
  toMarkdown(doc: DocumentWith<Data>, locale: Locale): string;
}['toMarkdown'];
