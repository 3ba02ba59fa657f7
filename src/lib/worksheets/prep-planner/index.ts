import { defineMigrations } from '../migrations';
import type { WorksheetModule } from '../module';
import { prepPlannerHints } from './hints';
import { prepPlannerToMarkdown } from './markdown';
import { createDefaultPrepPlanner, prepPlannerSchema } from './schema';

export * from './schema';
export { prepPlannerHints } from './hints';
export { prepPlannerToMarkdown } from './markdown';

/** Version 1 is the first shape; later shape changes append named steps here. */
export const prepPlannerMigrations = defineMigrations('prep-planner', 1, []);

/** PREP planner: Point, Reason, Example, Plan and a timed agenda. */
export const prepPlannerModule = {
  kind: 'prep-planner',
  schema: prepPlannerSchema,
  migrations: prepPlannerMigrations,
  createDefault: createDefaultPrepPlanner,
  hints: prepPlannerHints,
  toMarkdown: prepPlannerToMarkdown,
} satisfies WorksheetModule<'prep-planner', typeof prepPlannerSchema>;
