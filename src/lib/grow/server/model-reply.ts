import '../../zod-setup';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import * as z from 'zod/mini';
import { SUGGESTED_QUESTION_CHARS, type PromptRequest } from './prompt';
import { growQuestionSchema, type GrowQuestion } from '../question';
import { selectValidQuestions, type DropReason } from '../question-rules';
import type { FallbackReason } from '../request';

/**
 * Reading a model's reply: untrusted text that should hold JSON questions. Whatever shape it
 * has, the questions that come out passed the same rules as the built-in engine's.
 */

/** Why a model's answer was not used (the caller then falls back to the rules engine). */
export type AiFailureReason = Exclude<FallbackReason, 'not_configured'>;

/** Models in JSON mode sometimes wrap the object in a Markdown fence or a sentence. */
export function extractJson(content: string): unknown {
  const trimmed = content.trim();
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/u.exec(trimmed);
  const candidate = fenced?.[1] ?? trimmed;
  try {
    return JSON.parse(candidate);
  } catch {
    const start = candidate.indexOf('{');
    const end = candidate.lastIndexOf('}');
    if (start === -1 || end <= start) return undefined;
    try {
      return JSON.parse(candidate.slice(start, end + 1));
    } catch {
      return undefined;
    }
  }
}

const looseReplySchema = z.object({ questions: z.array(z.unknown()) });
const stageKeyedReplySchema = z.record(z.string(), z.array(z.unknown()));

/**
 * The list of question-like items in a reply. Besides the requested shape, JSON mode
 * sometimes yields `{ "goal": ["…"], "reality": […] }`; both carry the same information.
 */
function replyItems(json: unknown): unknown[] | undefined {
  const requested = looseReplySchema.safeParse(json);
  if (requested.success) return requested.data.questions;
  const byStage = stageKeyedReplySchema.safeParse(json);
  if (!byStage.success) return undefined;
  const items = Object.entries(byStage.data).flatMap(([stage, texts]) =>
    texts.map((text) => (typeof text === 'string' ? { stage, text } : text)),
  );
  return items.length > 0 ? items : undefined;
}

/**
 * Keeps `stage` and `text` only, tolerating "Goal" or " reality " as a stage name and a
 * list marker ("1.", "-", "•") the model put in front of a question.
 */
function normalizeItem(item: unknown): unknown {
  if (typeof item !== 'object' || item === null) return item;
  const record = item as Record<string, unknown>;
  const stage = typeof record['stage'] === 'string' ? record['stage'].trim().toLowerCase() : record['stage'];
  const text =
    typeof record['text'] === 'string'
      ? record['text'].replace(/^\s*(?:\d{1,2}[.)、:]|[-*•])\s+/u, '')
      : record['text'];
  return { stage, text };
}

/**
 * Reads one completion: refusal, JSON, shape, then the question rules. Individual bad
 * questions are dropped and extra ones trimmed; only a stage left empty fails the reply.
 */
export function interpretCompletion(
  completion: ChatCompletion,
  request: PromptRequest,
): { type: 'success'; questions: GrowQuestion[] } | { type: 'error'; reason: AiFailureReason } {
  // Some servers answer 200 with an HTML page or another object; `choices` is then absent.
  const choice = Array.isArray(completion?.choices) ? completion.choices[0] : undefined;
  if (!choice?.message) return { type: 'error', reason: 'invalid_output' };
  const { message } = choice;
  if (
    (typeof message.refusal === 'string' && message.refusal.trim() !== '') ||
    choice.finish_reason === 'content_filter'
  ) {
    return { type: 'error', reason: 'refusal' };
  }
  if (typeof message.content !== 'string' || message.content.trim() === '') {
    return { type: 'error', reason: 'invalid_output' };
  }
  const items = replyItems(extractJson(message.content));
  if (!items) return { type: 'error', reason: 'invalid_output' };

  const wellFormed: GrowQuestion[] = [];
  const dropped: (DropReason | 'malformed')[] = [];
  for (const item of items) {
    const parsed = growQuestionSchema.safeParse(normalizeItem(item));
    if (parsed.success) wellFormed.push(parsed.data);
    else dropped.push('malformed');
  }
  // Model output is untrusted: no links, markup or instructions, and no longer than asked.
  const selected = selectValidQuestions(wellFormed, {
    ...request,
    maxChars: SUGGESTED_QUESTION_CHARS,
    rejectUnsafe: true,
  });
  if (selected.emptyStages.length === 0) return { type: 'success', questions: selected.questions };

  const allDropped = [...dropped, ...selected.dropped];
  const wrongLanguage = allDropped.filter((reason) => reason === 'wrong_language').length;
  return {
    type: 'error',
    reason: wrongLanguage > 0 && wrongLanguage * 2 >= allDropped.length ? 'wrong_language' : 'invalid_output',
  };
}
