import { afterEach, expect, test, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../../../../src/lib/i18n/ui/zh-CN-sections');
  vi.doUnmock('../../../../../src/lib/i18n/ui/en-sections');
  vi.resetModules();
});

/**
 * The test setup loads every language's words; a Worker has only what it bundled. Here the
 * handler starts fresh and the browser's loader lists fail if anything reaches for them: the
 * function's words (errors, request problems, instructions) must come with it.
 */
test('the function answers in both languages without the browser’s section loaders', async () => {
  const unreachable = () => {
    throw new Error('the function must not load dictionary sections');
  };
  vi.resetModules();
  vi.doMock('../../../../../src/lib/i18n/ui/zh-CN-sections', unreachable);
  vi.doMock('../../../../../src/lib/i18n/ui/en-sections', unreachable);
  const { handleGrowRequest } = await import('../../../../../src/lib/grow/server/handler');
  const { createSlidingWindowRateLimiter } = await import('../../../../../src/lib/grow/server/rate-limit');
  const deps = {
    rateLimiter: createSlidingWindowRateLimiter({ limit: 100, windowMs: 60_000 }),
    log: () => {},
  };
  const post = (body: unknown, acceptLanguage: string) =>
    handleGrowRequest(
      new Request('https://toolkit.example/api/grow-questions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': acceptLanguage },
        body: JSON.stringify(body),
      }),
      {},
      deps,
    );

  const english = await post({ locale: 'en', prep: { topics: ['a', 'b', 'c', 'd'] } }, 'en');
  expect(english.status).toBe(400);
  expect(((await english.json()) as { error: { message: string } }).error.message).toMatch(/at most 3/u);

  const chinese = await post({ locale: 'zh-CN', prep: { topics: ['a'], metrics: [{ name: '' }] } }, 'zh-CN');
  expect(chinese.status).toBe(400);
  expect(((await chinese.json()) as { error: { message: string } }).error.message).toMatch(/\p{Script=Han}/u);

  const generated = await post(
    { locale: 'en', prep: { topics: ['Late replies to new clients'] }, mode: 'rules' },
    'en',
  );
  expect(generated.status).toBe(200);
});
