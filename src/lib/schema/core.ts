/**
 * The core of our validator: a schema runs on a payload (the value and the issues found so
 * far), then runs its checks in order. The rules are zod 4's (node_modules/zod/v4/core
 * schemas.js and checks.js), kept for the subset the browser uses, so a schema written with
 * `z.` from here accepts, rejects and reports exactly what the same schema in zod/mini does;
 * test/unit/lib/schema/matches-zod.test.ts proves it on every worksheet schema. Why it
 * exists: zod/mini's core was ~8.6 KB gzip on every island page; this is a fraction of that.
 */

/** An issue as a check raises it; `finalize` turns it into the `Issue` callers see. */
export interface RawIssue {
  code: string;
  path?: PropertyKey[];
  message?: string;
  /** `true`: later checks still run. Absent or `false`: the value is unusable (zod's abort). */
  continue?: boolean;
  [detail: string]: unknown;
}

export interface Payload {
  value: unknown;
  issues: RawIssue[];
}

interface IssueBase {
  readonly path: PropertyKey[];
  readonly message: string;
  /** Never set: like zod without `reportInput`, issues do not carry the input. */
  readonly input?: unknown;
}

/** The issues zod 4 raises for the schemas and checks we have, with the same codes and fields. */
export type Issue = IssueBase &
  (
    | {
        readonly code: 'invalid_type';
        readonly expected: string;
        readonly received?: string;
        readonly format?: string;
      }
    | {
        readonly code: 'too_big';
        readonly origin: string;
        readonly maximum: number;
        readonly inclusive?: boolean;
        readonly note?: string;
      }
    | {
        readonly code: 'too_small';
        readonly origin: string;
        readonly minimum: number;
        readonly inclusive?: boolean;
        readonly note?: string;
      }
    | { readonly code: 'invalid_value'; readonly values: readonly unknown[] }
    | {
        readonly code: 'invalid_format';
        readonly origin: string;
        readonly format: string;
        readonly pattern?: string;
      }
    | { readonly code: 'unrecognized_keys'; readonly keys: string[] }
    | { readonly code: 'invalid_union'; readonly errors: Issue[][] }
    | { readonly code: 'custom'; readonly params?: Record<string, unknown> }
  );

/** What `safeParse` reports and `parse` throws: every issue, in zod's order. */
export class SchemaError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(JSON.stringify(issues, null, 2));
    this.name = 'SchemaError';
    this.issues = issues;
  }
}

export type SafeParseResult<T> =
  { success: true; data: T; error?: never } | { success: false; error: SchemaError; data?: never };

/**
 * A check on a parsed value. `T` is the values it can check (contravariant, so a length check
 * fits strings and arrays). Checks with `when` run even after an aborting issue, as zod's
 * length checks do; the others are skipped once the value is unusable.
 */
export interface Check<in T> {
  /** zod's check name (`max_length`, `min_length`, …): arrays cap their size with the leading length checks. */
  readonly checkName: string;
  readonly maximum?: number;
  readonly when?: (payload: Payload) => boolean;
  runCheck(payload: Payload): void;
  /** Type only: the values this check accepts. */
  readonly _checks?: (value: T) => void;
}

/** zod's `util.aborted`: an issue from `start` on that does not say `continue: true`. */
export function aborted(payload: Payload, start = 0): boolean {
  for (let i = start; i < payload.issues.length; i++) if (payload.issues[i]?.continue !== true) return true;
  return false;
}

function explicitlyAborted(payload: Payload): boolean {
  return payload.issues.some((issue) => issue.continue === false);
}

/** Runs checks in order, as zod's `$ZodType` does after the type's own parse. */
export function runChecks(payload: Payload, checks: readonly Check<never>[]): Payload {
  let isAborted = aborted(payload);
  for (const check of checks) {
    if (check.when) {
      if (explicitlyAborted(payload) || !check.when(payload)) continue;
    } else if (isAborted) continue;
    const before = payload.issues.length;
    check.runCheck(payload);
    if (payload.issues.length !== before && !isAborted) isAborted = aborted(payload, before);
  }
  return payload;
}

/** Puts `key` in front of each issue's path (the issue moved one level up). */
export function prefixIssues(key: PropertyKey, issues: readonly RawIssue[]): RawIssue[] {
  return issues.map((issue) => ({ ...issue, path: [key, ...(issue.path ?? [])] }));
}

/** zod's `finalizeIssue` without messages of its own: the UI words issues itself. */
export function finalize(issue: RawIssue): Issue {
  const full: Record<string, unknown> = {};
  for (const key of Object.keys(issue)) {
    if (key !== 'continue' && key !== 'input' && key !== '__proto__') full[key] = issue[key];
  }
  full['path'] ??= [];
  full['message'] = issue.message ?? 'Invalid input';
  return full as unknown as Issue;
}

export type OptIn = 'optional' | 'defaulted' | undefined;

/**
 * A schema. `Out` is what parsing returns, `In` what it accepts; `IsOptIn` / `IsOptOut` say
 * whether an object may omit the key on input / output (zod's `optin` / `optout`).
 */
export abstract class Schema<
  Out = unknown,
  In = Out,
  IsOptIn extends boolean = boolean,
  IsOptOut extends boolean = boolean,
> {
  declare readonly _output: Out;
  declare readonly _input: In;
  declare readonly _optIn: IsOptIn;
  declare readonly _optOut: IsOptOut;
  checks: readonly Check<never>[] = [];

  /** zod's `optin`: how an absent key is treated. */
  get optin(): OptIn {
    return undefined;
  }
  /** zod's `optout`: whether the key may be absent in the output. */
  get optout(): 'optional' | undefined {
    return undefined;
  }

  /** The type's own parse, before the checks. May return another payload (a union's branch). */
  protected abstract parseType(payload: Payload): Payload;

  run(payload: Payload): Payload {
    const parsed = this.parseType(payload);
    return this.checks.length === 0 ? parsed : runChecks(parsed, this.checks);
  }

  /** A copy of this schema with `checks` appended; this one is unchanged (zod's `.check`). */
  check(...checks: Check<Out>[]): this {
    const copy = Object.create(Object.getPrototypeOf(this) as object) as this;
    Object.assign(copy, this);
    copy.checks = [...this.checks, ...(checks as Check<never>[])];
    return copy;
  }

  safeParse(value: unknown): SafeParseResult<Out> {
    const result = this.run({ value, issues: [] });
    if (result.issues.length === 0) return { success: true, data: result.value as Out };
    return { success: false, error: new SchemaError(result.issues.map(finalize)) };
  }

  parse(value: unknown): Out {
    const result = this.safeParse(value);
    if (!result.success) throw result.error;
    return result.data;
  }
}

/** Any schema, whatever it outputs: for parameters that take every schema. */
export type AnySchema = Schema<unknown, unknown, boolean, boolean>;

export type output<S extends AnySchema> = S['_output'];
export type input<S extends AnySchema> = S['_input'];
export type { output as infer };
