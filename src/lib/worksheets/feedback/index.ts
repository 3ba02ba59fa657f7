import { markdownSections } from '../markdown-sections';
import { loadWithSections } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { asRecord, defineMigrations, type MigrationStep } from '../migrations';
import type { WorksheetModule } from '../module';
import { createDefaultFeedback, feedbackSchema } from './schema';

export * from './schema';
export { feedbackDraftMessage } from './draft';

/**
 * Version 2 adds the day the feedback was given and its follow-up (day and outcome). A
 * version-1 draft was never marked as given, so both start empty; every field it had stays.
 */
export const followUpStep: MigrationStep = {
  id: 'feedback/2-follow-up',
  from: 1,
  description: '+ givenOn, followUp { date, outcome }',
  up(data) {
    const record = asRecord(data);
    if (record === undefined) return data;
    return { givenOn: '', followUp: { date: '', outcome: '' }, ...record };
  },
};

export const feedbackMigrations = defineMigrations('feedback', 2, [followUpStep]);

/** 3E / BEST feedback drafter. */
export const feedbackModule = {
  kind: 'feedback',
  schema: feedbackSchema,
  migrations: feedbackMigrations,
  createDefault: createDefaultFeedback,
  // Coaching hints and the Markdown export load when first needed (the user starts on a
  // field, opens the preview, copies), not with the page.
  loadHints: (locale: Locale) =>
    loadWithSections(locale, ['feedback-hints'], () => import('./hints')).then((code) => code.feedbackHints),
  loadMarkdown: (locale: Locale) =>
    loadWithSections(locale, markdownSections('feedback-markdown'), () => import('./markdown')).then(
      (code) => code.feedbackToMarkdown,
    ),
} satisfies WorksheetModule<'feedback', typeof feedbackSchema>;
