import * as z from '../schema';
import { defaultLocale, isLocale, locales, sentenceRules, type Locale } from '../i18n/locales';
import { MAX_TEXT, prepSheetSchema } from './prep-sheet';
import { growQuestionSchema, growStages } from './question';

/**
 * The body of `POST /api/grow-questions` and of its answer: the HTTP contract in the README.
 * The browser's rules engine takes the same request, so the page and the function agree on
 * every name and limit.
 */

export const perStageLimits = { min: 1, max: 5, default: 2 } as const;

export const generationModes = ['auto', 'rules'] as const;
export type GenerationMode = (typeof generationModes)[number];

export const growRequestSchema = z.strictObject({
  /** The language of the questions, and of any error message about this request. */
  locale: z.enum(locales),
  /** The employee's prep sheet: material to draw on, never instructions. */
  prep: prepSheetSchema,
  /** The most questions per GROW stage (every stage gets at least one). */
  perStage: z._default(
    z.number().check(z.int(), z.minimum(perStageLimits.min), z.maximum(perStageLimits.max)),
    perStageLimits.default,
  ),
  /** `auto` asks the AI model when one is configured and falls back to the rules; `rules` never calls a model. */
  mode: z._default(z.enum(generationModes), 'auto'),
});

export type GrowRequestInput = z.input<typeof growRequestSchema>;
export type GrowRequest = z.output<typeof growRequestSchema>;

/**
 * Why an `auto` request ended on the rules engine. The page maps each code to a sentence in
 * its dictionaries, so the list is closed.
 */
export const fallbackReasons = [
  /** No OPENAI_API_KEY on the server. */
  'not_configured',
  /** No answer within the time limit (20 s by default). */
  'timeout',
  /** The provider answered with an error status, an error page, or the connection failed. */
  'upstream_error',
  /** The provider said 429. */
  'rate_limited',
  /** The reply was not JSON, off-schema, or too few of its questions passed the rules. */
  'invalid_output',
  /** The model declined to answer or a content filter stopped it. */
  'refusal',
  /** The questions came back in another language than the one asked for. */
  'wrong_language',
  /** The caller went away before the model answered. */
  'aborted',
] as const;
export type FallbackReason = (typeof fallbackReasons)[number];

export const questionSources = ['ai', 'rules'] as const;

/** The most questions an answer can hold: every stage at its `perStage` maximum. */
export const MAX_QUESTIONS = perStageLimits.max * growStages.length;

export const growResponseSchema = z.strictObject({
  /** The questions, ordered goal → reality → options → will; texts at most 500 characters. */
  questions: z.array(growQuestionSchema).check(z.minLength(growStages.length), z.maxLength(MAX_QUESTIONS)),
  /** Who wrote them: the AI model or the built-in rules engine. */
  source: z.enum(questionSources),
  /** Present when `auto` ended on the rules engine: why the AI answer was not used. */
  fallbackReason: z.optional(z.enum(fallbackReasons)),
});

export type GrowResponseInput = z.input<typeof growResponseSchema>;
export type GrowResponse = z.output<typeof growResponseSchema>;

/** A field-level problem with a request, worded for the person who sent it. */
export interface RequestProblem {
  /** The JSON path of the offending field, e.g. `prep.topics[0]`; `''` for the whole body. */
  field: string;
  /** One sentence naming the field, in the request's language. */
  message: string;
  /** The language the message is written in. */
  locale: Locale;
}

export type ParseGrowRequestResult =
  { type: 'success'; request: GrowRequest } | { type: 'error'; problem: RequestProblem };

/**
 * Validates an already JSON-decoded body. Never throws. The error message is in the body's
 * own `locale` when that is valid, otherwise in the caller's Accept-Language.
 */
export function parseGrowRequest(
  body: unknown,
  acceptLanguage?: string | null,
  fallback: Locale = defaultLocale,
): ParseGrowRequestResult {
  const result = growRequestSchema.safeParse(body);
  if (result.success) return { type: 'success', request: result.data };
  const locale = messageLocale(body, acceptLanguage, fallback);
  return { type: 'error', problem: describeRequestError(result.error, locale, body) };
}

/** The locale to talk to the sender in: the body's `locale` if valid, else Accept-Language. */
export function messageLocale(
  body: unknown,
  acceptLanguage?: string | null,
  fallback: Locale = defaultLocale,
): Locale {
  if (typeof body === 'object' && body !== null && 'locale' in body) {
    const candidate: unknown = body.locale;
    if (isLocale(candidate)) return candidate;
  }
  return localeFromAcceptLanguage(acceptLanguage, fallback);
}

/**
 * Picks zh-CN or en from an Accept-Language header, honouring q-values; zh-CN when the
 * header is absent or names neither.
 */
export function localeFromAcceptLanguage(
  header: string | null | undefined,
  fallback: Locale = defaultLocale,
): Locale {
  if (!header) return fallback;
  let best: { locale: Locale; q: number } | undefined;
  for (const part of header.split(',').slice(0, 20)) {
    const [rawTag = '', ...params] = part.trim().split(';');
    const tag = rawTag.trim().toLowerCase();
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number.parseFloat(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    const locale: Locale | undefined = tag.startsWith('zh')
      ? 'zh-CN'
      : tag.startsWith('en')
        ? 'en'
        : undefined;
    if (locale && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? fallback;
}

/** `['prep', 'topics', 0]` → `prep.topics[0]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const fieldLabels: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    locale: '语言',
    prep: '准备单',
    perStage: '每阶段问题数',
    mode: '生成方式',
    topics: '想聊的话题',
    wins: '做得最好的事',
    puzzles: '最大的困惑',
    supportNeeded: '需要的支持',
    metrics: '关键指标',
    projects: '项目进展',
    name: '名称',
    previous: '上期数值',
    current: '当前数值',
    target: '目标数值',
    progress: '进展',
  },
  en: {
    locale: 'language',
    prep: 'prep sheet',
    perStage: 'questions per stage',
    mode: 'mode',
    topics: 'topics',
    wins: 'things that went best',
    puzzles: 'puzzles',
    supportNeeded: 'support needed',
    metrics: 'key metrics',
    projects: 'projects',
    name: 'name',
    previous: 'previous value',
    current: 'current value',
    target: 'target value',
    progress: 'progress',
  },
};

/** `prep.topics[0]` plus a human label of its last named segment: `prep.topics[0]（想聊的话题）`. */
function fieldName(path: readonly PropertyKey[], locale: Locale): string {
  if (path.length === 0) return requestWords[locale].wholeRequest;
  const lastName = [...path].reverse().find((key): key is string => typeof key === 'string');
  const label = lastName === undefined ? undefined : fieldLabels[locale][lastName];
  const formatted = formatFieldPath(path);
  if (!label) return formatted;
  const { asideOpen, asideClose } = sentenceRules(locale);
  return `${formatted}${asideOpen}${label}${asideClose}`;
}

const typeNames: Record<Locale, Record<string, string>> = {
  'zh-CN': { string: '文本', number: '数字', int: '整数', array: '列表', object: '对象', boolean: '布尔值' },
  en: {
    string: 'a string',
    number: 'a number',
    int: 'an integer',
    array: 'a list',
    object: 'an object',
    boolean: 'true or false',
  },
};

/** The sentences of a request problem, per language; `f` is the field with its label. */
interface RequestWords {
  wholeRequest: string;
  invalidRequest: string;
  /** Between the items of a list of values or keys. */
  orList: string;
  required: (f: string) => string;
  wrongType: (f: string, expected: string) => string;
  empty: (f: string) => string;
  tooFewItems: (f: string, min: number) => string;
  tooSmall: (f: string, min: number) => string;
  tooLong: (f: string, max: number) => string;
  tooManyItems: (f: string, max: number) => string;
  tooBig: (f: string, max: number) => string;
  oneOf: (f: string, allowed: string) => string;
  unknownKeys: (keys: string) => string;
  invalid: (f: string) => string;
}

const requestWords: Record<Locale, RequestWords> = {
  'zh-CN': {
    wholeRequest: '请求内容',
    invalidRequest: '请求内容无效。',
    orList: '、',
    required: (f) => `缺少字段 ${f}。`,
    wrongType: (f, expected) => `字段 ${f} 应为${expected}。`,
    empty: (f) => `字段 ${f} 不能为空。`,
    tooFewItems: (f, min) => `字段 ${f} 至少需要 ${min} 项。`,
    tooSmall: (f, min) => `字段 ${f} 不能小于 ${min}。`,
    tooLong: (f, max) => `字段 ${f} 不能超过 ${max} 个字符。`,
    tooManyItems: (f, max) => `字段 ${f} 最多 ${max} 项。`,
    tooBig: (f, max) => `字段 ${f} 不能大于 ${max}。`,
    oneOf: (f, allowed) => `字段 ${f} 只能是 ${allowed}。`,
    unknownKeys: (keys) => `不支持的字段：${keys}。`,
    invalid: (f) => `字段 ${f} 无效。`,
  },
  en: {
    wholeRequest: 'the request body',
    invalidRequest: 'The request is invalid.',
    orList: ', ',
    required: (f) => `The field ${f} is required.`,
    wrongType: (f, expected) => `The field ${f} must be ${expected}.`,
    empty: (f) => `The field ${f} must not be empty.`,
    tooFewItems: (f, min) => `The field ${f} needs at least ${min} item${min === 1 ? '' : 's'}.`,
    tooSmall: (f, min) => `The field ${f} must be at least ${min}.`,
    tooLong: (f, max) => `The field ${f} must be at most ${max} characters.`,
    tooManyItems: (f, max) => `The field ${f} allows at most ${max} items.`,
    tooBig: (f, max) => `The field ${f} must be at most ${max}.`,
    oneOf: (f, allowed) => `The field ${f} must be one of ${allowed}.`,
    unknownKeys: (keys) => `Unknown field: ${keys}.`,
    invalid: (f) => `The field ${f} is invalid.`,
  },
};

/** The value at an issue's path in the raw body; undefined when any step is missing. */
function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let value = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Turns the first issue into one sentence that names the field. Only the first: a form
 * shows one problem at a time, and a long list would mostly repeat a single mistake.
 */
export function describeRequestError(error: z.SchemaError, locale: Locale, body: unknown): RequestProblem {
  const words = requestWords[locale];
  const issue = error.issues[0];
  if (!issue) return { field: '', locale, message: words.invalidRequest };
  const f = fieldName(issue.path, locale);
  const field = formatFieldPath(issue.path);
  const say = (message: string): RequestProblem => ({ field, locale, message });

  switch (issue.code) {
    case 'invalid_type': {
      // Issues do not carry the input (as in zod without reportInput), so look it up.
      if (valueAt(body, issue.path) === undefined) return say(words.required(f));
      return say(words.wrongType(f, typeNames[locale][issue.expected] ?? issue.expected));
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return say(words.empty(f));
      if (issue.origin === 'array') return say(words.tooFewItems(f, min));
      return say(words.tooSmall(f, min));
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return say(words.tooLong(f, max));
      if (issue.origin === 'array') return say(words.tooManyItems(f, max));
      return say(words.tooBig(f, max));
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(words.orList);
      return say(words.oneOf(f, allowed));
    }
    case 'unrecognized_keys': {
      // Key names come from the sender; cap them so the message stays a sentence.
      const keys = issue.keys
        .slice(0, 3)
        .map((key) => formatFieldPath([...issue.path, key.slice(0, 40)]))
        .join(words.orList);
      return {
        field: formatFieldPath([...issue.path, (issue.keys[0] ?? '').slice(0, 40)]),
        locale,
        message: words.unknownKeys(keys),
      };
    }
    default:
      return say(words.invalid(f));
  }
}

/** Every string in the contract is at most this long; re-exported so callers need one import. */
export { MAX_TEXT };
