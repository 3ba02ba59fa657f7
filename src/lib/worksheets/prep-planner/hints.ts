import type { Locale } from '../../i18n/locales';
import { filled, type Hint } from '../hint';
import { findJudgmentalWords, findVagueWords, hasDate, hasNumber, hasTimeWindowOrCount } from '../text-rules';
import { agendaLimits, agendaTotal, type PrepPlannerData } from './schema';

interface PrepPlannerHintText {
  pointEmpty: string;
  reasonEmpty: string;
  reasonNoData: string;
  reasonJudgmental: (words: readonly string[]) => string;
  exampleEmpty: string;
  planEmpty: string;
  planVague: string;
  agendaEmpty: string;
  agendaTooShort: (total: number) => string;
  agendaTooLong: (total: number) => string;
  blockNoMinutes: string;
}

const text: Record<Locale, PrepPlannerHintText> = {
  'zh-CN': {
    pointEmpty: '用一句话说清今天聊什么，对方就不会把它当成例行寒暄。',
    reasonEmpty: '写下支撑这个话题的数据或观察。',
    reasonNoData: '依据里还没有数字或具体观察：哪一项数据支持这个话题？',
    reasonJudgmental: (words) =>
      `${words.map((word) => `「${word}」`).join('')}是判断，不是依据。换成你看到的事实或数据。`,
    exampleEmpty: '准备一两个具体场景，双方才能对准同一件事。',
    planEmpty: '最后要落到一个具体的下一步：谁、做什么、什么时候。',
    planVague: '这个计划还不够具体：写成一个能看见的行为，加上时间。',
    agendaEmpty: '排一个简单的议程，给每一步留出时间。',
    agendaTooShort: (total) => `议程合计 ${total} 分钟，不到 30 分钟：给对方留足说话的时间。`,
    agendaTooLong: (total) => `议程合计 ${total} 分钟，超过 60 分钟：挑一个话题留到下次吧。`,
    blockNoMinutes: '这一段还没有分配时间。',
  },
  en: {
    pointEmpty: 'Say in one sentence what today is about, so it doesn’t feel like a routine check-in.',
    reasonEmpty: 'Note the data or observations behind this topic.',
    reasonNoData: 'The Reason has no figure or concrete observation yet: which data supports this topic?',
    reasonJudgmental: (words) =>
      `${words.map((word) => `“${word}”`).join(', ')} ${words.length === 1 ? 'is a verdict' : 'are verdicts'}, not evidence. Describe what you saw or measured instead.`,
    exampleEmpty: 'Prepare one or two concrete situations so you both talk about the same thing.',
    planEmpty: 'End with one concrete next step: who does what, and by when.',
    planVague: 'The plan isn’t concrete yet: write it as a visible behavior with a time.',
    agendaEmpty: 'Sketch a short agenda and give each part some minutes.',
    agendaTooShort: (total) =>
      `The agenda adds up to ${total} minutes, under 30: leave the employee time to talk.`,
    agendaTooLong: (total) =>
      `The agenda adds up to ${total} minutes, over 60: keep one topic for next time.`,
    blockNoMinutes: 'This part has no minutes yet.',
  },
};

export function prepPlannerHints(data: PrepPlannerData, locale: Locale): Hint[] {
  const t = text[locale];
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `prep-planner/${id}`, field, level, message });

  if (!filled(data.point)) add('point-empty', 'point', 'info', t.pointEmpty);
  if (!filled(data.reason)) add('reason-empty', 'reason', 'info', t.reasonEmpty);
  else if (!hasNumber(data.reason) && !hasTimeWindowOrCount(data.reason)) {
    add('reason-no-data', 'reason', 'info', t.reasonNoData);
  }
  const verdicts = findJudgmentalWords(data.reason);
  if (verdicts.length > 0) add('reason-judgmental', 'reason', 'warning', t.reasonJudgmental(verdicts));
  if (!filled(data.example)) add('example-empty', 'example', 'info', t.exampleEmpty);
  if (!filled(data.plan)) add('plan-empty', 'plan', 'info', t.planEmpty);
  else if (findVagueWords(data.plan).length > 0 || !hasDate(data.plan))
    add('plan-vague', 'plan', 'info', t.planVague);

  if (data.agenda.length === 0) add('agenda-empty', 'agenda', 'info', t.agendaEmpty);
  else {
    const total = agendaTotal(data.agenda);
    if (total < agendaLimits.minMinutes)
      add('agenda-too-short', 'agenda', 'warning', t.agendaTooShort(total));
    if (total > agendaLimits.maxMinutes) add('agenda-too-long', 'agenda', 'warning', t.agendaTooLong(total));
  }
  data.agenda.forEach((block, index) => {
    if (filled(block.label) && block.minutes === 0)
      add('block-no-minutes', `agenda.${index}.minutes`, 'info', t.blockNoMinutes);
  });
  return hints;
}
