import { defineMigrations } from '../migrations';
import type { WorksheetModule } from '../module';
import { actionPlanHints } from './hints';
import { actionPlanToMarkdown } from './markdown';
import { actionPlanSchema, createDefaultActionPlan } from './schema';

export * from './schema';
export { actionPlanHints } from './hints';
export { actionPlanToMarkdown } from './markdown';

/** Version 1 is the first shape; later shape changes append named steps here. */
export const actionPlanMigrations = defineMigrations('action-plan', 1, []);

/** 5R action canvas: up to three actions with result, resource, owner, review date, risk and fallback. */
export const actionPlanModule = {
  kind: 'action-plan',
  schema: actionPlanSchema,
  migrations: actionPlanMigrations,
  createDefault: createDefaultActionPlan,
  hints: actionPlanHints,
  toMarkdown: actionPlanToMarkdown,
} satisfies WorksheetModule<'action-plan', typeof actionPlanSchema>;
