import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locale } from '../../../../../src/lib/i18n/locales';

/**
 * A stand-in for an OpenAI-compatible Chat Completions endpoint on 127.0.0.1 (random port),
 * scripted per test: it can answer well, badly, slowly or never. It records what it was
 * sent, so tests can check the prompt and the response_format that reached the "provider".
 */

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export type FakeReply =
  | { kind: 'json'; status?: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'text'; status?: number; body: string; contentType: string }
  | { kind: 'hang' };

export type FakeHandler = (request: RecordedRequest, index: number) => FakeReply;

export interface FakeOpenAiServer {
  /** Pass as `baseURL` / OPENAI_BASE_URL. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Replaces the script and forgets recorded requests. */
  reset(handler: FakeHandler): void;
  close(): Promise<void>;
}

export async function startFakeOpenAiServer(
  initial: FakeHandler = () => reply.ok({ questions: [] }),
): Promise<FakeOpenAiServer> {
  let handler = initial;
  const requests: RecordedRequest[] = [];

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        // Recorded as {}: the client under test always sends JSON.
      }
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
      };
      requests.push(recorded);
      const answer = handler(recorded, requests.length - 1);
      if (answer.kind === 'hang') return;
      if (answer.kind === 'json') {
        res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
        res.end(JSON.stringify(answer.body));
        return;
      }
      res.writeHead(answer.status ?? 200, { 'content-type': answer.contentType });
      res.end(answer.body);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    reset(next) {
      handler = next;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Hanging replies keep sockets open; cut them so close() returns.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A chat completion whose message content is `content` (a string, or JSON-encoded). */
export function completion(
  content: unknown,
  extra: { refusal?: string | null; finish_reason?: string } = {},
): Record<string, unknown> {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'fake-model',
    choices: [
      {
        index: 0,
        finish_reason: extra.finish_reason ?? 'stop',
        message: {
          role: 'assistant',
          content: content === null ? null : typeof content === 'string' ? content : JSON.stringify(content),
          refusal: extra.refusal ?? null,
        },
      },
    ],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

/** Ready-made replies for the scenarios the contract names. */
export const reply = {
  ok: (content: unknown): FakeReply => ({ kind: 'json', body: completion(content) }),
  raw: (body: unknown, status = 200): FakeReply => ({ kind: 'json', status, body }),
  refusal: (): FakeReply => ({
    kind: 'json',
    body: completion(null, { refusal: "I'm sorry, I can't help with that." }),
  }),
  contentFilter: (): FakeReply => ({
    kind: 'json',
    body: completion('', { finish_reason: 'content_filter' }),
  }),
  error: (status: number, message = 'upstream trouble', headers: Record<string, string> = {}): FakeReply => ({
    kind: 'json',
    status,
    body: { error: { message, type: 'server_error', code: null, param: null } },
    headers,
  }),
  html: (status: number): FakeReply => ({
    kind: 'text',
    status,
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>',
  }),
  /** DeepSeek-style rejection of `response_format: json_schema`. */
  jsonSchemaUnsupported: (): FakeReply => ({
    kind: 'json',
    status: 400,
    body: {
      error: {
        message: 'This response_format type is unavailable now',
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_request_error',
      },
    },
  }),
  hang: (): FakeReply => ({ kind: 'hang' }),
};

const goodQuestions: Record<Locale, Record<'goal' | 'reality' | 'options' | 'will', string[]>> = {
  'zh-CN': {
    goal: [
      '关于“招聘”，三个月后你希望团队是什么样子？',
      '这次谈话你最想解决哪个问题？',
      '你心中理想的节奏是怎样的？',
      '哪个结果会让你觉得这一季很值？',
      '你希望谁来一起推进？',
    ],
    reality: [
      '招聘目前进行到哪一步了？',
      '最近两周你在面试上花了多少时间？',
      '哪些环节最耗精力？',
      '现在的数据说明了什么？',
      '团队里其他人怎么看？',
    ],
    options: [
      '你能想到哪些提高面试效率的办法？',
      '还有哪些渠道可以试试？',
      '谁能帮你分担一部分工作？',
      '如果预算翻倍你会怎么做？',
      '最省力的做法是什么？',
    ],
    will: [
      '这周你打算先做哪一步？',
      '需要我提供什么支持？',
      '下次我们什么时候再看进展？',
      '什么可能让计划中断？',
      '你怎么告诉我结果？',
    ],
  },
  en: {
    goal: [
      'What would a great outcome on “hiring” look like by March?',
      'What do you most want from this conversation?',
      'Which result would make this quarter feel worthwhile?',
      'What pace feels right to you?',
      'Who would you like alongside you on this?',
    ],
    reality: [
      'Where does hiring stand today?',
      'How much of your week goes to interviews?',
      'Which step takes the most energy?',
      'What are the numbers telling you?',
      'How does the rest of the team see it?',
    ],
    options: [
      'What could make interviews faster?',
      'Which other channels could you try?',
      'Who could take part of the load?',
      'What would you do with twice the budget?',
      'What is the lightest option?',
    ],
    will: [
      'What will you do first this week?',
      'What support do you need from me?',
      'When shall we review progress?',
      'What might get in the way?',
      'How will you let me know how it went?',
    ],
  },
};

/** A valid model answer: `perStage` open questions per stage in `locale`. */
export function goodReply(locale: Locale, perStage = 2): { questions: { stage: string; text: string }[] } {
  const book = goodQuestions[locale];
  const stages = ['goal', 'reality', 'options', 'will'] as const;
  return {
    questions: stages.flatMap((stage) => book[stage].slice(0, perStage).map((text) => ({ stage, text }))),
  };
}
