import { sectionText } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { bulletList, documentHeader, joinBlocks, paragraph, table } from '../markdown';
import type { DocumentWith } from '../module';
import type { PrepSheetData } from './schema';

export function prepSheetToMarkdown(doc: DocumentWith<PrepSheetData>, locale: Locale): string {
  const t = sectionText(locale, 'prep-sheet-markdown');
  const { data } = doc;
  const metrics = data.metrics.filter((metric) => metric.name.trim() !== '');
  const projects = data.projects.filter((project) => project.name.trim() !== '');
  return joinBlocks([
    documentHeader(doc, locale),
    `**${t('md.prepSheet.meetingDate')}**  \n${paragraph(data.meetingDate, locale)}`,
    `## ${t('md.prepSheet.employeeSide')}`,
    `### ${t('md.prepSheet.topics')}\n\n${bulletList(data.topics, locale)}`,
    `### ${t('md.prepSheet.wins')}\n\n${bulletList(data.wins, locale)}`,
    `### ${t('md.prepSheet.puzzles')}\n\n${bulletList(data.puzzles, locale)}`,
    `### ${t('md.prepSheet.supportNeeded')}\n\n${bulletList(data.supportNeeded, locale)}`,
    `## ${t('md.prepSheet.managerSide')}`,
    `### ${t('md.prepSheet.metrics')}\n\n${
      metrics.length === 0
        ? paragraph('', locale)
        : table(
            [
              t('md.prepSheet.metricColumns.0'),
              t('md.prepSheet.metricColumns.1'),
              t('md.prepSheet.metricColumns.2'),
              t('md.prepSheet.metricColumns.3'),
            ],
            metrics.map((metric) => [metric.name, metric.previous, metric.current, metric.target]),
          )
    }`,
    `### ${t('md.prepSheet.projects')}\n\n${
      projects.length === 0
        ? paragraph('', locale)
        : table(
            [t('md.prepSheet.projectColumns.0'), t('md.prepSheet.projectColumns.1')],
            projects.map((project) => [project.name, project.progress]),
          )
    }`,
  ]);
}
