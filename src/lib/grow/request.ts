import * as z from '../schema';
import { defaultLocale, isLocale, locales, sentenceRules, type Locale } from '../i18n/locales';
import { pluralOf } from '../i18n/plural';
import { loadSections, sectionText } from '../i18n/sections';
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
 * Validates an already JSON-decoded body. The error message is in the body's own `locale`
 * when that is valid, otherwise in the caller's Accept-Language (`messageLocale`): load that
 * language's words first (`loadRequestWords`). Never throws once they are loaded.
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

/** The site's language a language tag asks for: the one with the same primary subtag (`zh-TW` → zh-CN). */
function localeOfTag(tag: string): Locale | undefined {
  return locales.find((locale) => tag.startsWith(locale.toLowerCase().split('-')[0] ?? locale));
}

/**
 * Picks one of the site's languages from an Accept-Language header, honouring q-values;
 * `fallback` when the header is absent or names none of them.
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
    const locale = localeOfTag(tag);
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

/** The request's field names that have a label in the dictionary (`grow.request.field.<name>`). */
const labelledFields = [
  'locale',
  'prep',
  'perStage',
  'mode',
  'topics',
  'wins',
  'puzzles',
  'supportNeeded',
  'metrics',
  'projects',
  'name',
  'previous',
  'current',
  'target',
  'progress',
] as const;

/** The value types a message can name (`grow.request.type.<type>`); any other is named as the schema names it. */
const namedTypes = ['string', 'number', 'int', 'array', 'object', 'boolean'] as const;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/**
 * The words of request problems, in the message's language. The page loads the section
 * before a request is checked (`loadRequestWords`); the function carries it
 * (`provideServerSections`).
 */
const wordsOf = (locale: Locale) => sectionText(locale, 'grow-request');

/** Loads the words `parseGrowRequest` and `describeRequestError` write their message with. */
export function loadRequestWords(locale: Locale): Promise<void> {
  return loadSections(locale, ['grow-request']);
}

/** `prep.topics[0]` plus a human label of its last named segment: `prep.topics[0]（想聊的话题）`. */
function fieldName(path: readonly PropertyKey[], locale: Locale): string {
  const t = wordsOf(locale);
  if (path.length === 0) return t('grow.request.wholeRequest');
  const lastName = [...path].reverse().find((key): key is string => typeof key === 'string');
  const formatted = formatFieldPath(path);
  if (lastName === undefined || !isOneOf(labelledFields, lastName)) return formatted;
  const { asideOpen, asideClose } = sentenceRules(locale);
  return `${formatted}${asideOpen}${t(`grow.request.field.${lastName}`)}${asideClose}`;
}

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
  const t = wordsOf(locale);
  const issue = error.issues[0];
  if (!issue) return { field: '', locale, message: t('grow.request.invalidRequest') };
  const f = fieldName(issue.path, locale);
  const field = formatFieldPath(issue.path);
  const say = (message: string): RequestProblem => ({ field, locale, message });
  const { enumerationSeparator } = sentenceRules(locale);

  switch (issue.code) {
    case 'invalid_type': {
      // Issues do not carry the input (as in zod without reportInput), so look it up.
      if (valueAt(body, issue.path) === undefined) return say(t('grow.request.required', { field: f }));
      const expected = isOneOf(namedTypes, issue.expected)
        ? t(`grow.request.type.${issue.expected}`)
        : issue.expected;
      return say(t('grow.request.wrongType', { field: f, expected }));
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return say(t('grow.request.empty', { field: f }));
      if (issue.origin === 'array')
        return say(t(`grow.request.tooFewItems.${pluralOf(min, locale)}`, { field: f, min }));
      return say(t('grow.request.tooSmall', { field: f, min }));
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return say(t('grow.request.tooLong', { field: f, max }));
      if (issue.origin === 'array') return say(t('grow.request.tooManyItems', { field: f, max }));
      return say(t('grow.request.tooBig', { field: f, max }));
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(enumerationSeparator);
      return say(t('grow.request.oneOf', { field: f, allowed }));
    }
    case 'unrecognized_keys': {
      // Key names come from the sender; cap them so the message stays a sentence.
      const keys = issue.keys
        .slice(0, 3)
        .map((key) => formatFieldPath([...issue.path, key.slice(0, 40)]))
        .join(enumerationSeparator);
      return {
        field: formatFieldPath([...issue.path, (issue.keys[0] ?? '').slice(0, 40)]),
        locale,
        message: t('grow.request.unknownKeys', { keys }),
      };
    }
    default:
      return say(t('grow.request.invalid', { field: f }));
  }
}

/** Every string in the contract is at most this long; re-exported so callers need one import. */
export { MAX_TEXT };
