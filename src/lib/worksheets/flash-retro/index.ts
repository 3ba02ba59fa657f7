import { defineMigrations } from '../migrations';
import type { WorksheetModule } from '../module';
import { flashRetroHints } from './hints';
import { flashRetroToMarkdown } from './markdown';
import { createDefaultFlashRetro, flashRetroSchema } from './schema';

export * from './schema';
export { flashRetroHints } from './hints';
export { flashRetroToMarkdown } from './markdown';

/** Version 1 is the first shape; later shape changes append named steps here. */
export const flashRetroMigrations = defineMigrations('flash-retro', 1, []);

/** Flash retro: three questions and the goal-or-execution call. */
export const flashRetroModule = {
  kind: 'flash-retro',
  schema: flashRetroSchema,
  migrations: flashRetroMigrations,
  createDefault: createDefaultFlashRetro,
  hints: flashRetroHints,
  toMarkdown: flashRetroToMarkdown,
} satisfies WorksheetModule<'flash-retro', typeof flashRetroSchema>;
