import { handleGrowRequest, type GrowEnv } from '../../src/lib/grow/server/handler';
import { isLocale, type Locale } from '../../src/lib/i18n/locales';

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
  /** The site's static files (Pages binds it for every function). */
  ASSETS?: { fetch(request: Request | string): Promise<Response> };
}

/**
 * The site's default language, as content/settings.yaml set it at build time: the root web
 * app manifest (`/manifest.webmanifest`) is the default language's, and says which in `lang`.
 * The function is bundled apart from the Astro build, so this is how it follows the setting
 * without a second copy. Read once per isolate; `undefined` (the built-in zh-CN) if unreadable.
 */
let siteDefault: Promise<Locale | undefined> | undefined;
export function readSiteDefaultLocale(request: Request, env: GrowFunctionEnv): Promise<Locale | undefined> {
  if (!env.ASSETS) return Promise.resolve(undefined);
  siteDefault ??= env.ASSETS.fetch(new URL('/manifest.webmanifest', request.url).href)
    .then((response) => (response.ok ? (response.json() as Promise<{ lang?: unknown }>) : undefined))
    .then((manifest) => (isLocale(manifest?.lang) ? manifest.lang : undefined))
    .catch(() => undefined);
  return siteDefault;
}

/** Forgets the language read, for tests. */
export function resetSiteDefaultLocale(): void {
  siteDefault = undefined;
}

/** Every method lands here so that the handler can answer 405/204 itself. */
export const onRequest: PagesFunction<GrowFunctionEnv> = async (context) =>
  handleGrowRequest(context.request, context.env, {
    defaultLocale: await readSiteDefaultLocale(context.request, context.env),
  });
