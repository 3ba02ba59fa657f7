import { handleGrowRequest, type GrowEnv } from '../../src/lib/grow/handler';

/**
 * Cloudflare Pages Function for `/api/grow-questions`: a thin adapter over
 * `handleGrowRequest`, which implements the whole HTTP contract (methods, origin, size,
 * rate limit, validation, AI with rules fallback). Settings come from the Pages project's
 * environment variables or, locally, from `.dev.vars` (see `.dev.vars.example`).
 */

/**
 * The part of Cloudflare's `EventContext` this function uses, declared here so the project
 * needs no `@cloudflare/workers-types` and type-checks with the DOM `Request`/`Response`.
 */
export interface PagesFunctionContext<Env> {
  request: Request;
  env: Env;
  waitUntil(promise: Promise<unknown>): void;
}

export type PagesFunction<Env> = (context: PagesFunctionContext<Env>) => Response | Promise<Response>;

/** Bindings as Pages provides them: strings for plain-text variables and secrets. */
export interface GrowFunctionEnv extends GrowEnv {
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_MODEL?: string;
  ALLOWED_ORIGINS?: string;
}

/** Every method lands here so that the handler can answer 405/204 itself. */
export const onRequest: PagesFunction<GrowFunctionEnv> = (context) =>
  handleGrowRequest(context.request, context.env);
