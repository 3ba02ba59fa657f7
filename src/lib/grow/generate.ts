import OpenAI from 'openai';
import { DEFAULT_AI_TIMEOUT_MS, generateAiQuestions, type AiResult } from './ai-generator';
import type { FallbackReason, GrowRequest, GrowResponse } from './request';
import { generateRulesQuestions } from './rules-engine';

/**
 * One entry point for "give me questions": the rules engine when asked for it or when no
 * model is configured, otherwise the AI model with the rules engine as the safety net.
 */

/** The server settings that matter here, as environment variables name them. */
export interface GrowAiConfig {
  /** Without it, every request is answered by the rules engine (`not_configured`). */
  OPENAI_API_KEY?: string | undefined;
  /** Any OpenAI-compatible endpoint; the OpenAI API when empty. */
  OPENAI_BASE_URL?: string | undefined;
  /** The model, or the deployment name on Azure. */
  OPENAI_MODEL?: string | undefined;
}

export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';
export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';

export interface GenerateOptions {
  /** Time budget for the model; 20 s by default. */
  timeoutMs?: number;
  /** Aborts the model call (the caller went away). */
  signal?: AbortSignal;
  /** Seed for the rules engine ("another set"). */
  seed?: number | string;
  /** Called once with the AI outcome when the model was tried; for logging codes, never text. */
  onAiResult?: (result: AiResult) => void;
}

function configured(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Whether a model is configured: a non-empty key. The base URL and model have defaults. */
export function isAiConfigured(config: GrowAiConfig): boolean {
  return configured(config.OPENAI_API_KEY) !== undefined;
}

/**
 * A client that reads nothing from the process environment (the values come from the
 * caller), never logs (a log line could carry the prep sheet) and never retries on its own
 * (the AI generator owns the retry and the time budget).
 */
export function createOpenAiClient(config: GrowAiConfig): OpenAI | undefined {
  const apiKey = configured(config.OPENAI_API_KEY);
  if (!apiKey) return undefined;
  return new OpenAI({
    apiKey,
    baseURL: configured(config.OPENAI_BASE_URL) ?? DEFAULT_OPENAI_BASE_URL,
    organization: null,
    project: null,
    maxRetries: 0,
    logLevel: 'off',
  });
}

function rulesResponse(
  request: GrowRequest,
  options: GenerateOptions,
  fallbackReason?: FallbackReason,
): GrowResponse {
  const questions = generateRulesQuestions(request, options.seed === undefined ? {} : { seed: options.seed });
  return fallbackReason === undefined
    ? { questions, source: 'rules' }
    : { questions, source: 'rules', fallbackReason };
}

/** Never throws for model trouble: any failure there ends on the rules with a reason. */
export async function generateQuestions(
  request: GrowRequest,
  config: GrowAiConfig,
  options: GenerateOptions = {},
): Promise<GrowResponse> {
  if (request.mode === 'rules') return rulesResponse(request, options);
  const client = createOpenAiClient(config);
  if (!client) return rulesResponse(request, options, 'not_configured');

  const result = await generateAiQuestions(request, {
    client,
    model: configured(config.OPENAI_MODEL) ?? DEFAULT_OPENAI_MODEL,
    timeoutMs: options.timeoutMs ?? DEFAULT_AI_TIMEOUT_MS,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  options.onAiResult?.(result);
  if (result.type === 'success') return { questions: result.questions, source: 'ai' };
  return rulesResponse(request, options, result.reason);
}
