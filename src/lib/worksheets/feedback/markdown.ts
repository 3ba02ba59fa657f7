import type { Locale } from '../../i18n/locales';
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
}

const text: Record<Locale, FeedbackMarkdownText> = {
  'zh-CN': {
    scenarioLabel: '场景',
    scenario: { positive: '正向反馈', improvement: '需要改进', negative: '负面反馈' },
    framework: { '3e': '3E', best: 'BEST' },
    fields: {
      encourage: '具体肯定（Encourage）',
      explore: '共同探讨（Explore）',
      empower: '赋能支持（Empower）',
      behavior: '行为（Behavior）',
      effect: '影响（Effect）',
      seek: '征询看法（Seek）',
      target: '改进方向（Target）',
    },
    readAloud: '完整说法',
  },
  en: {
    scenarioLabel: 'Scenario',
    scenario: { positive: 'positive', improvement: 'needs improvement', negative: 'negative' },
    framework: { '3e': '3E', best: 'BEST' },
    fields: {
      encourage: 'Encourage',
      explore: 'Explore',
      empower: 'Empower',
      behavior: 'Behavior',
      effect: 'Effect',
      seek: 'Seek',
      target: 'Target',
    },
    readAloud: 'As one message',
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
  ]);
}
