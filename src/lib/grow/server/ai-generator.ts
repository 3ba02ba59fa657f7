import type OpenAI from 'openai';
import { APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { PromptRequest } from './prompt';
import { provideServerSections } from '../../i18n/server-sections';
import type { GrowQuestion } from '../question';
import { interpretCompletion, type AiFailureReason } from './model-reply';
import {
  buildCompletionRequest,
  isResponseFormatRejected,
  tokenFieldAskedFor,
  tokenLimitField,
  type ResponseFormatMode,
  type TokenLimitField,
} from './model-request';

export type { AiFailureReason, ResponseFormatMode, TokenLimitField };

/**
 * Drafts GROW questions with any OpenAI-compatible chat endpoint and checks the answer
 * against the same rules as the built-in engine (`model-request.ts` shapes the call,
 * `model-reply.ts` reads the answer). It never throws: every way the model or the network
 * can fail becomes `{ type: 'error', reason }`, and the caller falls back.
 */

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

/**
 * At most two calls: the second only when the first was rejected for its response format
 * (then in JSON mode) or its token field, or failed transiently, and only while the time
 * budget lasts. Never throws.
 */
export async function generateAiQuestions(request: PromptRequest, options: AiOptions): Promise<AiResult> {
  try {
    // The instructions name the request's language in its own dictionary's words.
    provideServerSections();
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
