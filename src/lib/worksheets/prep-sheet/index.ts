import { defineMigrations } from '../migrations';
import type { WorksheetModule } from '../module';
import { prepSheetHints } from './hints';
import { prepSheetToMarkdown } from './markdown';
import { createDefaultPrepSheet, prepSheetDataSchema } from './schema';

export * from './schema';
export { prepSheetForGenerator, type GeneratorInputResult } from './generator';
export { prepSheetHints } from './hints';
export { prepSheetToMarkdown } from './markdown';

/** Version 1 is the first shape; later shape changes append named steps here. */
export const prepSheetMigrations = defineMigrations('prep-sheet', 1, []);

/** Prep sheet: the employee's topics, wins, puzzles and needs, the manager's metrics and projects. */
export const prepSheetModule = {
  kind: 'prep-sheet',
  schema: prepSheetDataSchema,
  migrations: prepSheetMigrations,
  createDefault: createDefaultPrepSheet,
  hints: prepSheetHints,
  toMarkdown: prepSheetToMarkdown,
} satisfies WorksheetModule<'prep-sheet', typeof prepSheetDataSchema>;
