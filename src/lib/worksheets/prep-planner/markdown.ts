import type { Locale } from '../../i18n/locales';
import { termLabel, terms } from '../../method/terms';
import { documentHeader, joinBlocks, section, table } from '../markdown';
import type { DocumentWith } from '../module';
import { agendaTotal, type PrepPlannerData } from './schema';

interface PrepPlannerMarkdownText {
  point: string;
  reason: string;
  example: string;
  plan: string;
  agenda: string;
  agendaColumns: readonly [string, string];
  total: (minutes: number) => string;
}

const text: Record<Locale, PrepPlannerMarkdownText> = {
  'zh-CN': {
    point: termLabel(terms.prep.point, 'zh-CN'),
    reason: termLabel(terms.prep.reason, 'zh-CN'),
    example: termLabel(terms.prep.example, 'zh-CN'),
    plan: termLabel(terms.prep.plan, 'zh-CN'),
    agenda: '议程',
    agendaColumns: ['环节', '分钟'],
    total: (minutes) => `合计 ${minutes} 分钟`,
  },
  en: {
    point: termLabel(terms.prep.point, 'en'),
    reason: termLabel(terms.prep.reason, 'en'),
    example: termLabel(terms.prep.example, 'en'),
    plan: termLabel(terms.prep.plan, 'en'),
    agenda: 'Agenda',
    agendaColumns: ['Part', 'Minutes'],
    total: (minutes) => `${minutes} minutes in total`,
  },
};

export function prepPlannerToMarkdown(doc: DocumentWith<PrepPlannerData>, locale: Locale): string {
  const t = text[locale];
  const { data } = doc;
  const blocks = [
    documentHeader(doc, locale),
    section(t.point, data.point, locale),
    section(t.reason, data.reason, locale),
    section(t.example, data.example, locale),
    section(t.plan, data.plan, locale),
  ];
  if (data.agenda.length > 0) {
    const rows = data.agenda.map((block) => [block.label, String(block.minutes)]);
    blocks.push(`## ${t.agenda}\n\n${table(t.agendaColumns, rows)}\n\n${t.total(agendaTotal(data.agenda))}`);
  }
  return joinBlocks(blocks);
}
