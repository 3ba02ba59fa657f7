import { growResponseSchema, type FallbackReason, type GrowRequest } from '../../lib/grow/request';
import type { GrowQuestion } from '../../lib/grow/question';
import { loadRulesEngine } from '../../lib/grow/load-rules-engine';

/** The function's address on the same origin. */
export const GROW_ENDPOINT = '/api/grow-questions';
/** A little longer than the function's own 20 s limit for the model, so its answer can arrive. */
const CLIENT_TIMEOUT_MS = 25_000;

/** Why the page used its in-browser rules instead of the function's answer. */
export type LocalFallbackReason =
  /** The browser says it has no network: nothing was sent. */
  | 'offline'
  /** The site has no function (a plain static host) or the network is down. */
  | 'unreachable'
  /** The function did not answer in time. */
  | 'client_timeout'
  /** The function answered something that is not the contract (an HTML page, a broken body). */
  | 'bad_response'
  /** The function refused: too many requests. */
  | 'rate_limited_here'
  /** The function answered with an error (its message is shown). */
  | 'server_error';

export type GenerationOutcome = {
  questions: GrowQuestion[];
  source: 'ai' | 'rules';
  /** Set when the function ended on its rules engine: its reason. */
  serverReason?: FallbackReason;
  /** Set when the page fell back to its own rules engine. */
  localReason?: LocalFallbackReason;
  /** The function's own error message, already in the user's language. */
  serverMessage?: string;
  /** Seconds to wait, from Retry-After, when rate limited. */
  retryAfter?: number;
};

/** The exact body sent to the function in AI mode: shown to the user before they send it. */
export function aiRequestBody(request: Omit<GrowRequest, 'mode'>): string {
  return JSON.stringify({ ...request, mode: 'auto' }, null, 2);
}

/**
 * The rules engine and the page's language's phrasing book load on the first "generate", not
 * with the page: opening /questions/ stays within its JavaScript budget, and offline the
 * service worker has the chunks precached.
 */
async function rules(
  request: Omit<GrowRequest, 'mode'>,
  seed: number,
  localReason?: LocalFallbackReason,
): Promise<GenerationOutcome> {
  const { generateRulesQuestions } = await loadRulesEngine(request.locale);
  return {
    questions: generateRulesQuestions(request, { seed }),
    source: 'rules',
    ...(localReason ? { localReason } : {}),
  };
}

/**
 * Generates questions. "rules" runs the engine in this browser and sends nothing. "ai" asks
 * the site's function; when it cannot be reached, times out, or answers something off the
 * contract, the page still generates with its own rules engine and says why.
 */
export async function generateQuestions(
  request: Omit<GrowRequest, 'mode'>,
  mode: 'ai' | 'rules',
  seed: number,
  fetchImpl: typeof fetch = fetch,
  isOnline: () => boolean = () => typeof navigator === 'undefined' || navigator.onLine !== false,
): Promise<GenerationOutcome> {
  if (mode === 'rules') return rules(request, seed);
  // Offline (a train, a workshop room's Wi-Fi), the request could not leave: don't try.
  if (!isOnline()) return rules(request, seed, 'offline');

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CLIENT_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetchImpl(GROW_ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: aiRequestBody(request),
      signal: controller.signal,
    });
  } catch {
    const reason = controller.signal.aborted ? 'client_timeout' : isOnline() ? 'unreachable' : 'offline';
    return rules(request, seed, reason);
  } finally {
    clearTimeout(timer);
  }

  // A static host answers 404 (or 405) with its own page: there is no function here.
  if (response.status === 404 || (response.status === 405 && !isJson(response))) {
    return rules(request, seed, 'unreachable');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return rules(request, seed, 'bad_response');
  }
  if (response.ok) {
    const parsed = growResponseSchema.safeParse(body);
    if (!parsed.success) return rules(request, seed, 'bad_response');
    return {
      questions: parsed.data.questions,
      source: parsed.data.source,
      ...(parsed.data.fallbackReason ? { serverReason: parsed.data.fallbackReason } : {}),
    };
  }
  const message = errorMessageOf(body);
  const outcome = await rules(request, seed, response.status === 429 ? 'rate_limited_here' : 'server_error');
  const retryAfter = Number(response.headers.get('Retry-After'));
  return {
    ...outcome,
    ...(message ? { serverMessage: message } : {}),
    ...(response.status === 429 && Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfter } : {}),
  };
}

function isJson(response: Response): boolean {
  return (response.headers.get('Content-Type') ?? '').includes('application/json');
}

function errorMessageOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && message.length <= 500 ? message : undefined;
}

/**
 * Whether the site has an AI model: `GET /api/grow-questions` answers `{ "ai": boolean }`
 * without receiving any prep text. A static host, a network error or any other answer means
 * no: the page then offers only the built-in rules. Offline it does not ask: the function is
 * never cached, and the rules are what an offline page can offer.
 */
export async function fetchAiAvailable(fetchImpl: typeof fetch = fetch): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  try {
    const response = await fetchImpl(GROW_ENDPOINT, { headers: { Accept: 'application/json' } });
    if (!response.ok || !isJson(response)) return false;
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && (body as { ai?: unknown }).ai === true;
  } catch {
    return false;
  }
}
