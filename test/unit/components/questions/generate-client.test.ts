import { describe, expect, test } from 'vitest';
import { generateQuestions } from '../../../../src/components/questions/generate-client';
import { growStages } from '../../../../src/lib/grow/question';

const request = { locale: 'en' as const, prep: { topics: ['Shift handover notes'] }, perStage: 2 };

function fakeFetch(respond: () => Response | Promise<Response>): typeof fetch {
  return () => Promise.resolve(respond());
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const aiAnswer = {
  questions: growStages.map((stage) => ({ stage, text: `What would help most with the ${stage} of this?` })),
  source: 'ai',
};

describe('generateQuestions()', () => {
  test('runs the rules engine locally and sends nothing in rules mode', async () => {
    let called = false;
    const outcome = await generateQuestions(
      request,
      'rules',
      0,
      fakeFetch(() => {
        called = true;
        return json(aiAnswer);
      }),
    );
    expect(called).toBe(false);
    expect(outcome.source).toBe('rules');
    expect(outcome.localReason).toBeUndefined();
    expect(new Set(outcome.questions.map((q) => q.stage))).toEqual(new Set(growStages));
  });

  test('uses the function’s answer when it keeps the contract', async () => {
    const outcome = await generateQuestions(
      request,
      'ai',
      0,
      fakeFetch(() => json(aiAnswer)),
    );
    expect(outcome.source).toBe('ai');
    expect(outcome.questions).toEqual(aiAnswer.questions);
  });

  test('passes on the function’s own fallback reason', async () => {
    const rules = { ...aiAnswer, source: 'rules', fallbackReason: 'not_configured' };
    const outcome = await generateQuestions(
      request,
      'ai',
      0,
      fakeFetch(() => json(rules)),
    );
    expect(outcome).toMatchObject({ source: 'rules', serverReason: 'not_configured' });
  });

  test.each([
    [
      'a static host with no function (404 page)',
      () => new Response('<!doctype html>', { status: 404 }),
      'unreachable',
    ],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), 'unreachable'],
    [
      'an HTML page with status 200',
      () => new Response('<!doctype html><p>hi</p>', { status: 200 }),
      'bad_response',
    ],
    ['JSON off the contract', () => json({ questions: [{ stage: 'goal', text: 'x' }] }), 'bad_response'],
    [
      'a server error',
      () => json({ error: { code: 'internal_error', message: 'Something went wrong.' } }, 500),
      'server_error',
    ],
  ] as const)('falls back to the in-browser rules on %s', async (_name, respond, reason) => {
    const outcome = await generateQuestions(request, 'ai', 0, fakeFetch(respond));
    expect(outcome.source).toBe('rules');
    expect(outcome.localReason).toBe(reason);
    expect(outcome.questions.length).toBeGreaterThanOrEqual(growStages.length);
  });

  test('reports Retry-After and the server’s message when rate limited', async () => {
    const outcome = await generateQuestions(
      request,
      'ai',
      0,
      fakeFetch(() =>
        json({ error: { code: 'rate_limited', message: 'Too many requests.' } }, 429, {
          'Retry-After': '42',
        }),
      ),
    );
    expect(outcome).toMatchObject({
      localReason: 'rate_limited_here',
      retryAfter: 42,
      serverMessage: 'Too many requests.',
    });
  });

  test('says it is offline and sends nothing when the browser has no network', async () => {
    let called = false;
    const outcome = await generateQuestions(
      request,
      'ai',
      0,
      fakeFetch(() => {
        called = true;
        return json(aiAnswer);
      }),
      () => false,
    );
    expect(called).toBe(false);
    expect(outcome).toMatchObject({ source: 'rules', localReason: 'offline' });
    expect(outcome.questions.length).toBeGreaterThan(0);
  });

  test('calls a failed request offline when the network dropped during it', async () => {
    let online = true;
    const outcome = await generateQuestions(
      request,
      'ai',
      0,
      () => {
        online = false;
        return Promise.reject(new TypeError('Failed to fetch'));
      },
      () => online,
    );
    expect(outcome.localReason).toBe('offline');
  });

  test('gives another set for another seed', async () => {
    const sheet = {
      ...request,
      prep: {
        topics: ['Shift handover notes', 'Training the new starter'],
        puzzles: ['Why do audits keep slipping?'],
      },
    };
    const a = await generateQuestions(sheet, 'rules', 1);
    const b = await generateQuestions(sheet, 'rules', 2);
    expect(a.questions).not.toEqual(b.questions);
  });
});
