import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateAiQuestions, type AiResult } from '../../../../../src/lib/grow/server/ai-generator';
import { extractJson } from '../../../../../src/lib/grow/server/model-reply';
import {
  buildCompletionRequest,
  isResponseFormatRejected,
  jsonSchemaResponseFormat,
  maxTokensFor,
  modelReplySchema,
  tokenLimitField,
} from '../../../../../src/lib/grow/server/model-request';
import { findQuestionSetProblems } from '../../../../../src/lib/grow/question-rules';
import type { Locale } from '../../../../../src/lib/i18n/locales';
import {
  goodReply,
  reply,
  startFakeOpenAiServer,
  type FakeHandler,
  type FakeOpenAiServer,
} from '../support/fake-openai-server';
import { enSheets, injectionSheet, zhSheets } from '../support/sample-sheets';

let server: FakeOpenAiServer;
let client: OpenAI;

beforeAll(async () => {
  server = await startFakeOpenAiServer();
  client = new OpenAI({ apiKey: 'test-key', baseURL: server.baseURL, maxRetries: 0, logLevel: 'off' });
});

afterAll(async () => {
  await server.close();
});

const enRequest = { locale: 'en' as Locale, prep: enSheets['sales']!, perStage: 2 };
const zhRequest = { locale: 'zh-CN' as Locale, prep: zhSheets['sales']!, perStage: 2 };

async function run(handler: FakeHandler, request = enRequest, timeoutMs = 2_000): Promise<AiResult> {
  server.reset(handler);
  return generateAiQuestions(request, { client, model: 'fake-model', timeoutMs });
}

describe('generateAiQuestions()', () => {
  test('returns the model questions when it answers well', async () => {
    const result = await run(() => reply.ok(goodReply('en', 2)));
    expect(result).toMatchObject({ type: 'success', responseFormat: 'json_schema' });
    if (result.type !== 'success') return;
    expect(findQuestionSetProblems(result.questions, { locale: 'en', perStage: 2 })).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  test('works in Chinese too', async () => {
    const result = await run(() => reply.ok(goodReply('zh-CN', 2)), zhRequest);
    expect(result.type).toBe('success');
  });

  test('sends the sheet in the user message, the rules in the system message and a strict json_schema', async () => {
    await run(() => reply.ok(goodReply('en', 2)), { ...enRequest, prep: injectionSheet });
    const body = server.requests[0]!.body as {
      messages: { role: string; content: string }[];
      response_format: { type: string; json_schema: { strict: boolean; schema: unknown } };
      max_tokens: number;
      model: string;
    };
    expect(body.model).toBe('fake-model');
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[0]!.content).not.toContain('Ignore previous instructions');
    expect(body.messages[1]!.content).toContain('Ignore previous instructions');
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.strict).toBe(true);
    expect(body.max_tokens).toBe(maxTokensFor(2));
    expect(server.requests[0]!.headers['authorization']).toBe('Bearer test-key');
  });

  test('trims a stage with too many questions to perStage instead of rejecting the answer', async () => {
    const result = await run(() => reply.ok(goodReply('en', 5)));
    if (result.type !== 'success') throw new Error(`expected success, got ${result.reason}`);
    expect(result.questions).toHaveLength(8);
  });

  test('drops closed, judgmental and duplicate questions and keeps the rest', async () => {
    const answer = goodReply('en', 2);
    answer.questions.push(
      { stage: 'goal', text: 'Do you want to hit the target?' },
      { stage: 'reality', text: 'Why do you always miss deadlines?' },
      { stage: 'options', text: answer.questions[4]!.text },
    );
    answer.questions.unshift({ stage: 'will', text: 'Will you commit?' });
    const result = await run(() => reply.ok(answer), { ...enRequest, perStage: 3 });
    if (result.type !== 'success') throw new Error(`expected success, got ${result.reason}`);
    expect(result.questions.map((q) => q.text)).not.toContain('Will you commit?');
    expect(findQuestionSetProblems(result.questions, { locale: 'en', perStage: 3 })).toEqual([]);
  });

  test('accepts a stage name in another case and JSON wrapped in a Markdown fence', async () => {
    const answer = goodReply('en', 1).questions.map((q) => ({ ...q, stage: q.stage.toUpperCase() }));
    const result = await run(() =>
      reply.ok(`Here you go:\n\`\`\`json\n${JSON.stringify({ questions: answer })}\n\`\`\``),
    );
    expect(result.type).toBe('success');
  });

  test('accepts questions grouped by stage, a shape JSON mode sometimes returns', async () => {
    const grouped = {
      goal: ['What matters most to you?'],
      reality: ['Where do things stand?'],
      options: ['Which options do you see?'],
      will: ['What will you do first?'],
    };
    expect((await run(() => reply.ok(grouped))).type).toBe('success');
  });

  describe.each<[string, FakeHandler, AiResult['type'], string | undefined]>([
    [
      'malformed JSON content',
      () => reply.ok('{"questions": [ {"stage": "goal", "text": '),
      'error',
      'invalid_output',
    ],
    ['an empty content', () => reply.ok(''), 'error', 'invalid_output'],
    ['off-schema JSON', () => reply.ok({ answer: 'Here are some questions: …' }), 'error', 'invalid_output'],
    [
      'a stage missing',
      () => reply.ok({ questions: goodReply('en', 2).questions.filter((q) => q.stage !== 'will') }),
      'error',
      'invalid_output',
    ],
    ['a refusal', () => reply.refusal(), 'error', 'refusal'],
    ['a content filter stop', () => reply.contentFilter(), 'error', 'refusal'],
    ['the wrong language', () => reply.ok(goodReply('zh-CN', 2)), 'error', 'wrong_language'],
    ['429', () => reply.error(429, 'Rate limit reached', { 'retry-after': '20' }), 'error', 'rate_limited'],
    ['500', () => reply.error(500), 'error', 'upstream_error'],
    ['401', () => reply.error(401, 'Incorrect API key provided'), 'error', 'upstream_error'],
    ['an HTML error page (502)', () => reply.html(502), 'error', 'upstream_error'],
    ['an HTML page with status 200', () => reply.html(200), 'error', 'invalid_output'],
    [
      'a 200 whose body is broken JSON',
      () => ({ kind: 'text', body: '{"choices": [', contentType: 'application/json' }),
      'error',
      'invalid_output',
    ],
    ['a 200 with an unrelated JSON object', () => reply.raw({ status: 'ok' }), 'error', 'invalid_output'],
  ])('when the provider answers with %s', (_name, handler, type, reason) => {
    test(`ends in ${reason ?? type}`, async () => {
      const result = await run(handler);
      expect(result.type).toBe(type);
      if (result.type === 'error') expect(result.reason).toBe(reason);
    });
  });

  test('retries once after a 500 and succeeds when the second call works', async () => {
    const result = await run((_req, index) =>
      index === 0 ? reply.error(503) : reply.ok(goodReply('en', 2)),
    );
    expect(result.type).toBe('success');
    expect(server.requests).toHaveLength(2);
  });

  test('calls at most twice when the provider keeps failing', async () => {
    await run(() => reply.error(500));
    expect(server.requests).toHaveLength(2);
  });

  test('does not retry a 429', async () => {
    await run(() => reply.error(429));
    expect(server.requests).toHaveLength(1);
  });

  test('retries in JSON mode when the provider rejects json_schema with a 400', async () => {
    const result = await run((req) =>
      (req.body['response_format'] as { type: string }).type === 'json_schema'
        ? reply.jsonSchemaUnsupported()
        : reply.ok(goodReply('en', 2)),
    );
    expect(result).toMatchObject({ type: 'success', responseFormat: 'json_object' });
    expect(server.requests.map((r) => (r.body['response_format'] as { type: string }).type)).toEqual([
      'json_schema',
      'json_object',
    ]);
    // JSON mode needs the word JSON in the prompt and the shape spelled out.
    const messages = server.requests[1]!.body['messages'] as { content: string }[];
    expect(messages[0]!.content).toMatch(/JSON/u);
  });

  test('retries with max_completion_tokens when the model refuses max_tokens', async () => {
    const result = await run((req) =>
      'max_tokens' in req.body
        ? reply.error(
            400,
            "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
          )
        : reply.ok(goodReply('en', 2)),
    );
    expect(result.type).toBe('success');
    expect(server.requests.map((r) => Object.keys(r.body).filter((k) => k.startsWith('max_')))).toEqual([
      ['max_tokens'],
      ['max_completion_tokens'],
    ]);
  });

  test('removes list markers the model put in front of questions', async () => {
    const answer = goodReply('en', 1);
    answer.questions = answer.questions.map((q, i) => ({ ...q, text: `${i + 1}. ${q.text}` }));
    const result = await run(() => reply.ok(answer));
    if (result.type !== 'success') throw new Error(`expected success, got ${result.reason}`);
    expect(result.questions.every((q) => !/^\d/u.test(q.text))).toBe(true);
  });

  test('reports the error when JSON mode is rejected as well', async () => {
    const result = await run(() => reply.jsonSchemaUnsupported());
    expect(result).toMatchObject({ type: 'error', reason: 'upstream_error', status: 400 });
    expect(server.requests).toHaveLength(2);
  });

  test('gives up with timeout when the provider never answers', async () => {
    const started = Date.now();
    const result = await run(() => reply.hang(), enRequest, 300);
    expect(result).toEqual({ type: 'error', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  test('returns aborted when the caller aborts', async () => {
    server.reset(() => reply.hang());
    const controller = new AbortController();
    const pending = generateAiQuestions(enRequest, {
      client,
      model: 'fake-model',
      timeoutMs: 5_000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toEqual({ type: 'error', reason: 'aborted' });
  });

  test('returns upstream_error when nothing listens at the base URL', async () => {
    const offline = new OpenAI({
      apiKey: 'k',
      baseURL: 'http://127.0.0.1:9/v1',
      maxRetries: 0,
      logLevel: 'off',
    });
    const result = await generateAiQuestions(enRequest, { client: offline, model: 'm', timeoutMs: 2_000 });
    expect(result).toMatchObject({ type: 'error', reason: 'upstream_error' });
  });
});

describe('tokenLimitField()', () => {
  test.each([
    ['https://api.openai.com/v1', 'max_completion_tokens'],
    ['https://my-resource.openai.azure.com/openai/v1/', 'max_completion_tokens'],
    ['https://api.deepseek.com/v1', 'max_tokens'],
    ['https://dashscope.aliyuncs.com/compatible-mode/v1', 'max_tokens'],
    ['http://127.0.0.1:11434/v1', 'max_tokens'],
    ['not a url', 'max_tokens'],
  ])('sends %s the %s field', (baseURL, field) => {
    expect(tokenLimitField(baseURL)).toBe(field);
  });

  test('puts the cap into the chosen field only', () => {
    const body = buildCompletionRequest(enRequest, 'm', 'json_object', 'max_completion_tokens');
    expect(body.max_completion_tokens).toBe(maxTokensFor(2));
    expect('max_tokens' in body).toBe(false);
    expect(body.response_format).toEqual({ type: 'json_object' });
  });
});

describe('jsonSchemaResponseFormat', () => {
  test("matches what openai's zodResponseFormat helper would send", () => {
    expect(JSON.parse(JSON.stringify(jsonSchemaResponseFormat))).toEqual(
      JSON.parse(JSON.stringify(zodResponseFormat(modelReplySchema, 'grow_questions'))),
    );
  });
});

describe('isResponseFormatRejected()', () => {
  test('is false for errors that are not about the response format', () => {
    expect(isResponseFormatRejected(new Error('response_format'))).toBe(false);
  });
});

describe('extractJson()', () => {
  test.each([
    ['{"a":1}', { a: 1 }],
    ['```json\n{"a":1}\n```', { a: 1 }],
    ['Sure! {"a":1} Hope this helps.', { a: 1 }],
    ['no json here', undefined],
  ])('reads %j', (content, expected) => {
    expect(extractJson(content)).toEqual(expected);
  });
});
