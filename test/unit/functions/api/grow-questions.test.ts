import { describe, expect, test } from 'vitest';
import {
  onRequest,
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
});
