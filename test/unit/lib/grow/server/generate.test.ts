import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AiResult } from '../../../../../src/lib/grow/server/ai-generator';
import { createOpenAiClient, generateQuestions } from '../../../../../src/lib/grow/server/generate';
import { findQuestionSetProblems } from '../../../../../src/lib/grow/question-rules';
import { growRequestSchema } from '../../../../../src/lib/grow/request';
import { generateRulesQuestions } from '../../../../../src/lib/grow/rules-engine';
import {
  goodReply,
  reply,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
} from '../support/fake-openai-server';
import { zhSheets } from '../support/sample-sheets';

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(async () => {
  await server.close();
});

const request = growRequestSchema.parse({ locale: 'zh-CN', prep: zhSheets['engineering'], perStage: 2 });
const config = () => ({
  OPENAI_API_KEY: 'test-key',
  OPENAI_BASE_URL: server.baseURL,
  OPENAI_MODEL: 'fake-model',
});

describe('generateQuestions()', () => {
  test('uses the rules engine without any network call when mode is rules', async () => {
    server.reset(() => reply.ok(goodReply('zh-CN')));
    const response = await generateQuestions({ ...request, mode: 'rules' }, config());
    expect(response).toEqual({ questions: generateRulesQuestions(request), source: 'rules' });
    expect(server.requests).toHaveLength(0);
  });

  test.each([{}, { OPENAI_API_KEY: '' }, { OPENAI_API_KEY: '   ' }])(
    'falls back with not_configured when the key is missing (%j)',
    async (env) => {
      const response = await generateQuestions(request, env);
      expect(response).toMatchObject({ source: 'rules', fallbackReason: 'not_configured' });
    },
  );

  test('returns the model questions with source ai', async () => {
    server.reset(() => reply.ok(goodReply('zh-CN')));
    const response = await generateQuestions(request, config());
    expect(response.source).toBe('ai');
    expect(response.fallbackReason).toBeUndefined();
    expect(findQuestionSetProblems(response.questions, { locale: 'zh-CN', perStage: 2 })).toEqual([]);
    expect(server.requests[0]!.body['model']).toBe('fake-model');
  });

  test('uses gpt-4o-mini when no model is configured', async () => {
    server.reset(() => reply.ok(goodReply('zh-CN')));
    await generateQuestions(request, { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: server.baseURL });
    expect(server.requests[0]!.body['model']).toBe('gpt-4o-mini');
  });

  test('falls back to the rules with the reason and reports the AI outcome', async () => {
    server.reset(() => reply.error(429));
    const outcomes: AiResult[] = [];
    const response = await generateQuestions(request, config(), { onAiResult: (r) => outcomes.push(r) });
    expect(response).toEqual({
      questions: generateRulesQuestions(request),
      source: 'rules',
      fallbackReason: 'rate_limited',
    });
    expect(outcomes).toEqual([{ type: 'error', reason: 'rate_limited', status: 429 }]);
  });

  test('falls back with timeout within the time budget', async () => {
    server.reset(() => reply.hang());
    const response = await generateQuestions(request, config(), { timeoutMs: 200 });
    expect(response).toMatchObject({ source: 'rules', fallbackReason: 'timeout' });
  });

  test('passes the seed to the rules engine', async () => {
    const response = await generateQuestions({ ...request, mode: 'rules' }, {}, { seed: 9 });
    expect(response.questions).toEqual(generateRulesQuestions(request, { seed: 9 }));
  });
});

describe('createOpenAiClient()', () => {
  test('returns no client without a key', () => {
    expect(createOpenAiClient({})).toBeUndefined();
  });

  test('uses the OpenAI API when no base URL is set', () => {
    expect(createOpenAiClient({ OPENAI_API_KEY: 'k' })?.baseURL).toBe('https://api.openai.com/v1');
  });

  test('uses the configured base URL', () => {
    expect(
      createOpenAiClient({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: ' https://api.deepseek.com/v1 ' })?.baseURL,
    ).toBe('https://api.deepseek.com/v1');
  });
});
