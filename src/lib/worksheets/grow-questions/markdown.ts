import type { Locale } from '../../i18n/locales';
import { termLabel, terms } from '../../method/terms';
import { growStages } from '../../grow/question';
import { cell, commonMarkdownText, documentHeader, joinBlocks, section } from '../markdown';
import type { DocumentWith } from '../module';
import { growStageNames } from './labels';
import type { GrowQuestionsData } from './schema';

interface GrowQuestionsMarkdownText {
  answer: string;
  commitment: string;
}

const text: Record<Locale, GrowQuestionsMarkdownText> = {
  'zh-CN': { answer: '回答', commitment: `${termLabel(terms.grow.will, 'zh-CN')}：行动承诺` },
  en: { answer: 'Answer', commitment: `${termLabel(terms.grow.will, 'en')}: the commitment` },
};

/** Questions as a task list per stage (ticked when asked), each answer under its question. */
export function growQuestionsToMarkdown(doc: DocumentWith<GrowQuestionsData>, locale: Locale): string {
  const t = text[locale];
  const separator = commonMarkdownText(locale).listSeparator;
  const stageBlocks = growStages.map((stage) => {
    const items = doc.data.questions
      .filter((question) => question.stage === stage && question.text.trim() !== '')
      .map((question) => {
        const line = `- [${question.asked ? 'x' : ' '}] ${cell(question.text)}`;
        return question.answer.trim() === ''
          ? line
          : `${line}\n  ${t.answer}${separator}${cell(question.answer)}`;
      });
    const body = items.length === 0 ? `_${commonMarkdownText(locale).empty}_` : items.join('\n');
    return `## ${growStageNames[locale][stage]}\n\n${body}`;
  });
  return joinBlocks([
    documentHeader(doc, locale),
    ...stageBlocks,
    section(t.commitment, doc.data.commitment, locale),
  ]);
}
