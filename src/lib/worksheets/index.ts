/**
 * The worksheets' pure logic: schemas, defaults, hints, Markdown, migrations, the stored
 * envelope, import/export and the flows between worksheets. No DOM, no storage, no network;
 * src/storage builds on this.
 */
export * from './kinds';
export * from './hint';
export * from './dates';
export { MAX_LONG, MAX_SHORT, MAX_TEXT } from './fields';
export * from './registry';
export * from './document';
export * from './export-file';
export * from './import-plan';
export * from './messages';
export * from './flows';
export {
  runMigrations,
  type MigrationResult,
  type MigrationSequence,
  type MigrationStep,
} from './migrations';
export type { DocumentWith, WorksheetModule } from './module';
export * as smartAr from './smart-ar';
export * as prepSheet from './prep-sheet';
export * as prepPlanner from './prep-planner';
export * as feedback from './feedback';
export * as growQuestions from './grow-questions';
export * as actionPlan from './action-plan';
export * as flashRetro from './flash-retro';
