import type { Locale } from '../i18n/locales';
import { withoutQuotes } from './quotes';

/**
 * Open or closed: whether a question invites an answer in the other person's own words, or
 * can be answered with a plain yes or no. Quoted words (the employee's own) never count.
 */

/** Straight apostrophes for curly ones and backticks, so "didn’t" reads as "didn't". */
export function normalizeApostrophes(text: string): string {
  return text.replace(/[’‘`´]/gu, "'");
}

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
