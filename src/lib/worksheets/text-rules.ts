import { withoutQuotes } from '../grow/quotes';

/**
 * Small text detectors behind the coaching hints. Each checks Chinese and English patterns
 * whatever the interface language, because people mix both (an English metric name in a
 * Chinese goal is common). They are heuristics: they decide whether to offer a hint, never
 * whether data is valid, so a rare miss costs a missing nudge and nothing more.
 */

const CN_NUMERAL = '[零〇一二两三四五六七八九十百千万半]';
/** Measure words and units that turn a Chinese numeral into a count ("三次", "两周"). */
const CN_UNIT =
  '(?:个|次|件|天|日|周|月|年|季度|成|倍|位|名|家|单|项|篇|条|份|小时|分钟|秒|元|块|人|轮|场|页|遍|%|％)';

const DIGIT = /[0-9０-９]/;
const CN_COUNT = new RegExp(`${CN_NUMERAL}+${CN_UNIT}`);
const EN_NUMBER_WORD =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|half|double|twice|triple)\b/i;

/** Whether the text states a quantity: a digit, a Chinese count ("三次") or an English number word. */
export function hasNumber(text: string): boolean {
  return DIGIT.test(text) || CN_COUNT.test(text) || EN_NUMBER_WORD.test(text);
}

const MONTH_EN =
  '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)';

/** Full dates come first so that `withoutDates` removes them whole, leaving no stray day number. */
const DATE_PATTERNS: readonly RegExp[] = [
  /\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}/, // 2025-09-30
  /\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*[日号])?/, // 2025年9月30日
  /\d{1,2}\s*月\s*\d{1,2}\s*[日号]/, // 9月30日
  /\d{4}\s*[-/.年]\s*\d{1,2}/, // 2025-09
  // No '.' here: "12.5%" is a measure, not a date.
  /\d{1,2}\s*[月/]\s*\d{1,2}/, // 3/31, 3月31
  /[\d一二三四五六七八九十]{1,3}\s*月(份|底|末|中|初|前)?(?!内)/, // 3月, 十二月底
  /([\d一二三四五六七八九十两]+)\s*个?(天|周|星期|月|季度|年)(内|之内|以内|后|前)/, // 三个月内
  /(月|季度|季|年|周)(底|末|初|中)/,
  /(本|这|下|上)个?(周|星期|月|季度|季|年)/,
  /第[一二三四1-4]季度|[Qq][1-4]|[Hh][12]\b/,
  /(周|星期)[一二三四五六日天]/,
  /(截止|截至|到期|期限)/,
  new RegExp(`\\b${MONTH_EN}\\b(\\.?\\s+\\d{1,2}(st|nd|rd|th)?\\b)?`, 'i'), // March 31
  new RegExp(`\\b\\d{1,2}(st|nd|rd|th)?\\s+(of\\s+)?${MONTH_EN}\\b`, 'i'), // 31 March
  // "may" is far more often the verb; count it only when it is clearly the month.
  /\b(by|in|end of|before|until|early|late|mid)\s+may\b|\bmay\s+\d{1,2}\b/i,
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  /\b(this|next|end of( the)?)\s+(week|month|quarter|year|sprint)\b/i,
  /\bwithin\s+(\d+|a|an|one|two|three|four|five|six|\w+)\s+(days?|weeks?|months?|quarters?)\b/i,
  /\b(deadline|due)\b/i,
];

/** Whether the text names a point in time or a time limit: a date, a month, "Q3", "by Friday", "三个月内". */
export function hasDate(text: string): boolean {
  return DATE_PATTERNS.some((pattern) => pattern.test(text));
}

const DATE_PATTERNS_GLOBAL = DATE_PATTERNS.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));

/** The text with its dates blanked out, so "9月底" or "Q3" does not pass for a measure. */
export function withoutDates(text: string): string {
  return DATE_PATTERNS_GLOBAL.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}

/** Whether the text states a quantity other than a date: the M of SMART. */
export function hasMeasure(text: string): boolean {
  return hasNumber(withoutDates(text));
}

const VAGUE_ZH =
  /提升|提高|加强|强化|优化|改善|改进|努力|尽量|尽力|争取|做好|搞好|积极|进一步|完善|推进|加大力度/g;
const VAGUE_EN =
  /\b(improv(e|es|ed|ing)|enhanc(e|es|ed|ing)|optimi[sz](e|es|ed|ing)|work(s|ed|ing)? on|try(ing)? to|tries to|strengthen(s|ed|ing)?|(do|get|be) better|step up|boost(s|ed|ing)?|maximi[sz]e|as much as possible)\b/gi;

/**
 * Verbs that describe effort rather than an outcome ("提升", "optimize"). Returns each word
 * found once, as written, so a hint can quote it.
 */
export function findVagueWords(text: string): string[] {
  return unique([...matchAll(text, VAGUE_ZH), ...matchAll(text, VAGUE_EN)]);
}

// The same ground as the English list, word for word where Chinese has one: absolutes
// (总是, 动不动就), labels (懒, 散漫, 拖拉, 马虎, 敷衍, 没用, 无能, 不称职) and verdicts on attitude
// (态度差, 不上进). Lookaheads keep 拖拉机, 无能为力 and 没用过 out.
const JUDGMENTAL_ZH =
  /总是|老是|从来不|从来没|从不|从没|一直|每次都|永远|动不动就|根本|太[^，。！？、,.!?\s]{1,6}了|懒散|懒惰|懒|散漫|拖拉(?!机)|拖沓|磨蹭|粗心|马马虎虎|马虎|草率|敷衍|吊儿郎当|不靠谱|不可靠|不负责任?|没有责任心|没责任心|不称职|不专业|没用(?![过上到了])|无能(?!为力)|没救了?|不可救药|不上进|消极|态度差|态度不好|态度不端正|态度有问题/g;
const JUDGMENTAL_EN =
  /\b(always|never|every (single )?time|all the time|constantly|lazy|careless|sloppy|useless|hopeless|irresponsible|incompetent|you('re| are) too \w+|so (slow|lazy|careless|negative|unreliable))\b/gi;

/**
 * Absolute and labelling words ("总是", "太慢了", "never", "lazy") that turn an observation
 * into a verdict about the person. Returns each word once, as written. Quoted speech is
 * skipped: reporting that a customer said "you're always late" is an observation.
 *
 * This is wider than the GROW question rules' list (src/lib/grow/question-rules.ts), which
 * judges questions: it adds "太…了", a lone "又" and "一直", and leaves out outcome words such
 * as "失败"/"failed", which describe a fact in a Behavior but blame in a question.
 */
export function findJudgmentalWords(text: string): string[] {
  const unquoted = withoutQuotes(text);
  return unique([
    ...matchAll(unquoted, JUDGMENTAL_ZH),
    ...findRepeatYou(unquoted),
    ...matchAll(unquoted, JUDGMENTAL_EN),
  ]);
}

/**
 * "又" as in "你又迟到了" blames a pattern; "又快又好" is a compliment. Only a lone 又 counts,
 * not one paired with another 又 a few characters away.
 */
function findRepeatYou(text: string): string[] {
  const hits: string[] = [];
  for (let i = text.indexOf('又'); i !== -1; i = text.indexOf('又', i + 1)) {
    const around = text.slice(Math.max(0, i - 5), i) + text.slice(i + 1, i + 6);
    if (!around.includes('又')) hits.push('又');
  }
  return hits;
}

const TIME_WINDOW_ZH =
  /(昨天|今天|前天|上周|这周|本周|上个?月|这个月|本月|过去|上次|那次|这次|最近[一二三四五六七八九十两\d]+|周[一二三四五六日]|星期[一二三四五六日天])/;
const TIME_WINDOW_EN =
  /\b(yesterday|today|last (week|month|time|sprint|quarter|friday|monday)|this (week|month|morning|sprint|quarter)|in the past|over the past|times?|twice|once)\b/i;

/** Whether an observed behaviour is anchored in time or counted: "过去两周三次", "twice last sprint". */
export function hasTimeWindowOrCount(text: string): boolean {
  return hasNumber(text) || hasDate(text) || TIME_WINDOW_ZH.test(text) || TIME_WINDOW_EN.test(text);
}

const QUESTION_WORD_ZH = /怎么|怎样|如何|什么|为什么|为何|哪|吗|呢|是否|有没有|能不能|愿不愿|要不要|多少|几/;
const QUESTION_WORD_EN =
  /\b(how|what|why|which|when|where|who|could you|would you|can you|do you|did you|are you|is there)\b/i;

/** Whether the text asks something: a question mark or a question word. */
export function isQuestion(text: string): boolean {
  return /[?？]/.test(text) || QUESTION_WORD_ZH.test(text) || QUESTION_WORD_EN.test(text);
}

function matchAll(text: string, pattern: RegExp): string[] {
  return Array.from(text.matchAll(pattern), (match) => match[0]);
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}
