import type { Locale } from '../../i18n/locales';
import { filled, type Hint } from '../hint';
import { findVagueWords } from '../text-rules';
import { SATISFIED_COUNT, type FlashRetroData } from './schema';

interface FlashRetroHintText {
  dateMissing: string;
  fewerSatisfied: (count: number) => string;
  obstacleEmpty: string;
  triedEmpty: string;
  improvementEmpty: string;
  improvementVague: string;
  judgmentMissing: string;
  goalNotLinked: string;
}

const text: Record<Locale, FlashRetroHintText> = {
  'zh-CN': {
    dateMissing: '填上复盘日期，日后才能连成一条成长记录。',
    fewerSatisfied: (count) => `已经写了 ${count} 件，凑满三件吧：小事也算。`,
    obstacleEmpty: '这段时间最大的一个卡点是什么？只写一个。',
    triedEmpty: '写下已经试过的办法：试过什么，结果怎样。',
    improvementEmpty: '接下来两周，最想先改善的是哪一点？',
    improvementVague: '把它写成一个能做、能看见的动作，两周后才好对照。',
    judgmentMissing: '这次的问题出在目标还是执行？做个判断，拿不准就选“不确定”。',
    goalNotLinked: '判断是目标的问题：关联对应的 SMART-AR 目标，把这次调整记进它的调整记录。',
  },
  en: {
    dateMissing: 'Add the date of this retro so the entries line up into a record of growth.',
    fewerSatisfied: (count) => `${count} of 3 so far: small things count too.`,
    obstacleEmpty: 'What was the one biggest obstacle in this period? Just one.',
    triedEmpty: 'Note what has already been tried against it, and how it went.',
    improvementEmpty: 'What is the one thing to improve first over the next two weeks?',
    improvementVague: 'Phrase it as an action you can do and see, so it can be checked in two weeks.',
    judgmentMissing:
      'Is this a goal problem or an execution problem? Make a call; “unsure” is an answer too.',
    goalNotLinked:
      'You judged it a goal problem: link the SMART-AR goal so the change goes into its adjustment log.',
  },
};

export function flashRetroHints(data: FlashRetroData, locale: Locale): Hint[] {
  const t = text[locale];
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `flash-retro/${id}`, field, level, message });

  if (data.date === '') add('date-missing', 'date', 'info', t.dateMissing);
  const satisfied = data.satisfied.filter(filled).length;
  if (satisfied < SATISFIED_COUNT) add('fewer-satisfied', 'satisfied', 'info', t.fewerSatisfied(satisfied));
  if (!filled(data.obstacle)) add('obstacle-empty', 'obstacle', 'info', t.obstacleEmpty);
  else if (!filled(data.tried)) add('tried-empty', 'tried', 'info', t.triedEmpty);
  if (!filled(data.improvement)) add('improvement-empty', 'improvement', 'info', t.improvementEmpty);
  else if (findVagueWords(data.improvement).length > 0)
    add('improvement-vague', 'improvement', 'info', t.improvementVague);
  if (data.judgment === null) add('judgment-missing', 'judgment', 'warning', t.judgmentMissing);
  if (data.judgment === 'goal' && data.linkedGoalId === undefined)
    add('goal-not-linked', 'linkedGoalId', 'info', t.goalNotLinked);
  return hints;
}
