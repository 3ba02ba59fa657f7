import '../../zod-setup';
import type OpenAI from 'openai';
import { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
} from 'openai/resources/chat/completions';
import type { ResponseFormatJSONSchema } from 'openai/resources/shared';
import * as z from 'zod/mini';
import { buildGrowMessages, loadPromptWords, SUGGESTED_QUESTION_CHARS, type PromptRequest } from './prompt';
import { growQuestionSchema, growStages, type GrowQuestion } from '../question';
import { selectValidQuestions, type DropReason } from '../question-rules';
import type { FallbackReason } from '../request';

/**
 * Drafts GROW questions with any OpenAI-compatible chat endpoint and checks the answer
 * against the same rules as the built-in engine. It never throws: every way the model or
 * the network can fail becomes `{ type: 'error', reason }`, and the caller falls back.
 */

export type AiFailureReason = Exclude<FallbackReason, 'not_configured'>;

export type AiResult =
  | {
      type: 'success';
      /** Valid questions, ordered by stage, at most `perStage` each. */
      questions: GrowQuestion[];
      /** Which structured-output mode the provider accepted. */
      responseFormat: ResponseFormatMode;
    }
  | {
      type: 'error';
      reason: AiFailureReason;
      /** The provider's HTTP status when there was one: for the operator's log, not the user. */
      status?: number;
    };

/** `json_schema` = strict structured output; `json_object` = plain JSON mode, for providers without it. */
export type ResponseFormatMode = 'json_schema' | 'json_object';

export interface AiOptions {
  client: OpenAI;
  /** The model (or, on Azure, the deployment) name. */
  model: string;
  /** One budget for all attempts together; the contract promises an answer within 20 s. */
  timeoutMs?: number;
  /** Aborts the call, e.g. when the browser went away. */
  signal?: AbortSignal;
  /** Start in JSON mode, for a provider already known to reject `json_schema`. */
  responseFormat?: ResponseFormatMode;
  /** Which token cap field to send; see `tokenLimitField`. */
  tokenLimitField?: TokenLimitField;
}

export const DEFAULT_AI_TIMEOUT_MS = 20_000;

/** A reply that went past the size cap (thrown by the client's `fetch`, see generate.ts). */
export class ReplyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The model's reply is larger than ${limit} bytes.`);
    this.name = 'ReplyTooLargeError';
  }
}

/** The SDK wraps what its `fetch` throws (as `cause`); find our own error in that chain. */
function isReplyTooLarge(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth++) {
    if (current instanceof ReplyTooLargeError) return true;
    current = current.cause;
  }
  return false;
}

/**
 * The shape the model is asked to return. Lengths and counts are left out on purpose:
 * strict structured output rejects some length keywords on some providers, and counts are
 * enforced afterwards by question-rules, which can trim instead of failing.
 */
export const modelReplySchema = z.strictObject({
  questions: z.array(z.strictObject({ stage: z.enum(growStages), text: z.string() })),
});

/**
 * The strict `json_schema` response format, from zod 4's own converter. openai's
 * `zodResponseFormat` helper produces the same schema here but pulls zod 3 and a vendored
 * converter into the function bundle (about 270 KB unminified) for a schema this simple.
 */
export const jsonSchemaResponseFormat = {
  type: 'json_schema',
  json_schema: {
    name: 'grow_questions',
    strict: true,
    schema: z.toJSONSchema(modelReplySchema, { target: 'draft-7' }),
  },
} as const satisfies ResponseFormatJSONSchema;

/**
 * Newer OpenAI models accept only `max_completion_tokens`; most compatible servers
 * (DeepSeek, DashScope, Ollama, vLLM) know only `max_tokens`.
 */
export type TokenLimitField = 'max_tokens' | 'max_completion_tokens';

export function tokenLimitField(baseURL: string): TokenLimitField {
  try {
    const host = new URL(baseURL).hostname;
    return host === 'api.openai.com' || host.endsWith('.openai.azure.com')
      ? 'max_completion_tokens'
      : 'max_tokens';
  } catch {
    return 'max_tokens';
  }
}

/** Enough for `perStage` questions per stage with JSON around them, and no more. */
export function maxTokensFor(perStage: number): number {
  return 400 + perStage * 4 * 150;
}

export function buildCompletionRequest(
  request: PromptRequest,
  model: string,
  format: ResponseFormatMode,
  limitField: TokenLimitField,
): ChatCompletionCreateParamsNonStreaming {
  const body: ChatCompletionCreateParamsNonStreaming = {
    model,
    messages: buildGrowMessages(request),
    response_format: format === 'json_schema' ? jsonSchemaResponseFormat : { type: 'json_object' },
  };
  body[limitField] = maxTokensFor(request.perStage);
  return body;
}

/**
 * A 400/422 that complains about the response format means the provider has no strict
 * structured output (DeepSeek, older Ollama, Azure API versions before 2024-08-01…);
 * JSON mode plus the shape in the prompt is the next best thing.
 */
export function isResponseFormatRejected(error: unknown): boolean {
  if (!(error instanceof APIError) || (error.status !== 400 && error.status !== 422)) return false;
  const text = `${error.message} ${error.param ?? ''} ${error.code ?? ''}`.toLowerCase();
  return /response_format|json_schema|structured output|json schema|schema/u.test(text);
}

/**
 * Which token field a 400 asks for instead, if that is what it complains about: OpenAI's
 * reasoning models refuse `max_tokens`, some compatible servers refuse `max_completion_tokens`.
 */
export function tokenFieldAskedFor(error: unknown, current: TokenLimitField): TokenLimitField | undefined {
  if (!(error instanceof APIError) || error.status !== 400) return undefined;
  const text = `${error.message} ${error.param ?? ''}`.toLowerCase();
  if (!text.includes(current)) return undefined;
  return current === 'max_tokens' ? 'max_completion_tokens' : 'max_tokens';
}

function isTransient(error: unknown): boolean {
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) return false;
  if (!(error instanceof APIError)) return false;
  // No status: the connection failed. 5xx: the provider hiccupped. 429 is not retried at
  // once: the provider has just said to slow down, and the rules answer is immediate.
  return error.status === undefined || error.status >= 500 || error.status === 408;
}

function classifyError(error: unknown): { reason: AiFailureReason; status?: number } {
  if (error instanceof APIConnectionTimeoutError) return { reason: 'timeout' };
  if (error instanceof APIError) {
    const status = typeof error.status === 'number' ? error.status : undefined;
    if (status === 429) return { reason: 'rate_limited', status };
    return status === undefined ? { reason: 'upstream_error' } : { reason: 'upstream_error', status };
  }
  // A 200 whose body is not JSON at all makes the SDK throw while parsing it.
  if (error instanceof SyntaxError) return { reason: 'invalid_output' };
  return { reason: 'upstream_error' };
}

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

/**
 * At most two calls: the second only when the first was rejected for its response format
 * (then in JSON mode) or its token field, or failed transiently, and only while the time
 * budget lasts. Never throws.
 */
export async function generateAiQuestions(request: PromptRequest, options: AiOptions): Promise<AiResult> {
  try {
    // The instructions name the request's language in its own dictionary's words.
    await loadPromptWords(request.locale);
    return await callModel(request, options);
  } catch {
    // Defensive: callModel handles every failure it knows; this keeps the promise of never throwing.
    return { type: 'error', reason: 'upstream_error' };
  }
}

async function callModel(request: PromptRequest, options: AiOptions): Promise<AiResult> {
  const { client, model } = options;
  const timeoutMs = Math.max(1, options.timeoutMs ?? DEFAULT_AI_TIMEOUT_MS);
  const startedAt = Date.now();
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  let limitField = options.tokenLimitField ?? tokenLimitField(client.baseURL);
  let format: ResponseFormatMode = options.responseFormat ?? 'json_schema';

  for (let attempt = 0; attempt < 2; attempt++) {
    const remaining = timeoutMs - (Date.now() - startedAt);
    if (remaining <= 0) return { type: 'error', reason: 'timeout' };
    try {
      const completion = await client.chat.completions.create(
        buildCompletionRequest(request, model, format, limitField),
        {
          signal,
          timeout: remaining,
          // The SDK's own retries would wait with backoff past our budget; we retry at most once here.
          maxRetries: 0,
        },
      );
      const outcome = interpretCompletion(completion, request);
      return outcome.type === 'success' ? { ...outcome, responseFormat: format } : outcome;
    } catch (error) {
      if (options.signal?.aborted) return { type: 'error', reason: 'aborted' };
      if (deadline.aborted) return { type: 'error', reason: 'timeout' };
      if (isReplyTooLarge(error)) return { type: 'error', reason: 'invalid_output' };
      const isLastAttempt = attempt === 1;
      if (!isLastAttempt && format === 'json_schema' && isResponseFormatRejected(error)) {
        format = 'json_object';
        continue;
      }
      const askedFor = isLastAttempt ? undefined : tokenFieldAskedFor(error, limitField);
      if (askedFor) {
        limitField = askedFor;
        continue;
      }
      if (!isLastAttempt && isTransient(error)) continue;
      return { type: 'error', ...classifyError(error) };
    }
  }
  return { type: 'error', reason: 'upstream_error' };
}
