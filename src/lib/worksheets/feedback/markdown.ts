import { sectionText, type SectionTranslate } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { commonMarkdownText, documentHeader, joinBlocks, paragraph, section } from '../markdown';
import type { DocumentWith } from '../module';
import { feedbackDraftMessage } from './draft';
import { frameworkFields, type FeedbackData, type FeedbackField } from './schema';

export function feedbackToMarkdown(doc: DocumentWith<FeedbackData>, locale: Locale): string {
  const t = sectionText(locale, 'feedback-markdown');
  const { data } = doc;
  const fields: readonly FeedbackField[] = frameworkFields[data.framework];
  return joinBlocks([
    documentHeader(doc, locale),
    `**${t('md.feedback.scenarioLabel')}**${commonMarkdownText(locale).listSeparator}${t(`md.feedback.scenario.${data.scenario}`)} · ${t(`md.feedback.framework.${data.framework}`)}`,
    ...fields.map((field) => section(t(`md.feedback.fields.${field}`), data[field], locale)),
    `## ${t('md.feedback.readAloud')}\n\n${paragraph(feedbackDraftMessage(data, locale), locale)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n')}`,
    followUpBlock(data, t, locale),
  ]);
}

/** The follow-up, once one is recorded: the day it was looked at again and what was seen. */
function followUpBlock(data: FeedbackData, t: SectionTranslate<'feedback-markdown'>, locale: Locale): string {
  const { date, outcome } = data.followUp;
  if (date === '' && outcome.trim() === '') return '';
  const lines = [
    date === '' ? '' : t('md.feedback.followUpOn', { date }),
    outcome.trim() === '' ? '' : paragraph(outcome, locale),
  ];
  return `## ${t('md.feedback.followUp')}\n\n${lines.filter((line) => line !== '').join('\n\n')}`;
}
