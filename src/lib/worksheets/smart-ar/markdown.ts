import type { Locale } from '../../i18n/locales';
import { documentHeader, joinBlocks, paragraph, section, table } from '../markdown';
import type { DocumentWith } from '../module';
import { fiveStepLabel } from './labels';
import { smartArLetters, type LikelihoodScale, type SmartArData, type SmartArLetter } from './schema';

interface SmartArMarkdownText {
  direction: string;
  goal: string;
  milestones: string;
  milestoneColumns: readonly [string, string, string, string, string];
  letters: string;
  letterNames: Record<SmartArLetter, string>;
  likelihood: string;
  likelihoodValue: (value: number | null, scale: LikelihoodScale) => string;
  missingConditions: string;
  review: string;
  reviewCadence: string;
  nextReviewDate: string;
  adjustments: string;
  adjustmentColumns: readonly [string, string, string, string, string];
  adjustmentKind: { goal: string; execution: string };
}

const text: Record<Locale, SmartArMarkdownText> = {
  'zh-CN': {
    direction: '全年方向',
    goal: '目标',
    milestones: '里程碑',
    milestoneColumns: ['指标', '目标值', '日期', '当前', '达成日期'],
    letters: 'SMART-AR 逐项检查',
    letterNames: {
      specific: 'S 具体',
      measurable: 'M 可衡量',
      achievable: 'A 可实现',
      relevant: 'R 相关',
      timeBased: 'T 有时限',
      agile: 'A 可调整',
      reviewable: 'R 可复盘',
    },
    likelihood: '现在的把握',
    likelihoodValue: (value, scale) =>
      value === null ? '（未评估）' : scale === 'ten' ? `${value} / 10` : fiveStepLabel(value, 'zh-CN'),
    missingConditions: '还缺的条件',
    review: '复盘',
    reviewCadence: '复盘节奏',
    nextReviewDate: '下次复盘',
    adjustments: '调整记录',
    adjustmentColumns: ['日期', '类型', '原因', '调整前', '调整后'],
    adjustmentKind: { goal: '目标', execution: '执行' },
  },
  en: {
    direction: 'Direction for the year',
    goal: 'Goal',
    milestones: 'Milestones',
    milestoneColumns: ['Indicator', 'Target', 'Date', 'Now', 'Reached on'],
    letters: 'SMART-AR check',
    letterNames: {
      specific: 'S Specific',
      measurable: 'M Measurable',
      achievable: 'A Achievable',
      relevant: 'R Relevant',
      timeBased: 'T Time-based',
      agile: 'A Agile',
      reviewable: 'R Reviewable',
    },
    likelihood: 'Likelihood now',
    likelihoodValue: (value, scale) =>
      value === null ? '(not estimated)' : scale === 'ten' ? `${value} / 10` : fiveStepLabel(value, 'en'),
    missingConditions: 'Missing conditions',
    review: 'Review',
    reviewCadence: 'Review rhythm',
    nextReviewDate: 'Next review',
    adjustments: 'Adjustment log',
    adjustmentColumns: ['Date', 'Kind', 'Reason', 'Before', 'After'],
    adjustmentKind: { goal: 'goal', execution: 'execution' },
  },
};

export function smartArToMarkdown(doc: DocumentWith<SmartArData>, locale: Locale): string {
  const t = text[locale];
  const { data } = doc;
  const blocks = [
    documentHeader(doc, locale),
    section(t.direction, data.direction, locale),
    section(t.goal, data.goal, locale),
  ];
  if (data.milestones.length > 0) {
    const rows = data.milestones.map((milestone) => [
      milestone.indicator,
      milestone.target,
      milestone.date,
      milestone.current,
      milestone.reachedOn,
    ]);
    blocks.push(`## ${t.milestones}\n\n${table(t.milestoneColumns, rows)}`);
  }
  blocks.push(
    `## ${t.letters}\n\n${smartArLetters
      .map((letter) => `**${t.letterNames[letter]}**  \n${paragraph(data.letters[letter], locale)}`)
      .join('\n\n')}`,
  );
  blocks.push(
    `## ${t.likelihood}\n\n${t.likelihoodValue(data.likelihood.value, data.likelihood.scale)}\n\n**${t.missingConditions}**  \n${paragraph(data.missingConditions, locale)}`,
  );
  blocks.push(
    `## ${t.review}\n\n**${t.reviewCadence}**  \n${paragraph(data.reviewCadence, locale)}\n\n**${t.nextReviewDate}**  \n${paragraph(data.nextReviewDate, locale)}`,
  );
  if (data.adjustments.length > 0) {
    const rows = data.adjustments.map((entry) => [
      entry.date,
      t.adjustmentKind[entry.kind],
      entry.reason,
      entry.before,
      entry.after,
    ]);
    blocks.push(`## ${t.adjustments}\n\n${table(t.adjustmentColumns, rows)}`);
  }
  return joinBlocks(blocks);
}
