import '../../zod-setup';
import { APIError } from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { ResponseFormatJSONSchema } from 'openai/resources/shared';
import * as z from 'zod/mini';
import { buildGrowMessages, type PromptRequest } from './prompt';
import { growStages } from '../question';

/**
 * What is sent to an OpenAI-compatible chat endpoint, and how a provider's refusal of a
 * request field reads: the parts that differ between providers (structured output or plain
 * JSON mode, which token cap field).
 */

/** `json_schema` = strict structured output; `json_object` = plain JSON mode, for providers without it. */
export type ResponseFormatMode = 'json_schema' | 'json_object';

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
