import type { Locale } from '../../i18n/locales';
import { termLabel, terms } from '../../method/terms';
import { commonMarkdownText, documentHeader, joinBlocks, paragraph, section } from '../markdown';
import type { DocumentWith } from '../module';
import { feedbackDraftMessage } from './draft';
import {
  frameworkFields,
  type FeedbackData,
  type FeedbackField,
  type FeedbackFramework,
  type FeedbackScenario,
} from './schema';

interface FeedbackMarkdownText {
  scenarioLabel: string;
  scenario: Record<FeedbackScenario, string>;
  framework: Record<FeedbackFramework, string>;
  fields: Record<FeedbackField, string>;
  readAloud: string;
  followUp: string;
  followUpOn: (date: string) => string;
}

const text: Record<Locale, FeedbackMarkdownText> = {
  'zh-CN': {
    scenarioLabel: '场景',
    scenario: { positive: '正向反馈', improvement: '需要改进', negative: '负面反馈' },
    framework: { '3e': '3E', best: 'BEST' },
    fields: {
      encourage: termLabel(terms['3e'].encourage, 'zh-CN'),
      explore: termLabel(terms['3e'].explore, 'zh-CN'),
      empower: termLabel(terms['3e'].empower, 'zh-CN'),
      behavior: termLabel(terms.best.behavior, 'zh-CN'),
      effect: termLabel(terms.best.effect, 'zh-CN'),
      seek: termLabel(terms.best.seek, 'zh-CN'),
      target: termLabel(terms.best.target, 'zh-CN'),
    },
    readAloud: '完整说法',
    followUp: '跟进',
    followUpOn: (date) => `${date} 回看`,
  },
  en: {
    scenarioLabel: 'Scenario',
    scenario: { positive: 'positive', improvement: 'needs improvement', negative: 'negative' },
    framework: { '3e': '3E', best: 'BEST' },
    fields: {
      encourage: termLabel(terms['3e'].encourage, 'en'),
      explore: termLabel(terms['3e'].explore, 'en'),
      empower: termLabel(terms['3e'].empower, 'en'),
      behavior: termLabel(terms.best.behavior, 'en'),
      effect: termLabel(terms.best.effect, 'en'),
      seek: termLabel(terms.best.seek, 'en'),
      target: termLabel(terms.best.target, 'en'),
    },
    readAloud: 'As one message',
    followUp: 'Follow-up',
    followUpOn: (date) => `Looked at again on ${date}`,
  },
};

export function feedbackToMarkdown(doc: DocumentWith<FeedbackData>, locale: Locale): string {
  const t = text[locale];
  const { data } = doc;
  const fields: readonly FeedbackField[] = frameworkFields[data.framework];
  return joinBlocks([
    documentHeader(doc, locale),
    `**${t.scenarioLabel}**${commonMarkdownText(locale).listSeparator}${t.scenario[data.scenario]} · ${t.framework[data.framework]}`,
    ...fields.map((field) => section(t.fields[field], data[field], locale)),
    `## ${t.readAloud}\n\n${paragraph(feedbackDraftMessage(data, locale), locale)
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n')}`,
    followUpBlock(data, t, locale),
  ]);
}

/** The follow-up, once one is recorded: the day it was looked at again and what was seen. */
function followUpBlock(data: FeedbackData, t: FeedbackMarkdownText, locale: Locale): string {
  const { date, outcome } = data.followUp;
  if (date === '' && outcome.trim() === '') return '';
  const lines = [
    date === '' ? '' : t.followUpOn(date),
    outcome.trim() === '' ? '' : paragraph(outcome, locale),
  ];
  return `## ${t.followUp}\n\n${lines.filter((line) => line !== '').join('\n\n')}`;
}
