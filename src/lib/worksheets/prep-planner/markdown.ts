import { sectionText } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { documentHeader, joinBlocks, section, table } from '../markdown';
import type { DocumentWith } from '../module';
import { agendaTotal, type PrepPlannerData } from './schema';

export function prepPlannerToMarkdown(doc: DocumentWith<PrepPlannerData>, locale: Locale): string {
  const t = sectionText(locale, 'prep-planner-markdown');
  const { data } = doc;
  const blocks = [
    documentHeader(doc, locale),
    section(t('md.prepPlanner.point'), data.point, locale),
    section(t('md.prepPlanner.reason'), data.reason, locale),
    section(t('md.prepPlanner.example'), data.example, locale),
    section(t('md.prepPlanner.plan'), data.plan, locale),
  ];
  if (data.agenda.length > 0) {
    const rows = data.agenda.map((block) => [block.label, String(block.minutes)]);
    blocks.push(
      `## ${t('md.prepPlanner.agenda')}\n\n${table([t('md.prepPlanner.agendaColumns.0'), t('md.prepPlanner.agendaColumns.1')], rows)}\n\n${t('md.prepPlanner.total', { minutes: agendaTotal(data.agenda) })}`,
    );
  }
  return joinBlocks(blocks);
}
