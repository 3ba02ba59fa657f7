import { sectionText } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { growStages } from '../../grow/question';
import { cell, commonMarkdownText, documentHeader, joinBlocks, section } from '../markdown';
import type { DocumentWith } from '../module';
import { growStageName } from './labels';
import type { GrowQuestionsData } from './schema';

/** Questions as a task list per stage (ticked when asked), each answer under its question. */
export function growQuestionsToMarkdown(doc: DocumentWith<GrowQuestionsData>, locale: Locale): string {
  const t = sectionText(locale, 'grow-questions-markdown');
  const separator = commonMarkdownText(locale).listSeparator;
  const stageBlocks = growStages.map((stage) => {
    const items = doc.data.questions
      .filter((question) => question.stage === stage && question.text.trim() !== '')
      .map((question) => {
        const line = `- [${question.asked ? 'x' : ' '}] ${cell(question.text)}`;
        return question.answer.trim() === ''
          ? line
          : `${line}\n  ${t('md.growQuestions.answer')}${separator}${cell(question.answer)}`;
      });
    const body = items.length === 0 ? `_${commonMarkdownText(locale).empty}_` : items.join('\n');
    return `## ${growStageName(stage, locale)}\n\n${body}`;
  });
  return joinBlocks([
    documentHeader(doc, locale),
    ...stageBlocks,
    section(t('md.growQuestions.commitment'), doc.data.commitment, locale),
  ]);
}
