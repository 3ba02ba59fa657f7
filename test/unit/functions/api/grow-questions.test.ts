import { describe, expect, test } from 'vitest';
import {
  onRequest,
  resetSiteDefaultLocale,
  type GrowFunctionEnv,
  type PagesFunctionContext,
} from '../../../../functions/api/grow-questions';

function context(request: Request, env: GrowFunctionEnv = {}): PagesFunctionContext<GrowFunctionEnv> {
  return { request, env, waitUntil: () => undefined };
}

const url = 'https://toolkit.pages.dev/api/grow-questions';

describe('onRequest (Cloudflare Pages adapter)', () => {
  test('answers a POST with questions from the rules engine when no key is configured', async () => {
    const request = new Request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '198.51.100.20' },
      body: JSON.stringify({ locale: 'en', prep: { topics: ['Release stability'] } }),
    });
    const response = await onRequest(context(request));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ source: 'rules', fallbackReason: 'not_configured' });
  });

  test('answers GET with the capability, read from the environment', async () => {
    const response = await onRequest(
      context(new Request(url, { headers: { 'CF-Connecting-IP': '198.51.100.21' } })),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ai: false });
  });

  test('leaves other methods to the handler (405 with Allow)', async () => {
    const response = await onRequest(
      context(new Request(url, { method: 'PUT', headers: { 'CF-Connecting-IP': '198.51.100.21' } })),
    );
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, POST, OPTIONS');
  });

  test('reads ALLOWED_ORIGINS from the environment', async () => {
    const request = new Request(url, {
      method: 'OPTIONS',
      headers: { Origin: 'https://intranet.example.com' },
    });
    const allowed = await onRequest(context(request, { ALLOWED_ORIGINS: 'https://intranet.example.com' }));
    expect(allowed.status).toBe(204);
    const refused = await onRequest(context(request.clone(), {}));
    expect(refused.status).toBe(403);
  });

  test('speaks the site’s default language (from its root manifest) to a caller who names none', async () => {
    const manifests: string[] = [];
    const assets = (lang: string) => ({
      fetch: (input: Request | string) => {
        manifests.push(typeof input === 'string' ? input : input.url);
        return Promise.resolve(Response.json({ lang }));
      },
    });
    const bad = () =>
      new Request(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': '198.51.100.30' },
        body: JSON.stringify({ prep: { topics: [] } }),
      });
    const messageOf = async (response: Response) =>
      ((await response.json()) as { error: { message: string } }).error.message;

    resetSiteDefaultLocale();
    const english = await onRequest(context(bad(), { ASSETS: assets('en') }));
    expect(english.status).toBe(400);
    const message = await messageOf(english);
    expect(message).toMatch(/[a-z]{3}/);
    expect(message).not.toMatch(/[\u4e00-\u9fff]/);
    expect(manifests).toEqual(['https://toolkit.pages.dev/manifest.webmanifest']);

    resetSiteDefaultLocale();
    const chinese = await onRequest(context(bad(), { ASSETS: assets('zh-CN') }));
    expect(await messageOf(chinese)).toMatch(/[\u4e00-\u9fff]/);

    // Unreadable: the built-in default, zh-CN.
    resetSiteDefaultLocale();
    const broken = { fetch: () => Promise.reject(new Error('no assets')) };
    expect(await messageOf(await onRequest(context(bad(), { ASSETS: broken })))).toMatch(/[\u4e00-\u9fff]/);
    resetSiteDefaultLocale();
  });
});
