import type { Locale } from '../i18n/locales';
import { MAX_TEXT } from './prep-sheet';
import { growStages, type GrowQuestion, type GrowStage } from './question';
import { findJudgmentalWords } from './judgmental-words';
import { isInLanguage } from './question-language';
import { isOpenQuestion, looksLikeQuestion } from './question-shape';
import { withoutQuotes } from './quotes';

/**
 * The invariants every GROW question list must satisfy, as pure checks. The rules engine
 * uses them to reject its own candidates, the AI generator to drop bad model output, and
 * the tests to check both; so "open", "in the right language" and "not judgmental" mean
 * the same thing everywhere. The checks of one kind live beside this file
 * (`question-shape.ts`, `question-language.ts`, `judgmental-words.ts`); this is their one
 * entry point.
 */

export type QuestionProblem =
  'empty' | 'too_long' | 'not_a_question' | 'closed' | 'wrong_language' | 'judgmental' | 'unsafe';

export { withoutQuotes };
export { isOpenQuestion, looksLikeQuestion } from './question-shape';
export { countScripts, isInLanguage, languageThresholds, type ScriptCounts } from './question-language';
export { findJudgmentalWords, judgmentalWords } from './judgmental-words';

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
