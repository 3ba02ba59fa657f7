import OpenAI from 'openai';
import { readCapped } from '../../streams/read-capped';
import {
  DEFAULT_AI_TIMEOUT_MS,
  generateAiQuestions,
  ReplyTooLargeError,
  type AiResult,
} from './ai-generator';
import type { FallbackReason, GrowRequest, GrowResponse } from '../request';
import { generateRulesQuestions, loadPhrasingBook } from '../rules-engine';

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

/**
 * The most a model's reply may weigh. A reply for five questions per stage is a few KB; a
 * hostile or broken endpoint that streams megabytes is cut off here and the rules answer.
 */
export const MAX_MODEL_REPLY_BYTES = 64 * 1024;

/** Why the settings cannot reach a model, or undefined when they can. */
export type AiConfigProblem = 'no_key' | 'invalid_base_url' | 'insecure_base_url';

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || /^127(?:\.\d{1,3}){3}$/u.test(hostname) || hostname === '[::1]';
}

/**
 * A key is required; the base URL and model have defaults. The prep sheet travels to the base
 * URL, so plain `http://` is refused except on this machine (a local Ollama, say).
 */
export function aiConfigProblem(config: GrowAiConfig): AiConfigProblem | undefined {
  if (configured(config.OPENAI_API_KEY) === undefined) return 'no_key';
  const baseUrl = configured(config.OPENAI_BASE_URL);
  if (baseUrl === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return 'invalid_base_url';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') return isLoopback(url.hostname) ? undefined : 'insecure_base_url';
  return 'invalid_base_url';
}

/** Whether a model is configured and reachable by the rules above. */
export function isAiConfigured(config: GrowAiConfig): boolean {
  return aiConfigProblem(config) === undefined;
}

/** `fetch` that stops reading a reply past `limit` bytes (and then throws `ReplyTooLargeError`). */
export function replySizeCappedFetch(limit: number, base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    const read = await readCapped(response.body, limit);
    if (read.type === 'too_large') throw new ReplyTooLargeError(limit);
    const headers = new Headers(response.headers);
    // The body is already decoded and counted: these would describe another body.
    headers.delete('content-encoding');
    headers.delete('content-length');
    return new Response(read.bytes, { status: response.status, statusText: response.statusText, headers });
  };
}

/**
 * A client that reads nothing from the process environment (the values come from the
 * caller), never logs (a log line could carry the prep sheet) and never retries on its own
 * (the AI generator owns the retry and the time budget).
 */
export function createOpenAiClient(config: GrowAiConfig, fetchImpl?: typeof fetch): OpenAI | undefined {
  const apiKey = configured(config.OPENAI_API_KEY);
  if (!apiKey || aiConfigProblem(config) !== undefined) return undefined;
  return new OpenAI({
    fetch: replySizeCappedFetch(MAX_MODEL_REPLY_BYTES, fetchImpl),
    apiKey,
    baseURL: configured(config.OPENAI_BASE_URL) ?? DEFAULT_OPENAI_BASE_URL,
    organization: null,
    project: null,
    maxRetries: 0,
    logLevel: 'off',
  });
}

/** The rules' answer, in the request's language: its phrasing book loads first (only that one). */
async function rulesResponse(
  request: GrowRequest,
  options: GenerateOptions,
  fallbackReason?: FallbackReason,
): Promise<GrowResponse> {
  await loadPhrasingBook(request.locale);
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
