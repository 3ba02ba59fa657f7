import type { Locale } from '../../i18n/locales';
import { filled, resolveToday, type Hint, type HintContext } from '../hint';
import { PREP_MAX_TEXT, type PrepSheetData } from './schema';

/** A topic longer than this reads as a paragraph; the details belong in the conversation. */
const TOPIC_SOFT_LIMIT = 80;
/** From this share of the hard limit on, the field shows how much room is left. */
const NEAR_LIMIT_SHARE = 0.9;

interface PrepSheetHintText {
  noTopic: string;
  longTopic: string;
  nearLimit: (length: number, max: number) => string;
  noPuzzle: string;
  metricNoName: string;
  metricNoValues: string;
  projectNoName: string;
  meetingDateMissing: string;
  meetingToday: string;
  meetingPast: string;
}

const text: Record<Locale, PrepSheetHintText> = {
  'zh-CN': {
    noTopic: '至少写一个最想聊的话题，经理才知道从哪里开始。',
    longTopic: '一个话题一句话就够了，细节留到谈话时再展开。',
    nearLimit: (length, max) => `已写 ${length}/${max} 字：只留最要紧的部分。`,
    noPuzzle: '写下一个最困惑的地方吧：谈话里最有收获的，往往就是这一段。',
    metricNoName: '这行有数值但没有指标名称：它衡量的是什么？',
    metricNoValues: '补上上期、本期和目标值，谈话时的“依据”就有了数据。',
    projectNoName: '这行写了进展但没有项目名称：是哪个项目？',
    meetingDateMissing: '填上谈话日期，最好提前一两天把准备单发给对方。',
    meetingToday: '谈话就在今天：现在就发出去，让对方还来得及看。',
    meetingPast: '这个谈话日期已经过去了：是要约下一次吗？',
  },
  en: {
    noTopic: 'Write at least one topic you most want to discuss, so your manager knows where to start.',
    longTopic: 'One sentence per topic is enough; save the details for the conversation.',
    nearLimit: (length, max) => `${length} of ${max} characters used: keep the part that matters most.`,
    noPuzzle: 'Add one thing that puzzles you: it often turns into the most useful part of the conversation.',
    metricNoName: 'This row has values but no metric name: what does it measure?',
    metricNoValues: 'Add the previous, current and target values so the conversation’s Reason rests on data.',
    projectNoName: 'This row has progress but no project name: which project is it?',
    meetingDateMissing: 'Set the meeting date, and send the sheet one or two days ahead.',
    meetingToday: 'The meeting is today: send the sheet now so there is still time to read it.',
    meetingPast: 'This meeting date has passed: are you preparing the next one?',
  },
};

export function prepSheetHints(data: PrepSheetData, locale: Locale, context?: HintContext): Hint[] {
  const t = text[locale];
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `prep-sheet/${id}`, field, level, message });
  const checkLength = (value: string, field: string) => {
    if (value.length >= Math.floor(PREP_MAX_TEXT * NEAR_LIMIT_SHARE)) {
      add('near-limit', field, 'info', t.nearLimit(value.length, PREP_MAX_TEXT));
    }
  };

  if (data.meetingDate === '') add('meeting-date-missing', 'meetingDate', 'info', t.meetingDateMissing);
  else {
    const today = resolveToday(context);
    if (data.meetingDate === today) add('meeting-today', 'meetingDate', 'info', t.meetingToday);
    if (data.meetingDate < today) add('meeting-past', 'meetingDate', 'info', t.meetingPast);
  }

  if (!data.topics.some(filled)) add('no-topic', 'topics', 'warning', t.noTopic);
  data.topics.forEach((topic, index) => {
    if (topic.trim().length > TOPIC_SOFT_LIMIT) add('long-topic', `topics.${index}`, 'info', t.longTopic);
    checkLength(topic, `topics.${index}`);
  });
  if (data.topics.some(filled) && !data.puzzles.some(filled)) add('no-puzzle', 'puzzles', 'info', t.noPuzzle);
  data.wins.forEach((value, index) => checkLength(value, `wins.${index}`));
  data.puzzles.forEach((value, index) => checkLength(value, `puzzles.${index}`));
  data.supportNeeded.forEach((value, index) => checkLength(value, `supportNeeded.${index}`));

  data.metrics.forEach((metric, index) => {
    const hasValues = filled(metric.previous) || filled(metric.current) || filled(metric.target);
    if (!filled(metric.name) && hasValues)
      add('metric-no-name', `metrics.${index}.name`, 'warning', t.metricNoName);
    if (filled(metric.name) && !hasValues)
      add('metric-no-values', `metrics.${index}.current`, 'info', t.metricNoValues);
  });
  data.projects.forEach((project, index) => {
    if (!filled(project.name) && filled(project.progress)) {
      add('project-no-name', `projects.${index}.name`, 'warning', t.projectNoName);
    }
  });
  return hints;
}
