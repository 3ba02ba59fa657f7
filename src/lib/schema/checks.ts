import type { Check, Payload, RawIssue } from './core';

/**
 * The checks the browser schemas use, with zod 4's rules (core/checks.js): the same issue
 * codes and fields, the same `continue` flags (which decide whether later checks run), and
 * string lengths counted in code points, not UTF-16 units.
 */

function check<T>(
  checkName: string,
  runCheck: (payload: Payload) => void,
  extra: Partial<Check<T>> = {},
): Check<T> {
  return { checkName, runCheck, ...extra };
}

/** zod's `_whenHasLength`: length checks run on any non-nullish value with a `length`, even after an aborting issue. */
function hasLength(payload: Payload): boolean {
  const value = payload.value as { length?: unknown } | null | undefined;
  return value !== null && value !== undefined && value.length !== undefined;
}

const highSurrogate = /[\uD800-\uDBFF]/;

/** Code points in `text`: a surrogate pair counts once, a lone surrogate as itself. */
function codePointLength(text: string): number {
  if (!highSurrogate.test(text)) return text.length;
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

function lengthOrigin(input: unknown): string {
  if (Array.isArray(input)) return 'array';
  return typeof input === 'string' ? 'string' : 'unknown';
}

type Lengthy = { length: number };

export function maxLength(maximum: number): Check<Lengthy> {
  return check(
    'max_length',
    (payload) => {
      const input = payload.value as Lengthy;
      const units = input.length;
      const length = typeof input === 'string' && units > maximum ? codePointLength(input) : units;
      if (length <= maximum) return;
      payload.issues.push({
        origin: lengthOrigin(input),
        code: 'too_big',
        maximum,
        inclusive: true,
        continue: true,
      });
    },
    { maximum, when: hasLength },
  );
}

export function minLength(minimum: number): Check<Lengthy> {
  return check(
    'min_length',
    (payload) => {
      const input = payload.value as Lengthy;
      const units = input.length;
      const length =
        typeof input === 'string' && units >= minimum && units < minimum * 2 ? codePointLength(input) : units;
      if (length >= minimum) return;
      payload.issues.push({
        origin: lengthOrigin(input),
        code: 'too_small',
        minimum,
        inclusive: true,
        continue: true,
      });
    },
    { when: hasLength },
  );
}

/** `value <= limit` (zod's `lte`, mini's `maximum`). */
export function maximum(limit: number): Check<number> {
  return check('less_than', (payload) => {
    if ((payload.value as number) <= limit) return;
    payload.issues.push({
      origin: 'number',
      code: 'too_big',
      maximum: limit,
      inclusive: true,
      continue: true,
    });
  });
}

/** `value >= limit` (zod's `gte`, mini's `minimum`). */
export function minimum(limit: number): Check<number> {
  return check('greater_than', (payload) => {
    if ((payload.value as number) >= limit) return;
    payload.issues.push({
      origin: 'number',
      code: 'too_small',
      minimum: limit,
      inclusive: true,
      continue: true,
    });
  });
}

/** A safe integer: zod's `safeint` number format, also the check inside `int()`. */
export const safeInteger: Check<number> = check('number_format', (payload) => {
  const input = payload.value as number;
  if (!Number.isInteger(input)) {
    payload.issues.push({ expected: 'int', format: 'safeint', code: 'invalid_type', continue: false });
    return;
  }
  if (!Number.isSafeInteger(input)) {
    const note = 'Integers must be within the safe integer range.';
    payload.issues.push(
      input > 0
        ? {
            code: 'too_big',
            maximum: Number.MAX_SAFE_INTEGER,
            note,
            origin: 'int',
            inclusive: true,
            continue: true,
          }
        : {
            code: 'too_small',
            minimum: Number.MIN_SAFE_INTEGER,
            note,
            origin: 'int',
            inclusive: true,
            continue: true,
          },
    );
  }
});

/** Rewrites the value (zod's `overwrite`): `trim()` is one. */
function overwrite<T>(transform: (value: T) => T): Check<T> {
  return check('overwrite', (payload) => {
    payload.value = transform(payload.value as T);
  });
}

export function trim(): Check<string> {
  return overwrite((value: string) => value.trim());
}

/** A string format given by a pattern; `format` names it in the issue (`regex`, `date`, `datetime`). */
export function patternCheck(pattern: RegExp, format: string): Check<string> {
  return check('string_format', (payload) => {
    pattern.lastIndex = 0;
    if (pattern.test(payload.value as string)) return;
    const issue: RawIssue = {
      origin: 'string',
      code: 'invalid_format',
      format,
      pattern: pattern.toString(),
      continue: true,
    };
    payload.issues.push(issue);
  });
}

export function regex(pattern: RegExp): Check<string> {
  return patternCheck(pattern, 'regex');
}

/** A rule on the whole value; a failure is a `custom` issue at `path` with `message`. */
export function refine<T>(
  accept: (value: T) => unknown,
  params: { path?: PropertyKey[]; message?: string } = {},
): Check<T> {
  return check('custom', (payload) => {
    if (accept(payload.value as T)) return;
    const issue: RawIssue = { code: 'custom', path: [...(params.path ?? [])], continue: true };
    if (params.message !== undefined) issue.message = params.message;
    payload.issues.push(issue);
  });
}

/** What a `superRefine` rule may report: zod's issue shape; `code` defaults to `custom`. */
export interface IssueInput {
  code?: string;
  path?: PropertyKey[];
  message?: string;
  fatal?: boolean;
  continue?: boolean;
  [detail: string]: unknown;
}

export interface RefinementContext {
  addIssue(issue: IssueInput | string): void;
}

/** A rule that reports its own issues, any number of them. */
export function superRefine<T>(rule: (value: T, context: RefinementContext) => void): Check<T> {
  return check('custom', (payload) => {
    const addIssue = (issue: IssueInput | string) => {
      if (typeof issue === 'string') {
        payload.issues.push({ message: issue, code: 'custom' });
        return;
      }
      const raised: RawIssue = { ...issue, code: issue.code ?? 'custom' };
      if (raised['fatal']) raised.continue = false;
      raised.continue ??= true;
      payload.issues.push(raised);
    };
    rule(payload.value as T, { addIssue });
  });
}
