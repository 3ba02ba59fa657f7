import { markdownSections } from '../markdown-sections';
import { loadWithSections } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { asRecord, defineMigrations, type MigrationStep } from '../migrations';
import type { WorksheetModule } from '../module';
import { actionPlanSchema, createDefaultActionPlan } from './schema';

export * from './schema';

/**
 * Version 2 gives each action a state instead of a done flag: `done: true` becomes `done`
 * (with no day, since version 1 never recorded one), `done: false` or nothing becomes
 * `open`. Each action also starts an empty record of review-date moves.
 */
export const actionStateStep: MigrationStep = {
  id: 'action-plan/2-action-state',
  from: 1,
  description: 'actions: done flag → state (open | done | blocked), doneOn, blockedReason, reviewMoves',
  up(data) {
    const record = asRecord(data);
    if (record === undefined || !Array.isArray(record['actions'])) return data;
    return {
      ...record,
      actions: (record['actions'] as unknown[]).map((action) => {
        const entry = asRecord(action);
        if (entry === undefined) return action;
        const { done, ...rest } = entry;
        return {
          state: done === true ? 'done' : 'open',
          doneOn: '',
          blockedReason: '',
          reviewMoves: [],
          ...rest,
        };
      }),
    };
  },
};

export const actionPlanMigrations = defineMigrations('action-plan', 2, [actionStateStep]);

/** 5R action canvas: up to three actions with result, resource, owner, review date, risk and fallback. */
export const actionPlanModule = {
  kind: 'action-plan',
  schema: actionPlanSchema,
  migrations: actionPlanMigrations,
  createDefault: createDefaultActionPlan,
  // Coaching hints and the Markdown export load when first needed (the user starts on a
  // field, opens the preview, copies), not with the page.
  loadHints: (locale: Locale) =>
    loadWithSections(locale, ['action-plan-hints'], () => import('./hints')).then(
      (code) => code.actionPlanHints,
    ),
  loadMarkdown: (locale: Locale) =>
    loadWithSections(locale, markdownSections('action-plan-markdown'), () => import('./markdown')).then(
      (code) => code.actionPlanToMarkdown,
    ),
} satisfies WorksheetModule<'action-plan', typeof actionPlanSchema>;
