import type { Locale } from '../../i18n/locales';
import { bulletList, commonMarkdownText, documentHeader, joinBlocks, paragraph, section } from '../markdown';
import type { DocumentWith } from '../module';
import type { FlashRetroData, RetroJudgment } from './schema';

interface FlashRetroMarkdownText {
  date: string;
  satisfied: string;
  obstacle: string;
  tried: string;
  improvement: string;
  judgment: string;
  judgments: Record<RetroJudgment, string>;
}

const text: Record<Locale, FlashRetroMarkdownText> = {
  'zh-CN': {
    date: '复盘日期',
    satisfied: '最满意的三件事',
    obstacle: '关键障碍',
    tried: '已经尝试的办法',
    improvement: '接下来两周最想改善的一点',
    judgment: '判断',
    judgments: { goal: '目标的问题', execution: '执行的问题', unsure: '还不确定' },
  },
  en: {
    date: 'Retro date',
    satisfied: 'Three things I’m most satisfied with',
    obstacle: 'Key obstacle',
    tried: 'What has been tried',
    improvement: 'The one thing to improve in the next two weeks',
    judgment: 'Judgment',
    judgments: { goal: 'a goal problem', execution: 'an execution problem', unsure: 'not sure yet' },
  },
};

export function flashRetroToMarkdown(doc: DocumentWith<FlashRetroData>, locale: Locale): string {
  const t = text[locale];
  const common = commonMarkdownText(locale);
  const { data } = doc;
  return joinBlocks([
    documentHeader(doc, locale),
    `**${t.date}**${common.listSeparator}${paragraph(data.date, locale)}`,
    `## ${t.satisfied}\n\n${bulletList(data.satisfied, locale)}`,
    section(t.obstacle, data.obstacle, locale),
    section(t.tried, data.tried, locale),
    section(t.improvement, data.improvement, locale),
    `## ${t.judgment}\n\n${data.judgment === null ? `_${common.empty}_` : t.judgments[data.judgment]}`,
  ]);
}
