import { sectionNames } from '../../../../../src/lib/i18n/section-names';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { parseGrowRequest } from '../../../../../src/lib/grow/request';
import { generateRulesQuestions } from '../../../../../src/lib/grow/rules-engine';
import { buildSystemMessage } from '../../../../../src/lib/grow/server/prompt';
import { dictionaries } from '../../../../../src/lib/i18n';
import { locales } from '../../../../../src/lib/i18n/locales';
import {
  goodReply,
  reply,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
} from '../support/fake-openai-server';
import { enSheets, zhSheets } from '../support/sample-sheets';

/**
 * The test setup loads every language's words and phrasing books before any test
 * (`test/support/load-all-sections.ts`). Here a fresh copy of the modules starts with none,
 * as the function does in a new isolate: the handler must have what it answers with (error
 * sentences, request problems and the prompt's words, which it carries in every language
 * (`server-sections.ts`), and the rules' phrasing book, which it loads in the request's
 * language only). The answers must match those of the preloaded modules.
 */
let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(async () => {
  await server.close();
});

const sheets = { 'zh-CN': zhSheets['sales']!, en: enSheets['sales']! } as const;

function post(body: unknown, headers: Record<string, string>): Request {
  return new Request('https://toolkit.example/api/grow-questions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('the function answers from fresh modules, loading one language', () => {
  test.each(locales)('%s', async (locale) => {
    vi.resetModules();
    const { handleGrowRequest } = await import('../../../../../src/lib/grow/server/handler');
    const { createSlidingWindowRateLimiter } = await import('../../../../../src/lib/grow/server/rate-limit');
    const sections = await import('../../../../../src/lib/i18n/sections');
    const books = await import('../../../../../src/lib/grow/phrasing-books');
    const call = (request: Request, env = {}) =>
      handleGrowRequest(request, env, {
        rateLimiter: createSlidingWindowRateLimiter({ limit: 1_000, windowMs: 60_000 }),
        defaultLocale: locale,
        log: () => undefined,
      });
    const headers = { 'Accept-Language': locale };

    const refused = await call(
      new Request('https://toolkit.example/api/grow-questions', { method: 'POST', headers, body: 'x' }),
    );
    expect(refused.status).toBe(415);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      dictionaries[locale]['grow.error.unsupported_media_type'],
    );

    const badBody = { locale, prep: { topics: [] }, perStage: 9 };
    const invalid = await call(post(badBody, headers));
    expect(invalid.status).toBe(400);
    const expected = parseGrowRequest(badBody);
    expect(expected.type).toBe('error');
    expect(((await invalid.json()) as { error: { message: string } }).error.message).toBe(
      expected.type === 'error' ? expected.problem.message : '',
    );

    const request = { locale, prep: sheets[locale], perStage: 2 };
    const rules = await call(post({ ...request, mode: 'rules' }, headers));
    expect(rules.status).toBe(200);
    expect(((await rules.json()) as { questions: unknown }).questions).toEqual(
      generateRulesQuestions(request),
    );

    server.reset(() => reply.ok(goodReply(locale, 2)));
    const env = { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: server.baseURL };
    const ai = await call(post(request, headers), env);
    expect(((await ai.json()) as { source: string }).source).toBe('ai');
    const messages = server.requests[0]!.body['messages'] as { content: string }[];
    expect(messages[0]!.content).toBe(buildSystemMessage(request));

    const others = locales.filter((one) => one !== locale);
    const present = sectionNames.filter((name) => locales.some((one) => sections.isSectionLoaded(one, name)));
    expect(present.sort()).toEqual(['grow-errors', 'grow-prompt', 'grow-request']);
    for (const other of others)
      expect(() => books.phrasingBook(other)).toThrow(books.PhrasingBookNotLoadedError);
  });
});
