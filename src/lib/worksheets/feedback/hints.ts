import type { Locale } from '../../i18n/locales';
import { filled, type Hint } from '../hint';
import { findJudgmentalWords, hasTimeWindowOrCount, isQuestion } from '../text-rules';
import { frameworkFields, type FeedbackData, type FeedbackField } from './schema';

/** Praise this short, or made only of stock words, says nothing the person can repeat. */
const GENERIC_PRAISE =
  /^(很好|不错|挺好|很棒|真棒|辛苦了|做得好|干得漂亮|good job|great( job| work)?|well done|nice( work| job)?|awesome|keep it up)[!！。.\s]*$/i;

interface FeedbackHintText {
  preferBest: string;
  prefer3e: string;
  judgmental: (words: readonly string[]) => string;
  behaviorEmpty: string;
  behaviorNoWindow: string;
  effectEmpty: string;
  seekEmpty: string;
  seekNoQuestion: string;
  targetEmpty: string;
  encourageEmpty: string;
  encourageGeneric: string;
  exploreEmpty: string;
  exploreNoQuestion: string;
  empowerEmpty: string;
}

const text: Record<Locale, FeedbackHintText> = {
  'zh-CN': {
    preferBest: '负面反馈用 BEST 更稳：先讲行为和影响，再听对方怎么看。',
    prefer3e: '正向反馈用 3E 更自然：具体表扬、一起探讨、给出支持。',
    judgmental: (words) =>
      `${words.map((word) => `「${word}」`).join('')}是在给人下结论。换成具体发生了什么：哪一天、哪件事、几次。`,
    behaviorEmpty: '先描述你观察到的行为：别人也能看到的事实。',
    behaviorNoWindow: '行为描述里还没有时间范围或次数，比如“这个月四次周会里有两次……”。',
    effectEmpty: '说说这个行为带来了什么影响：对团队、客户或项目。',
    seekEmpty: '问一句对方怎么看，再谈怎么改。',
    seekNoQuestion: '这里还没有提问：用一个开放式问题请对方说说，例如“当时是什么情况？”',
    targetEmpty: '最后一起商量以后怎么做：一个具体、可以试一试的改变。',
    encourageEmpty: '从具体的肯定开始：对方做了什么值得保留？',
    encourageGeneric: '表扬要具体：对方做了什么，带来了什么好结果？',
    exploreEmpty: '和对方一起找原因：准备一个问题。',
    exploreNoQuestion: '探讨时多问少说：用一个问题请对方讲讲背后的做法或困难。',
    empowerEmpty: '说出你能提供的支持或机会：资源、时间、引荐，或者一次练习。',
  },
  en: {
    preferBest: 'For negative feedback BEST is steadier: behavior and effect first, then hear their view.',
    prefer3e:
      'For positive feedback 3E feels more natural: specific praise, explore together, offer support.',
    judgmental: (words) =>
      `${words.map((word) => `“${word}”`).join(', ')} ${words.length === 1 ? 'passes' : 'pass'} judgment on the person. Describe what happened instead: which day, which task, how many times.`,
    behaviorEmpty: 'Start with the behavior you observed: facts others could have seen too.',
    behaviorNoWindow:
      'The behavior has no time window or count yet, e.g. “in two of this month’s four stand-ups…”.',
    effectEmpty: 'Say what the behavior led to: for the team, a customer or the project.',
    seekEmpty: 'Ask how they see it before talking about changes.',
    seekNoQuestion:
      'There’s no question here yet: invite their view with an open question, such as “What was going on at the time?”',
    targetEmpty: 'Close by agreeing on what to do next time: one concrete change worth trying.',
    encourageEmpty: 'Start with specific recognition: what did they do that is worth keeping?',
    encourageGeneric: 'Make the praise specific: what did they do, and what good came of it?',
    exploreEmpty: 'Look for the causes together: prepare a question.',
    exploreNoQuestion:
      'Explore by asking rather than telling: a question that lets them explain their approach or obstacles.',
    empowerEmpty:
      'Name the support or opportunity you can offer: resources, time, an introduction or a practice run.',
  },
};

export function feedbackHints(data: FeedbackData, locale: Locale): Hint[] {
  const t = text[locale];
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `feedback/${id}`, field, level, message });

  if (data.scenario === 'negative' && data.framework === '3e')
    add('prefer-best', 'framework', 'info', t.preferBest);
  if (data.scenario === 'positive' && data.framework === 'best')
    add('prefer-3e', 'framework', 'info', t.prefer3e);

  const fields: readonly FeedbackField[] = frameworkFields[data.framework];
  for (const field of fields) {
    const words = findJudgmentalWords(data[field]);
    if (words.length > 0) add('judgmental', field, 'warning', t.judgmental(words));
  }

  if (data.framework === 'best') {
    if (!filled(data.behavior)) add('behavior-empty', 'behavior', 'info', t.behaviorEmpty);
    else if (!hasTimeWindowOrCount(data.behavior))
      add('behavior-no-window', 'behavior', 'warning', t.behaviorNoWindow);
    if (!filled(data.effect)) add('effect-empty', 'effect', 'info', t.effectEmpty);
    if (!filled(data.seek)) add('seek-empty', 'seek', 'info', t.seekEmpty);
    else if (!isQuestion(data.seek)) add('seek-no-question', 'seek', 'warning', t.seekNoQuestion);
    if (!filled(data.target)) add('target-empty', 'target', 'info', t.targetEmpty);
  } else {
    if (!filled(data.encourage)) add('encourage-empty', 'encourage', 'info', t.encourageEmpty);
    else if (GENERIC_PRAISE.test(data.encourage.trim()))
      add('encourage-generic', 'encourage', 'warning', t.encourageGeneric);
    if (!filled(data.explore)) add('explore-empty', 'explore', 'info', t.exploreEmpty);
    else if (!isQuestion(data.explore)) add('explore-no-question', 'explore', 'info', t.exploreNoQuestion);
    if (!filled(data.empower)) add('empower-empty', 'empower', 'info', t.empowerEmpty);
  }
  return hints;
}
