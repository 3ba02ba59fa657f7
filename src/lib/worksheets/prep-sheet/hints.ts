import { sectionText } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { filled, resolveToday, type Hint, type HintContext } from '../hint';
import { PREP_MAX_TEXT, type PrepSheetData } from './schema';

/** A topic longer than this reads as a paragraph; the details belong in the conversation. */
const TOPIC_SOFT_LIMIT = 80;
/** From this share of the hard limit on, the field shows how much room is left. */
const NEAR_LIMIT_SHARE = 0.9;

export function prepSheetHints(data: PrepSheetData, locale: Locale, context?: HintContext): Hint[] {
  const t = sectionText(locale, 'prep-sheet-hints');
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `prep-sheet/${id}`, field, level, message });
  const checkLength = (value: string, field: string) => {
    if (value.length >= Math.floor(PREP_MAX_TEXT * NEAR_LIMIT_SHARE)) {
      add(
        'near-limit',
        field,
        'info',
        t('hint.prepSheet.nearLimit', { length: value.length, max: PREP_MAX_TEXT }),
      );
    }
  };

  if (data.meetingDate === '')
    add('meeting-date-missing', 'meetingDate', 'info', t('hint.prepSheet.meetingDateMissing'));
  else {
    const today = resolveToday(context);
    if (data.meetingDate === today)
      add('meeting-today', 'meetingDate', 'info', t('hint.prepSheet.meetingToday'));
    if (data.meetingDate < today) add('meeting-past', 'meetingDate', 'info', t('hint.prepSheet.meetingPast'));
  }

  if (!data.topics.some(filled)) add('no-topic', 'topics', 'warning', t('hint.prepSheet.noTopic'));
  data.topics.forEach((topic, index) => {
    if (topic.trim().length > TOPIC_SOFT_LIMIT)
      add('long-topic', `topics.${index}`, 'info', t('hint.prepSheet.longTopic'));
    checkLength(topic, `topics.${index}`);
  });
  if (data.topics.some(filled) && !data.puzzles.some(filled))
    add('no-puzzle', 'puzzles', 'info', t('hint.prepSheet.noPuzzle'));
  data.wins.forEach((value, index) => checkLength(value, `wins.${index}`));
  data.puzzles.forEach((value, index) => checkLength(value, `puzzles.${index}`));
  data.supportNeeded.forEach((value, index) => checkLength(value, `supportNeeded.${index}`));

  data.metrics.forEach((metric, index) => {
    const hasValues = filled(metric.previous) || filled(metric.current) || filled(metric.target);
    if (!filled(metric.name) && hasValues)
      add('metric-no-name', `metrics.${index}.name`, 'warning', t('hint.prepSheet.metricNoName'));
    if (filled(metric.name) && !hasValues)
      add('metric-no-values', `metrics.${index}.current`, 'info', t('hint.prepSheet.metricNoValues'));
  });
  data.projects.forEach((project, index) => {
    if (!filled(project.name) && filled(project.progress)) {
      add('project-no-name', `projects.${index}.name`, 'warning', t('hint.prepSheet.projectNoName'));
    }
  });
  return hints;
}
