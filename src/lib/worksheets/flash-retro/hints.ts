import type { Locale } from '../../i18n/locales';
import { sectionText } from '../../i18n/sections';
import { filled, type Hint } from '../hint';
import { findVagueWords } from '../text-rules';
import { SATISFIED_COUNT, type FlashRetroData } from './schema';

export function flashRetroHints(data: FlashRetroData, locale: Locale): Hint[] {
  const t = sectionText(locale, 'flash-retro-hints');
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `flash-retro/${id}`, field, level, message });

  if (data.date === '') add('date-missing', 'date', 'info', t('hint.flashRetro.dateMissing'));
  const satisfied = data.satisfied.filter(filled).length;
  if (satisfied < SATISFIED_COUNT)
    add('fewer-satisfied', 'satisfied', 'info', t('hint.flashRetro.fewerSatisfied', { count: satisfied }));
  if (!filled(data.obstacle)) add('obstacle-empty', 'obstacle', 'info', t('hint.flashRetro.obstacleEmpty'));
  else if (!filled(data.tried)) add('tried-empty', 'tried', 'info', t('hint.flashRetro.triedEmpty'));
  if (!filled(data.improvement))
    add('improvement-empty', 'improvement', 'info', t('hint.flashRetro.improvementEmpty'));
  else if (findVagueWords(data.improvement).length > 0)
    add('improvement-vague', 'improvement', 'info', t('hint.flashRetro.improvementVague'));
  if (data.judgment === null)
    add('judgment-missing', 'judgment', 'warning', t('hint.flashRetro.judgmentMissing'));
  if (data.judgment === 'goal' && data.linkedGoalId === undefined)
    add('goal-not-linked', 'linkedGoalId', 'info', t('hint.flashRetro.goalNotLinked'));
  return hints;
}
