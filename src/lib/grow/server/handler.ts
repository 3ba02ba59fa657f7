import { defaultLocale, type Locale } from '../../i18n/locales';
import type { AiResult } from './ai-generator';
import { generateQuestions, isAiConfigured, type GenerateOptions, type GrowAiConfig } from './generate';
import { errorMessage, type ErrorCode, type FixedMessageCode } from './handler-messages';
import { provideServerSections } from '../../i18n/server-sections';
import {
  GROW_RATE_LIMIT,
  createSlidingWindowRateLimiter,
  rateLimitKey,
  type RateLimiter,
} from './rate-limit';
import {
  growResponseSchema,
  localeFromAcceptLanguage,
  parseGrowRequest,
  type GrowRequest,
  type GrowResponse,
} from '../request';
import { readCapped } from '../../streams/read-capped';

/**
 * `POST /api/grow-questions` as a plain `Request → Response` function, free of any hosting
 * framework, so the Cloudflare adapter stays a one-liner and the tests call it directly.
 */

/** The environment the handler reads; all values are plain strings. */
export interface GrowEnv extends GrowAiConfig {
  /** Extra origins allowed to call the function, comma- or space-separated (e.g. an intranet portal). */
  ALLOWED_ORIGINS?: string | undefined;
}

export interface GrowHandlerDeps {
  /** Defaults to one limiter per isolate: 20 requests a minute per client IP. */
  rateLimiter?: RateLimiter;
  /** The generator; replaceable in tests (e.g. to make it throw). */
  generate?: (request: GrowRequest, config: GrowAiConfig, options: GenerateOptions) => Promise<GrowResponse>;
  /**
   * The site's default language (content/settings.yaml), for messages to a caller that
   * names no language the site has. The function reads it from the deployed site; the
   * build's own default (zh-CN outside the build) otherwise.
   */
  defaultLocale?: Locale | undefined;
  /** Time budget for the model; tests use a short one. */
  aiTimeoutMs?: number;
  /** Receives event names and codes only: the prep sheet is never logged. */
  log?: (event: string, code: string) => void;
}

/** `GET /api/grow-questions`: what the function can do, without sending any prep text. */
export interface GrowCapability {
  /** A model is configured (OPENAI_API_KEY is set); without one every answer comes from the rules. */
  ai: boolean;
}

/** The contract's request size limit. */
export const MAX_BODY_BYTES = 32 * 1024;

const ALLOWED_METHODS = 'GET, POST, OPTIONS';

/** Sent on every response: this is a JSON API that no page should frame, sniff or cache. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy':
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const defaultRateLimiter = createSlidingWindowRateLimiter(GROW_RATE_LIMIT);

function defaultLog(event: string, code: string): void {
  console.warn(`[grow-questions] ${event}: ${code}`);
}

function json(
  status: number,
  body: unknown,
  extraHeaders: Record<string, string> = {},
  withBody = true,
): Response {
  const headers = new Headers({ ...securityHeaders, ...extraHeaders });
  return new Response(withBody ? JSON.stringify(body) : null, { status, headers });
}

function errorResponse(
  status: number,
  code: ErrorCode,
  message: string,
  extraHeaders: Record<string, string> = {},
  withBody = true,
): Response {
  return json(status, { error: { code, message } }, extraHeaders, withBody);
}

function fixedError(
  status: number,
  code: FixedMessageCode,
  locale: Locale,
  extra: Record<string, string> = {},
  withBody = true,
) {
  return errorResponse(status, code, errorMessage(locale, code), extra, withBody);
}

/** The origins allowed besides the function's own. */
export function parseAllowedOrigins(value: string | undefined): Set<string> {
  const origins = new Set<string>();
  for (const entry of (value ?? '').split(/[\s,]+/u)) {
    if (entry === '') continue;
    try {
      origins.add(new URL(entry).origin);
    } catch {
      // A typo in the setting must not open the door or take the function down; skip it.
    }
  }
  return origins;
}

type OriginVerdict =
  { type: 'none' } | { type: 'same' } | { type: 'allowed'; origin: string } | { type: 'forbidden' };

/**
 * Browsers send Origin on cross-site POSTs; a request without one (curl, server-to-server)
 * is not a cross-site browser request, so only a present, foreign Origin is refused.
 */
function judgeOrigin(request: Request, env: GrowEnv): OriginVerdict {
  const origin = request.headers.get('Origin');
  if (origin === null) return { type: 'none' };
  if (origin === new URL(request.url).origin) return { type: 'same' };
  if (origin !== 'null' && parseAllowedOrigins(env.ALLOWED_ORIGINS).has(origin))
    return { type: 'allowed', origin };
  return { type: 'forbidden' };
}

function corsHeaders(verdict: OriginVerdict): Record<string, string> {
  return verdict.type === 'allowed' ? { 'Access-Control-Allow-Origin': verdict.origin, Vary: 'Origin' } : {};
}

function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  return (value.split(';')[0] ?? '').trim().toLowerCase() === 'application/json';
}

function decodeJson(bytes: Uint8Array): { type: 'ok'; value: unknown } | { type: 'invalid' } {
  try {
    // `fatal`: malformed UTF-8 is an invalid body, not text with replacement characters.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { type: 'ok', value: JSON.parse(text) };
  } catch {
    return { type: 'invalid' };
  }
}

function clientKey(request: Request): string {
  // Cloudflare sets CF-Connecting-IP itself and overwrites any value a client sends.
  return rateLimitKey(request.headers.get('CF-Connecting-IP'));
}

function aiLogCode(result: AiResult): string {
  if (result.type === 'success') return `ai_ok:${result.responseFormat}`;
  return result.status === undefined ? result.reason : `${result.reason}:${result.status}`;
}

export async function handleGrowRequest(
  request: Request,
  env: GrowEnv,
  deps: GrowHandlerDeps = {},
): Promise<Response> {
  const log = deps.log ?? defaultLog;
  const fallback = deps.defaultLocale ?? defaultLocale;
  let locale: Locale = fallback;
  try {
    const acceptLanguage = request.headers.get('Accept-Language');
    locale = localeFromAcceptLanguage(acceptLanguage, fallback);
    // Any answer may be an error in the caller's language, or a request problem in the
    // body's: the function carries its words in every language.
    provideServerSections();
    const method = request.method.toUpperCase();
    const origin = judgeOrigin(request, env);

    if (method === 'OPTIONS') {
      if (origin.type === 'forbidden') return fixedError(403, 'forbidden_origin', locale);
      const preflight =
        origin.type === 'allowed'
          ? {
              'Access-Control-Allow-Methods': 'POST',
              'Access-Control-Allow-Headers': 'Content-Type',
              'Access-Control-Max-Age': '600',
            }
          : {};
      return new Response(null, {
        status: 204,
        headers: new Headers({
          ...securityHeaders,
          Allow: ALLOWED_METHODS,
          ...corsHeaders(origin),
          ...preflight,
        }),
      });
    }
    if (method === 'GET' || method === 'HEAD') {
      // The capability answer: whether a model is configured, so the page offers AI only
      // then. It reads no request body and says nothing about the key or the provider.
      if (origin.type === 'forbidden') return fixedError(403, 'forbidden_origin', locale);
      const capability: GrowCapability = { ai: isAiConfigured(env) };
      return json(200, capability, corsHeaders(origin), method === 'GET');
    }
    if (method !== 'POST') {
      // HEAD must not carry a body; the status and headers say the same thing.
      return fixedError(405, 'method_not_allowed', locale, { Allow: ALLOWED_METHODS }, method !== 'HEAD');
    }
    if (origin.type === 'forbidden') return fixedError(403, 'forbidden_origin', locale);
    const cors = corsHeaders(origin);

    const decision = (deps.rateLimiter ?? defaultRateLimiter).check(clientKey(request));
    if (!decision.allowed) {
      return fixedError(429, 'rate_limited', locale, {
        ...cors,
        'Retry-After': String(decision.retryAfterSeconds),
      });
    }
    if (!isJsonContentType(request.headers.get('Content-Type'))) {
      return fixedError(415, 'unsupported_media_type', locale, cors);
    }
    const declaredLength = Number(request.headers.get('Content-Length') ?? '0');
    if (Number.isFinite(declaredLength) && declaredLength > MAX_BODY_BYTES) {
      return fixedError(413, 'payload_too_large', locale, cors);
    }
    const body = await readCapped(request.body, MAX_BODY_BYTES);
    if (body.type === 'too_large') return fixedError(413, 'payload_too_large', locale, cors);
    const decoded = decodeJson(body.bytes);
    if (decoded.type === 'invalid') return fixedError(400, 'invalid_json', locale, cors);

    // A problem with the body is worded in the body's language (else the caller's), which is
    // also the answer's from here on.
    const parsed = parseGrowRequest(decoded.value, acceptLanguage, fallback);
    if (parsed.type === 'error') {
      return errorResponse(400, 'invalid_request', parsed.problem.message, {
        ...cors,
        'Content-Language': parsed.problem.locale,
      });
    }
    locale = parsed.request.locale;

    const generate = deps.generate ?? generateQuestions;
    const response = await generate(parsed.request, env, {
      ...(deps.aiTimeoutMs === undefined ? {} : { timeoutMs: deps.aiTimeoutMs }),
      signal: request.signal,
      onAiResult: (result) => {
        if (result.type === 'error') log('ai_fallback', aiLogCode(result));
      },
    });
    // The generators are tested against the contract; this keeps a bug from leaking a
    // malformed answer to the page, which trusts the shape.
    const checked = growResponseSchema.safeParse(response);
    if (!checked.success) {
      log('invalid_response', 'schema');
      return fixedError(500, 'internal_error', locale, cors);
    }
    return json(200, checked.data, { ...cors, 'Content-Language': locale });
  } catch (error) {
    log('internal_error', error instanceof Error ? error.name : 'unknown');
    return fixedError(500, 'internal_error', locale);
  }
}
