import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  handleGrowRequest,
  MAX_BODY_BYTES,
  securityHeaders,
  type GrowEnv,
  type GrowHandlerDeps,
} from '../../../../../src/lib/grow/server/handler';
import { findQuestionSetProblems } from '../../../../../src/lib/grow/question-rules';
import { generateQuestions } from '../../../../../src/lib/grow/server/generate';
import {
  createSlidingWindowRateLimiter,
  GROW_RATE_LIMIT,
} from '../../../../../src/lib/grow/server/rate-limit';
import { growResponseSchema } from '../../../../../src/lib/grow/request';
import {
  goodReply,
  reply,
  startFakeOpenAiServer,
  type FakeHandler,
  type FakeOpenAiServer,
} from '../support/fake-openai-server';
import { enSheets, injectionSheet, zhSheets } from '../support/sample-sheets';

const URL_ = 'https://toolkit.example/api/grow-questions';
const SAME_ORIGIN = 'https://toolkit.example';

let server: FakeOpenAiServer;
const responses: Response[] = [];
const logged: string[] = [];

beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(URL_, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Calls the handler with a fresh, generous limiter (unless given) and records the response. */
async function call(request: Request, env: GrowEnv = {}, deps: GrowHandlerDeps = {}): Promise<Response> {
  const response = await handleGrowRequest(request, env, {
    rateLimiter: createSlidingWindowRateLimiter({ limit: 1_000, windowMs: 60_000 }),
    log: (event, code) => logged.push(`${event}:${code}`),
    ...deps,
  });
  responses.push(response.clone());
  return response;
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  return body.error;
}

const validEn = { locale: 'en', prep: enSheets['sales'], mode: 'rules' };
const validZh = { locale: 'zh-CN', prep: zhSheets['sales'], mode: 'rules' };

describe('handleGrowRequest()', () => {
  describe('200', () => {
    test('answers with rules questions in the requested language when mode is rules', async () => {
      const response = await call(post(validZh));
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Language')).toBe('zh-CN');
      const body = growResponseSchema.parse(await response.json());
      expect(body.source).toBe('rules');
      expect(body.fallbackReason).toBeUndefined();
      expect(findQuestionSetProblems(body.questions, { locale: 'zh-CN', perStage: 2 })).toEqual([]);
    });

    test('accepts a JSON content type with a charset and a same-origin Origin', async () => {
      const response = await call(
        post(validEn, { 'Content-Type': 'application/json; charset=UTF-8', Origin: SAME_ORIGIN }),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    });

    test('falls back to the rules with not_configured when no key is set', async () => {
      const response = await call(post({ ...validEn, mode: 'auto' }));
      expect(await response.json()).toMatchObject({ source: 'rules', fallbackReason: 'not_configured' });
    });

    test('honours perStage', async () => {
      const body = growResponseSchema.parse(await (await call(post({ ...validEn, perStage: 5 }))).json());
      expect(body.questions).toHaveLength(20);
    });

    test('quotes an injection attempt harmlessly in rules mode', async () => {
      const body = growResponseSchema.parse(
        await (await call(post({ locale: 'en', prep: injectionSheet, mode: 'rules' }))).json(),
      );
      expect(findQuestionSetProblems(body.questions, { locale: 'en', perStage: 2 })).toEqual([]);
    });
  });

  describe('AI mode against an OpenAI-compatible server', () => {
    const env = (): GrowEnv => ({
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: server.baseURL,
      OPENAI_MODEL: 'fake-model',
    });

    describe.each<[string, FakeHandler, 'ai' | 'rules', string | undefined]>([
      ['answers well', () => reply.ok(goodReply('en', 2)), 'ai', undefined],
      [
        'rejects json_schema, then answers in JSON mode',
        (req) =>
          (req.body['response_format'] as { type: string }).type === 'json_schema'
            ? reply.jsonSchemaUnsupported()
            : reply.ok(goodReply('en', 2)),
        'ai',
        undefined,
      ],
      ['answers malformed JSON', () => reply.ok('{"questions": ['), 'rules', 'invalid_output'],
      ['answers off-schema JSON', () => reply.ok({ result: 'ok' }), 'rules', 'invalid_output'],
      ['refuses', () => reply.refusal(), 'rules', 'refusal'],
      ['answers in the wrong language', () => reply.ok(goodReply('zh-CN', 2)), 'rules', 'wrong_language'],
      ['says 429', () => reply.error(429), 'rules', 'rate_limited'],
      ['says 500', () => reply.error(500), 'rules', 'upstream_error'],
      ['sends an HTML error page', () => reply.html(502), 'rules', 'upstream_error'],
      ['never answers', () => reply.hang(), 'rules', 'timeout'],
    ])('when the model %s', (_name, handler, source, fallbackReason) => {
      test(`answers 200 from ${source}${fallbackReason ? ` with fallbackReason ${fallbackReason}` : ''}`, async () => {
        server.reset(handler);
        const response = await call(post({ locale: 'en', prep: enSheets['sales'] }), env(), {
          aiTimeoutMs: 300,
        });
        expect(response.status).toBe(200);
        const body = growResponseSchema.parse(await response.json());
        expect(body.source).toBe(source);
        expect(body.fallbackReason).toBe(fallbackReason);
        expect(findQuestionSetProblems(body.questions, { locale: 'en', perStage: 2 })).toEqual([]);
      });
    });

    test('sends the prep sheet to the model only inside the user message', async () => {
      server.reset(() => reply.ok(goodReply('en', 2)));
      await call(post({ locale: 'en', prep: injectionSheet }), env());
      const messages = server.requests[0]!.body['messages'] as { role: string; content: string }[];
      expect(messages[0]!.content).not.toContain('Ignore previous instructions');
      expect(messages[1]!.content).toContain('Ignore previous instructions');
    });
  });

  describe('204', () => {
    test.each([[{}], [{ Origin: SAME_ORIGIN }]])(
      'answers OPTIONS from the same site with Allow (%j)',
      async (headers) => {
        const response = await call(new Request(URL_, { method: 'OPTIONS', headers }));
        expect(response.status).toBe(204);
        expect(response.headers.get('Allow')).toBe('GET, POST, OPTIONS');
        expect(await response.text()).toBe('');
      },
    );

    test('answers a preflight from an allowed origin with CORS headers', async () => {
      const response = await call(
        new Request(URL_, {
          method: 'OPTIONS',
          headers: { Origin: 'https://intranet.example.com', 'Access-Control-Request-Method': 'POST' },
        }),
        { ALLOWED_ORIGINS: 'https://intranet.example.com, https://hr.example.com' },
      );
      expect(response.status).toBe(204);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://intranet.example.com');
      expect(response.headers.get('Access-Control-Allow-Methods')).toBe('POST');
      expect(response.headers.get('Access-Control-Allow-Headers')).toBe('Content-Type');
    });
  });

  describe('400', () => {
    test.each([
      ['text that is not JSON', 'hello'],
      ['an empty body', ''],
      ['truncated JSON', '{"locale": "en", "prep": {'],
    ])('rejects %s as invalid_json', async (_name, body) => {
      const response = await call(post(body));
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('invalid_json');
    });

    test('rejects bytes that are not UTF-8 as invalid_json', async () => {
      const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
      const response = await call(
        new Request(URL_, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bytes }),
      );
      expect((await errorOf(response)).code).toBe('invalid_json');
    });

    test('names the invalid field in English for an English request', async () => {
      const response = await call(post({ locale: 'en', prep: { topics: ['a', 'b', 'c', 'd'] } }));
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('invalid_request');
      expect(error.message).toContain('prep.topics');
      expect(error.message).toMatch(/at most 3/u);
    });

    test('names the invalid field in Chinese for a Chinese request', async () => {
      const error = await errorOf(
        await call(post({ locale: 'zh-CN', prep: { topics: ['a'], metrics: [{ name: '' }] } })),
      );
      expect(error.message).toContain('prep.metrics[0].name');
      expect(error.message).toMatch(/不能为空/u);
    });

    test.each([
      ['en-US,en;q=0.9', /The field locale/u],
      ['zh-CN,zh;q=0.9', /字段 locale/u],
      [undefined, /字段 locale/u],
    ])('uses Accept-Language %j when the locale itself is invalid', async (acceptLanguage, pattern) => {
      const headers: Record<string, string> = acceptLanguage ? { 'Accept-Language': acceptLanguage } : {};
      const error = await errorOf(await call(post({ locale: 'de', prep: { topics: ['a'] } }, headers)));
      expect(error.message).toMatch(pattern);
    });

    test('rejects a perStage outside 1..5', async () => {
      const error = await errorOf(await call(post({ ...validEn, perStage: 0 })));
      expect(error.message).toContain('perStage');
    });
  });

  describe('403', () => {
    test.each(['https://evil.example', 'null', 'http://toolkit.example', 'https://toolkit.example:8443'])(
      'refuses a POST from origin %s',
      async (origin) => {
        const response = await call(post(validEn, { Origin: origin }));
        expect(response.status).toBe(403);
        expect((await errorOf(response)).code).toBe('forbidden_origin');
      },
    );

    test('refuses a preflight from a foreign origin', async () => {
      const response = await call(
        new Request(URL_, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } }),
      );
      expect(response.status).toBe(403);
    });

    test('lets an origin from ALLOWED_ORIGINS through with CORS headers, and ignores malformed entries', async () => {
      const env = { ALLOWED_ORIGINS: 'not a url,, https://intranet.example.com/some/path' };
      const response = await call(post(validEn, { Origin: 'https://intranet.example.com' }), env);
      expect(response.status).toBe(200);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://intranet.example.com');
      expect(response.headers.get('Vary')).toBe('Origin');
      expect((await call(post(validEn, { Origin: 'https://evil.example' }), env)).status).toBe(403);
    });
  });

  describe('405', () => {
    test.each(['PUT', 'DELETE', 'PATCH'])('refuses %s with Allow: GET, POST, OPTIONS', async (method) => {
      const response = await call(new Request(URL_, { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get('Allow')).toBe('GET, POST, OPTIONS');
      expect((await errorOf(response)).code).toBe('method_not_allowed');
    });

    test('answers in English when the browser prefers English', async () => {
      const error = await errorOf(
        await call(new Request(URL_, { method: 'PUT', headers: { 'Accept-Language': 'en-US' } })),
      );
      expect(error.message).toBe('This address only accepts GET (what it can do) and POST requests.');
    });
  });

  describe('GET: the capability answer', () => {
    test('says no AI when no key is configured', async () => {
      const response = await call(new Request(URL_), {});
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(await response.json()).toEqual({ ai: false });
    });

    test('says AI when a key is configured, and nothing about the key or the provider', async () => {
      const response = await call(new Request(URL_), {
        OPENAI_API_KEY: 'sk-secret',
        OPENAI_BASE_URL: 'https://api.deepseek.com/v1',
      });
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ ai: true });
      expect(text).not.toContain('sk-secret');
      expect(text).not.toContain('deepseek');
    });

    test('a blank key is no key', async () => {
      expect(await (await call(new Request(URL_), { OPENAI_API_KEY: '  ' })).json()).toEqual({ ai: false });
    });

    test('HEAD answers without a body; a foreign origin is refused', async () => {
      const head = await call(new Request(URL_, { method: 'HEAD' }));
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      const foreign = await call(new Request(URL_, { headers: { Origin: 'https://evil.example' } }));
      expect(foreign.status).toBe(403);
    });
  });

  describe('413', () => {
    test('refuses a declared Content-Length above 32 KiB before reading', async () => {
      const request = post(validEn, { 'Content-Length': String(MAX_BODY_BYTES + 1) });
      const response = await call(request);
      expect(response.status).toBe(413);
      expect((await errorOf(response)).code).toBe('payload_too_large');
    });

    test('refuses a body above 32 KiB that comes without a Content-Length', async () => {
      const big = new TextEncoder().encode(
        JSON.stringify({ ...validEn, padding: 'x'.repeat(MAX_BODY_BYTES) }),
      );
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < big.length; i += 4096) controller.enqueue(big.slice(i, i + 4096));
          controller.close();
        },
      });
      const init = {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit;
      const request = new Request(URL_, init);
      expect(request.headers.get('Content-Length')).toBeNull();
      const response = await call(request);
      expect(response.status).toBe(413);
    });

    test('accepts a body of exactly 32 KiB as far as size goes', async () => {
      const base = JSON.stringify(validEn);
      const padded = `${base.slice(0, -1)}${' '.repeat(MAX_BODY_BYTES - base.length)}}`;
      expect(new TextEncoder().encode(padded).length).toBe(MAX_BODY_BYTES);
      expect((await call(post(padded))).status).toBe(200);
    });
  });

  describe('415', () => {
    test.each([
      ['no content type', undefined],
      ['text/plain', 'text/plain'],
      ['a form', 'application/x-www-form-urlencoded'],
      ['a JSON look-alike', 'application/json-patch+json'],
    ])('refuses %s', async (_name, contentType) => {
      const headers: Record<string, string> = contentType ? { 'Content-Type': contentType } : {};
      const request = new Request(URL_, {
        method: 'POST',
        headers,
        body: new Blob([JSON.stringify(validEn)]),
      });
      if (!contentType) expect(request.headers.get('Content-Type')).toBeNull();
      const response = await call(request);
      expect(response.status).toBe(415);
      expect((await errorOf(response)).code).toBe('unsupported_media_type');
    });
  });

  describe('429', () => {
    test('refuses the 21st request within a minute from one IP, with Retry-After', async () => {
      let now = 0;
      const rateLimiter = createSlidingWindowRateLimiter({ ...GROW_RATE_LIMIT, now: () => now });
      const from = (ip: string) => post(validEn, { 'CF-Connecting-IP': ip });
      for (let i = 0; i < 20; i++) {
        expect((await call(from('203.0.113.7'), {}, { rateLimiter })).status).toBe(200);
        now += 1_000;
      }
      const refused = await call(from('203.0.113.7'), {}, { rateLimiter });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('Retry-After')).toBe('40');
      expect((await errorOf(refused)).code).toBe('rate_limited');
      expect((await call(from('198.51.100.1'), {}, { rateLimiter })).status).toBe(200);
      now += 40_000;
      expect((await call(from('203.0.113.7'), {}, { rateLimiter })).status).toBe(200);
    });

    test('counts a whole IPv6 /64 as one client, so rotating addresses does not help', async () => {
      const rateLimiter = createSlidingWindowRateLimiter({ ...GROW_RATE_LIMIT, now: () => 0 });
      const from = (ip: string) => post(validEn, { 'CF-Connecting-IP': ip });
      for (let i = 0; i < 20; i++) {
        expect((await call(from(`2001:db8:aa:bb:${i.toString(16)}::1`), {}, { rateLimiter })).status).toBe(
          200,
        );
      }
      expect((await call(from('2001:db8:aa:bb:ffff:1:2:3'), {}, { rateLimiter })).status).toBe(429);
      expect((await call(from('2001:db8:aa:bc::1'), {}, { rateLimiter })).status).toBe(200);
    });
  });

  describe('500', () => {
    test('turns an unexpected error into a generic JSON message without a stack', async () => {
      const boom = () => Promise.reject(new TypeError('secret detail at /srv/app/handler.ts:12'));
      const response = await call(
        post({ ...validEn, prep: { topics: ['my private topic'] } }),
        {},
        { generate: boom },
      );
      expect(response.status).toBe(500);
      const text = await response.clone().text();
      expect(text).not.toMatch(/secret detail|handler\.ts|at |TypeError|private topic/u);
      expect((await errorOf(response)).code).toBe('internal_error');
      expect(logged.at(-1)).toBe('internal_error:TypeError');
    });

    test('refuses to send an answer that breaks the response schema', async () => {
      const broken = () => Promise.resolve({ questions: [], source: 'rules' as const });
      const response = await call(post(validEn), {}, { generate: broken });
      expect(response.status).toBe(500);
    });
  });

  test("passes the client's abort signal to the generator, so a browser that leaves stops the model call", async () => {
    const controller = new AbortController();
    const request = new Request(post(validEn), { signal: controller.signal });
    let received: AbortSignal | undefined;
    const generate: NonNullable<GrowHandlerDeps['generate']> = (parsed, _env, options) => {
      received = options.signal;
      return generateQuestions(parsed, {}, options);
    };
    expect((await call(request, {}, { generate })).status).toBe(200);
    expect(received).toBeDefined();
    expect(received?.aborted).toBe(false);
    controller.abort();
    expect(received?.aborted).toBe(true);
  });

  test('uses a default limiter of 20 a minute per IP when none is injected', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const response = await handleGrowRequest(
        post(validEn, { 'CF-Connecting-IP': '192.0.2.99' }),
        {},
        { log: () => undefined },
      );
      statuses.push(response.status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.at(-1)).toBe(429);
  });

  test('logs only event codes, never the prep sheet', async () => {
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    server.reset(() => reply.error(500, 'upstream said: my private topic'));
    const secret = 'my private topic about a colleague';
    const env = { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: server.baseURL };
    await handleGrowRequest(post({ locale: 'en', prep: { topics: [secret] } }), env, {
      rateLimiter: createSlidingWindowRateLimiter({ limit: 10, windowMs: 1_000 }),
    });
    const printed = consoleSpies.flatMap((spy) => spy.mock.calls.map((args) => args.map(String).join(' ')));
    expect(printed).toEqual(['[grow-questions] ai_fallback: upstream_error:500']);
    expect(logged.join('\n')).not.toContain('private');
  });

  test('puts the security headers on every response it gave in these tests', () => {
    expect(responses.length).toBeGreaterThan(40);
    const statuses = new Set(responses.map((r) => r.status));
    expect([...statuses].sort()).toEqual([200, 204, 400, 403, 405, 413, 415, 429, 500]);
    for (const response of responses) {
      for (const [name, value] of Object.entries(securityHeaders))
        expect(response.headers.get(name)).toBe(value);
    }
  });
});
