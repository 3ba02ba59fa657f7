import type * as z from 'zod/mini';
import type { Locale } from '../i18n/locales';
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
export interface WorksheetModule<Kind extends WorksheetKind, Schema extends z.ZodMiniType> {
  kind: Kind;
  /** The data schema at the current version. Drafts validate: empty fields are allowed. */
  schema: Schema;
  migrations: MigrationSequence;
  /** A fresh, empty worksheet's data. The locale only affects prefilled labels (e.g. agenda blocks). */
  createDefault(locale?: Locale): z.output<Schema>;
  /** Live coaching hints for the current draft, in `locale`. */
  hints(data: z.output<Schema>, locale: Locale, context?: HintContext): Hint[];
  /** A clean Markdown document with headings in `locale`. */
  toMarkdown(doc: DocumentWith<z.output<Schema>>, locale: Locale): string;
}
