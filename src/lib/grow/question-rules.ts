import { sentenceRules, type Locale } from '../i18n/locales';
import { MAX_TEXT } from './prep-sheet';
import { growStages, type GrowQuestion, type GrowStage } from './question';
import { withoutQuotes } from './quotes';

/**
 * The invariants every GROW question list must satisfy, as pure checks. The rules engine
 * uses them to reject its own candidates, the AI generator to drop bad model output, and
 * the tests to check both; so "open", "in the right language" and "not judgmental" mean
 * the same thing everywhere.
 */

export type QuestionProblem =
  'empty' | 'too_long' | 'not_a_question' | 'closed' | 'wrong_language' | 'judgmental' | 'unsafe';

export { withoutQuotes };

function normalizeApostrophes(text: string): string {
  return text.replace(/[’‘`´]/gu, "'");
}

// ── Open vs closed ────────────────────────────────────────────────────────────

/** English auxiliaries that open a yes/no question ("Did it work?", "Can you…?"). */
const closedEnglishStarters = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'am',
  'can',
  'could',
  'would',
  'will',
  'should',
  'shall',
  'have',
  'has',
  'had',
  'may',
  'might',
  'must',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "can't",
  "couldn't",
  "wouldn't",
  "won't",
  "shouldn't",
  "haven't",
  "hasn't",
  "hadn't",
  "mustn't",
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'cant',
  'wont',
  'wouldnt',
  'shouldnt',
]);

/** A clause made only of these is a tag asking for agreement ("…, right?"). */
const englishTagWords = new Set([
  'right',
  'ok',
  'okay',
  'correct',
  'agreed',
  'yes',
  'no',
  'true',
  'yeah',
  'fair',
]);

/** Words that lead into a clause without deciding whether it is open ("and how…", "so what…"). */
const englishLeadIns = new Set(['and', 'but', 'so', 'or', 'then', 'also', 'well', 'now', 'okay', 'ok']);

function firstWords(clause: string): string[] {
  return normalizeApostrophes(clause)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w !== '');
}

function englishClauseIsClosed(clause: string): boolean {
  const words = firstWords(clause);
  while (words.length > 1 && englishLeadIns.has(words[0] ?? '')) words.shift();
  const first = words[0];
  if (first === undefined) return false;
  if (closedEnglishStarters.has(first)) return true;
  return words.length <= 2 && words.every((w) => englishTagWords.has(w));
}

/** The sentences of a text that end in a question mark. */
function questionSentences(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of text) {
    current += ch;
    if (ch === '?' || ch === '？') {
      out.push(current);
      current = '';
    } else if (ch === '.' || ch === '!' || ch === '。' || ch === '！') {
      current = '';
    }
  }
  return out;
}

function englishQuestionIsClosed(text: string): boolean {
  for (const sentence of questionSentences(withoutQuotes(text))) {
    const body = sentence.replace(/[?？]\s*$/u, '');
    if (englishClauseIsClosed(body)) return true;
    // "When you look back, is it what you expected?": the last clause carries the question.
    const clauses = body.split(/[,;:—–()]/u).filter((c) => c.trim() !== '');
    const last = clauses.at(-1);
    if (last !== undefined && englishClauseIsClosed(last)) return true;
  }
  return false;
}

/**
 * Chinese yes/no forms: a final 吗/嘛/吧, a confirming 么 (not 什么/怎么), 是否, and the
 * A-not-A pattern (是不是, 能不能, 有没有, 愿不愿意, 可不可以…) caught by one back-reference.
 */
const chineseClosedEnding = /(?:吗|嘛|吧|(?<![什怎这那多])么)\s*[呢]?\s*[?？]\s*$/u;
const chineseAnotA = /(\p{Script=Han})[不没]\1/u;
const chineseClosedPhrases = ['是否', '对吗', '可以吗', '行吗', '好吗'];

function chineseQuestionIsClosed(text: string): boolean {
  for (const sentence of questionSentences(withoutQuotes(text))) {
    if (chineseClosedEnding.test(sentence)) return true;
    if (chineseAnotA.test(sentence)) return true;
    if (chineseClosedPhrases.some((phrase) => sentence.includes(phrase))) return true;
  }
  return false;
}

/** True when the text ends as a question (an invitation without "?" reads as a statement). */
export function looksLikeQuestion(text: string): boolean {
  return /[?？]\s*$/u.test(text.trim());
}

/** True when the question cannot be answered with a plain yes or no. */
export function isOpenQuestion(text: string, locale: Locale): boolean {
  if (!looksLikeQuestion(text)) return false;
  // A question may quote or borrow a term from the other language, so both grammars apply.
  void locale;
  return !chineseQuestionIsClosed(text) && !englishQuestionIsClosed(text);
}

// ── Language ──────────────────────────────────────────────────────────────────

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LATIN = /\p{Script=Latin}/gu;

export interface ScriptCounts {
  /** Han, kana and Hangul characters. */
  cjk: number;
  /** Latin letters. */
  latin: number;
}

export function countScripts(text: string): ScriptCounts {
  return { cjk: text.match(CJK)?.length ?? 0, latin: text.match(LATIN)?.length ?? 0 };
}

/**
 * A Chinese question may carry an English term (OKR, NPS, a project name), and an English
 * one may quote a few Chinese words from the prep sheet. An English word takes about five
 * letters where Chinese takes one or two characters, so letters count half against Chinese,
 * and CJK characters may be at most a fifth of the letters in English.
 */
export const languageThresholds = {
  /** zh-CN: CJK characters ≥ this share of Latin letters (and at least `minCjk`). */
  zhMinCjkPerLatin: 0.5,
  minCjk: 2,
  /** en: CJK characters ≤ this share of Latin letters (and at least `minLatin` letters). */
  enMaxCjkPerLatin: 0.2,
  minLatin: 3,
} as const;

/** A simple script check: is the text written in the requested language? */
export function isInLanguage(text: string, locale: Locale): boolean {
  const { cjk, latin } = countScripts(text);
  if (sentenceRules(locale).script === 'cjk') {
    return cjk >= languageThresholds.minCjk && cjk >= latin * languageThresholds.zhMinCjkPerLatin;
  }
  return latin >= languageThresholds.minLatin && cjk <= latin * languageThresholds.enMaxCjkPerLatin;
}

// ── Judgmental and absolute words ─────────────────────────────────────────────

/**
 * Words that label the person or generalise ("always", "lazy", 总是, 为什么又) turn a coaching
 * question into a verdict. Both lists apply to every question: an English question that
 * quotes 总是 is as loaded as a Chinese one.
 */
export const judgmentalWords = {
  en: [
    'always',
    'never',
    'lazy',
    'laziness',
    'failure',
    'failures',
    'failed',
    'should have',
    "should've",
    "shouldn't have",
    "why didn't you",
    "why can't you",
    "why won't you",
    'careless',
    'sloppy',
    'incompetent',
    'useless',
    'hopeless',
    'stupid',
    'excuse',
    'excuses',
    'your fault',
    'as usual',
    'every single time',
    'unacceptable',
    'disappointing',
    'disappointed',
    'bad attitude',
    'attitude problem',
    'obviously',
  ],
  'zh-CN': [
    '总是',
    '老是',
    '从不',
    '从来不',
    '从来没',
    '从没',
    '永远',
    '每次都',
    '太懒',
    '懒惰',
    '偷懒',
    '为什么又',
    '怎么又',
    '为啥又',
    '为什么总',
    '怎么总',
    '为什么老',
    '为什么还是',
    '怎么还是',
    '早就应该',
    '本应该',
    '本来应该',
    '早该',
    '应该早',
    '失败',
    '无能',
    '差劲',
    '不靠谱',
    '态度问题',
    '借口',
    '马虎',
    '粗心',
    '拖后腿',
    '令人失望',
    '太差',
    '太慢',
    '又一次',
    '一如既往',
  ],
} as const satisfies Record<Locale, readonly string[]>;

const englishJudgmental = new RegExp(
  `(?<![\\p{L}'])(?:${judgmentalWords.en
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'))
    .join('|')})(?![\\p{L}'])`,
  'giu',
);

/** "Why is it late again?": blame in the shape of a question; "again" alone is harmless. */
const englishWhyAgain = /(?<![\p{L}'])why(?![\p{L}'])[^?.!]*(?<![\p{L}'])again(?![\p{L}'])/iu;

/** The judgmental or absolute words found in a text (lower-cased, in order of appearance). */
export function findJudgmentalWords(text: string): string[] {
  const normalized = normalizeApostrophes(text.normalize('NFKC'));
  const found = [...normalized.matchAll(englishJudgmental)].map((m) =>
    m[0].toLowerCase().replace(/\s+/gu, ' '),
  );
  if (englishWhyAgain.test(normalized)) found.push('why … again');
  for (const word of judgmentalWords['zh-CN']) {
    if (normalized.includes(word)) found.push(word);
  }
  return found;
}

// ── One question ──────────────────────────────────────────────────────────────

/** All problems of one question text, empty when it passes every rule. */
export function findQuestionProblems(text: string, locale: Locale): QuestionProblem[] {
  const trimmed = text.trim();
  if (trimmed === '') return ['empty'];
  const problems: QuestionProblem[] = [];
  if (trimmed.length > MAX_TEXT) problems.push('too_long');
  if (!looksLikeQuestion(trimmed)) problems.push('not_a_question');
  else if (!isOpenQuestion(trimmed, locale)) problems.push('closed');
  if (!isInLanguage(trimmed, locale)) problems.push('wrong_language');
  if (findJudgmentalWords(trimmed).length > 0) problems.push('judgmental');
  return problems;
}

// ── Untrusted text ────────────────────────────────────────────────────────────

/**
 * What a coaching question never contains, but a hostile or confused model might: a link to
 * send the manager somewhere, markup or code to render, or instructions aimed at a reader or
 * another model. Checked on model output only: the rules engine quotes the employee's own
 * words, which may name a web address.
 */
const unsafePatterns: readonly RegExp[] = [
  /\b(?:https?|ftp|file|javascript|data):/iu,
  /\bwww\.|\b[\w-]+\.(?:com|net|org|io|ai|app|dev|cn|co|info|biz|xyz|link|ly)\b/iu,
  /<\/?[a-z!][^>]*>|\]\(|```|`[^`]+`|&[a-z]+;|&#\d+;/iu,
  /\b(?:ignore|disregard|forget)\b.{0,40}\b(?:instructions?|above|previous|prompt|rules?)\b/iu,
  /\b(?:system prompt|as an ai|language model|assistant:|user:|system:)/iu,
  /(?:忽略|无视|忘记).{0,12}(?:指令|指示|提示|以上|之前|前面|规则)|系统提示|提示词|作为(?:一个)?(?:AI|人工智能|语言模型)/iu,
];

export function hasUnsafeContent(text: string): boolean {
  return unsafePatterns.some((pattern) => pattern.test(text));
}

/** Folds width, case, punctuation and spacing so near-identical questions compare equal. */
export function normalizeForDuplicateCheck(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

// ── A list of questions ───────────────────────────────────────────────────────

export interface QuestionSetOptions {
  locale: Locale;
  perStage: number;
  /** A tighter length than the contract's (the one the prompt asked a model for). */
  maxChars?: number;
  /** Drop questions with links, markup or instructions (model output). */
  rejectUnsafe?: boolean;
}

export type QuestionSetProblem =
  | { kind: 'stage_empty'; stage: GrowStage }
  | { kind: 'stage_over_limit'; stage: GrowStage; count: number }
  | { kind: 'out_of_order'; index: number }
  | { kind: 'duplicate'; index: number }
  | { kind: 'question'; index: number; problems: QuestionProblem[] };

/** Every broken invariant of a question list; empty when the list honours the contract. */
export function findQuestionSetProblems(
  questions: readonly GrowQuestion[],
  { locale, perStage }: QuestionSetOptions,
): QuestionSetProblem[] {
  const problems: QuestionSetProblem[] = [];
  const seen = new Set<string>();
  let lastStageIndex = 0;
  questions.forEach((question, index) => {
    const stageIndex = growStages.indexOf(question.stage);
    if (stageIndex < lastStageIndex) problems.push({ kind: 'out_of_order', index });
    lastStageIndex = Math.max(lastStageIndex, stageIndex);
    const key = normalizeForDuplicateCheck(question.text);
    if (seen.has(key)) problems.push({ kind: 'duplicate', index });
    seen.add(key);
    const questionProblems = findQuestionProblems(question.text, locale);
    if (questionProblems.length > 0) problems.push({ kind: 'question', index, problems: questionProblems });
  });
  for (const stage of growStages) {
    const count = questions.filter((q) => q.stage === stage).length;
    if (count === 0) problems.push({ kind: 'stage_empty', stage });
    if (count > perStage) problems.push({ kind: 'stage_over_limit', stage, count });
  }
  return problems;
}

export type DropReason = QuestionProblem | 'duplicate' | 'over_limit';

export interface SelectedQuestions {
  /** The questions that passed, ordered by stage, at most `perStage` each. */
  questions: GrowQuestion[];
  /** Why each dropped question was dropped (its first problem). */
  dropped: DropReason[];
  /** Stages left without any question: the list is unusable when this is not empty. */
  emptyStages: GrowStage[];
}

/**
 * Keeps the questions that pass every rule, first come first kept, trims each stage to
 * `perStage` and orders by stage. Used on model output, where one bad question should not
 * throw away nineteen good ones.
 */
export function selectValidQuestions(
  questions: readonly GrowQuestion[],
  { locale, perStage, maxChars, rejectUnsafe = false }: QuestionSetOptions,
): SelectedQuestions {
  const dropped: DropReason[] = [];
  const seen = new Set<string>();
  const byStage = new Map<GrowStage, GrowQuestion[]>(growStages.map((stage) => [stage, []]));
  for (const question of questions) {
    const text = question.text.trim();
    const problems = findQuestionProblems(text, locale);
    if (maxChars !== undefined && text.length > maxChars) problems.unshift('too_long');
    if (rejectUnsafe && hasUnsafeContent(text)) problems.unshift('unsafe');
    const firstProblem = problems[0];
    if (firstProblem !== undefined) {
      dropped.push(firstProblem);
      continue;
    }
    const key = normalizeForDuplicateCheck(text);
    if (seen.has(key)) {
      dropped.push('duplicate');
      continue;
    }
    const bucket = byStage.get(question.stage);
    if (!bucket) continue;
    if (bucket.length >= perStage) {
      dropped.push('over_limit');
      continue;
    }
    seen.add(key);
    bucket.push({ stage: question.stage, text });
  }
  const ordered = growStages.flatMap((stage) => byStage.get(stage) ?? []);
  const emptyStages = growStages.filter((stage) => (byStage.get(stage)?.length ?? 0) === 0);
  return { questions: ordered, dropped, emptyStages };
}
