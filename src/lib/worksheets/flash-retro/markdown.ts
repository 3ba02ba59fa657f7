import type { Locale } from '../../i18n/locales';
import { sectionText } from '../../i18n/sections';
import { bulletList, commonMarkdownText, documentHeader, joinBlocks, paragraph, section } from '../markdown';
import type { DocumentWith } from '../module';
import type { FlashRetroData } from './schema';

export function flashRetroToMarkdown(doc: DocumentWith<FlashRetroData>, locale: Locale): string {
  const t = sectionText(locale, 'flash-retro-markdown');
  const common = commonMarkdownText(locale);
  const { data } = doc;
  return joinBlocks([
    documentHeader(doc, locale),
    `**${t('md.flashRetro.date')}**${common.listSeparator}${paragraph(data.date, locale)}`,
    `## ${t('md.flashRetro.satisfied')}\n\n${bulletList(data.satisfied, locale)}`,
    section(t('md.flashRetro.obstacle'), data.obstacle, locale),
    section(t('md.flashRetro.tried'), data.tried, locale),
    section(t('md.flashRetro.improvement'), data.improvement, locale),
    `## ${t('md.flashRetro.judgment')}\n\n${data.judgment === null ? `_${common.empty}_` : t(`md.flashRetro.judgment.${data.judgment}`)}`,
  ]);
}
