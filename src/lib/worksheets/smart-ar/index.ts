import type { WorksheetModule } from '../module';
import { smartArHints } from './hints';
import { smartArToMarkdown } from './markdown';
import { smartArMigrations } from './migrations';
import { createDefaultSmartAr, smartArSchema } from './schema';

export * from './schema';
export { smartArHints } from './hints';
export { fiveStepLabel, smartArToMarkdown } from './markdown';
export { likelihoodToScale, progressTracking, readLegacyLikelihood, smartArMigrations } from './migrations';

/** SMART-AR goal builder: direction, goal, milestones, one answer per letter, likelihood, review, adjustment log. */
export const smartArModule = {
  kind: 'smart-ar',
  schema: smartArSchema,
  migrations: smartArMigrations,
  createDefault: createDefaultSmartAr,
  hints: smartArHints,
  toMarkdown: smartArToMarkdown,
} satisfies WorksheetModule<'smart-ar', typeof smartArSchema>;
