import { sectionText } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { documentHeader, joinBlocks, paragraph, section, table } from '../markdown';
import type { DocumentWith } from '../module';
import { fiveStepLabel } from './labels';
import { smartArLetters, type LikelihoodScale, type SmartArData } from './schema';

export function smartArToMarkdown(doc: DocumentWith<SmartArData>, locale: Locale): string {
  const t = sectionText(locale, 'smart-ar-markdown');
  const likelihoodValue = (value: number | null, scale: LikelihoodScale) =>
    value === null
      ? t('md.smartAr.notEstimated')
      : scale === 'ten'
        ? `${value} / 10`
        : fiveStepLabel(value, locale);
  const { data } = doc;
  const blocks = [
    documentHeader(doc, locale),
    section(t('md.smartAr.direction'), data.direction, locale),
    section(t('md.smartAr.goal'), data.goal, locale),
  ];
  if (data.milestones.length > 0) {
    const rows = data.milestones.map((milestone) => [
      milestone.indicator,
      milestone.target,
      milestone.date,
      milestone.current,
      milestone.reachedOn,
    ]);
    blocks.push(
      `## ${t('md.smartAr.milestones')}\n\n${table([t('md.smartAr.milestoneColumns.0'), t('md.smartAr.milestoneColumns.1'), t('md.smartAr.milestoneColumns.2'), t('md.smartAr.milestoneColumns.3'), t('md.smartAr.milestoneColumns.4')], rows)}`,
    );
  }
  blocks.push(
    `## ${t('md.smartAr.letters')}\n\n${smartArLetters
      .map(
        (letter) =>
          `**${t(`md.smartAr.letterNames.${letter}`)}**  \n${paragraph(data.letters[letter], locale)}`,
      )
      .join('\n\n')}`,
  );
  blocks.push(
    `## ${t('md.smartAr.likelihood')}\n\n${likelihoodValue(data.likelihood.value, data.likelihood.scale)}\n\n**${t('md.smartAr.missingConditions')}**  \n${paragraph(data.missingConditions, locale)}`,
  );
  blocks.push(
    `## ${t('md.smartAr.review')}\n\n**${t('md.smartAr.reviewCadence')}**  \n${paragraph(data.reviewCadence, locale)}\n\n**${t('md.smartAr.nextReviewDate')}**  \n${paragraph(data.nextReviewDate, locale)}`,
  );
  if (data.adjustments.length > 0) {
    const rows = data.adjustments.map((entry) => [
      entry.date,
      t(`md.smartAr.adjustmentKind.${entry.kind}`),
      entry.reason,
      entry.before,
      entry.after,
    ]);
    blocks.push(
      `## ${t('md.smartAr.adjustments')}\n\n${table([t('md.smartAr.adjustmentColumns.0'), t('md.smartAr.adjustmentColumns.1'), t('md.smartAr.adjustmentColumns.2'), t('md.smartAr.adjustmentColumns.3'), t('md.smartAr.adjustmentColumns.4')], rows)}`,
    );
  }
  return joinBlocks(blocks);
}
