import { safeInteger } from './checks';
import {
  aborted,
  finalize,
  prefixIssues,
  Schema,
  type AnySchema,
  type Check,
  type OptIn,
  type Payload,
} from './core';

/**
 * The schema types the browser uses, each parsing as its zod 4 counterpart does
 * (core/schemas.js): the same type tests, the same issues, objects that strip or report
 * unknown keys, defaults that skip validation and prefaults that go through it.
 */

type Primitive = string | number | boolean | null;

class StringSchema<T extends string = string> extends Schema<T> {
  protected parseType(payload: Payload): Payload {
    if (typeof payload.value !== 'string') payload.issues.push({ expected: 'string', code: 'invalid_type' });
    return payload;
  }
}
export type { StringSchema };

export function string(): StringSchema {
  return new StringSchema();
}

class NumberSchema extends Schema<number> {
  protected parseType(payload: Payload): Payload {
    const input = payload.value;
    if (typeof input === 'number' && Number.isFinite(input)) return payload;
    const received = typeof input === 'number' ? (Number.isNaN(input) ? 'NaN' : String(input)) : undefined;
    payload.issues.push({ expected: 'number', code: 'invalid_type', ...(received ? { received } : {}) });
    return payload;
  }
}

export function number(): NumberSchema {
  return new NumberSchema();
}

/**
 * A safe integer. Like zod's `int()`, it is a schema (`z.int()`) and a check
 * (`z.number().check(z.int())`): its own check runs first.
 */
class IntSchema extends NumberSchema implements Check<number> {
  readonly checkName = safeInteger.checkName;
  override checks: readonly Check<never>[] = [safeInteger];
  runCheck(payload: Payload): void {
    safeInteger.runCheck(payload);
  }
}

export function int(): IntSchema {
  return new IntSchema();
}

class BooleanSchema extends Schema<boolean> {
  protected parseType(payload: Payload): Payload {
    if (typeof payload.value !== 'boolean')
      payload.issues.push({ expected: 'boolean', code: 'invalid_type' });
    return payload;
  }
}

export function boolean(): BooleanSchema {
  return new BooleanSchema();
}

class ValuesSchema<T extends Primitive> extends Schema<T> {
  readonly #allowed: Set<unknown>;
  constructor(readonly values: readonly T[]) {
    super();
    this.#allowed = new Set(values);
  }
  protected parseType(payload: Payload): Payload {
    if (!this.#allowed.has(payload.value))
      payload.issues.push({ code: 'invalid_value', values: this.values });
    return payload;
  }
}

function enumSchema<const T extends readonly string[]>(values: T): ValuesSchema<T[number]> {
  return new ValuesSchema([...new Set(values)]);
}
export { enumSchema as enum };

export function literal<const T extends Primitive>(value: T): ValuesSchema<T> {
  return new ValuesSchema([value]);
}

class ArraySchema<S extends AnySchema> extends Schema<S['_output'][], S['_input'][]> {
  constructor(readonly element: S) {
    super();
  }
  protected parseType(payload: Payload): Payload {
    const input = payload.value;
    if (Array.isArray(input) && this.rejectedBySize(payload, input.length)) return payload;
    if (!Array.isArray(input)) {
      payload.issues.push({ expected: 'array', code: 'invalid_type' });
      return payload;
    }
    const value: unknown[] = Array(input.length);
    payload.value = value;
    input.forEach((item, index) => {
      const result = this.element.run({ value: item, issues: [] });
      if (result.issues.length) payload.issues.push(...prefixIssues(index, result.issues));
      value[index] = result.value;
    });
    return payload;
  }
  /**
   * zod's `capSize`: an array longer than a leading maximum-length check is refused before
   * its items are parsed, with that one issue, which stops every later check.
   */
  private rejectedBySize(payload: Payload, size: number): boolean {
    for (const check of this.checks) {
      if (!/_length$/.test(check.checkName)) break;
      if (check.maximum === undefined || size <= check.maximum) continue;
      const start = payload.issues.length;
      check.runCheck(payload);
      const issue = payload.issues[start];
      if (issue) issue.continue = false;
      return true;
    }
    return false;
  }
}

export function array<S extends AnySchema>(element: S): ArraySchema<S> {
  return new ArraySchema(element);
}

type Shape = Record<string, AnySchema>;
type Flatten<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<S extends Shape, Flag extends '_optIn' | '_optOut'> = {
  [K in keyof S]: S[K][Flag] extends true ? K : never;
}[keyof S];
type ObjectOutput<S extends Shape> = Flatten<
  { [K in Exclude<keyof S, OptionalKeys<S, '_optOut'>>]: S[K]['_output'] } & {
    [K in OptionalKeys<S, '_optOut'>]?: S[K]['_output'];
  }
>;
type ObjectInput<S extends Shape> = Flatten<
  { [K in Exclude<keyof S, OptionalKeys<S, '_optIn'>>]: S[K]['_input'] } & {
    [K in OptionalKeys<S, '_optIn'>]?: S[K]['_input'];
  }
>;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class ObjectSchema<S extends Shape> extends Schema<ObjectOutput<S>, ObjectInput<S>> {
  constructor(
    readonly shape: S,
    /** `true`: unknown keys are an issue (`strictObject`); otherwise they are dropped. */
    readonly strict: boolean,
  ) {
    super();
  }
  protected parseType(payload: Payload): Payload {
    const input = payload.value;
    if (!isObject(input)) {
      payload.issues.push({ expected: 'object', code: 'invalid_type' });
      return payload;
    }
    const value: Record<string, unknown> = {};
    payload.value = value;
    for (const key of Object.keys(this.shape)) {
      if (key === '__proto__') continue;
      const field = this.shape[key] as AnySchema;
      const result = field.run({ value: input[key], issues: [] });
      addProperty(result, payload, value, key, key in input, field.optin, field.optout);
    }
    if (this.strict) {
      const unknownKeys: string[] = [];
      for (const key in input) if (!Object.hasOwn(this.shape, key)) unknownKeys.push(key);
      if (unknownKeys.length)
        payload.issues.push({ code: 'unrecognized_keys', keys: unknownKeys, continue: true });
    }
    return payload;
  }
}

/** zod's `handlePropertyResult`: how one key's result lands in the object, absent keys included. */
function addProperty(
  result: Payload,
  payload: Payload,
  value: Record<string, unknown>,
  key: string,
  isPresent: boolean,
  optin: OptIn,
  optout: 'optional' | undefined,
): void {
  const isOptionalOut = optout === 'optional';
  if (!isPresent && isOptionalOut && optin === 'optional') return;
  if (result.issues.length) {
    if (optin !== undefined && isOptionalOut && !isPresent) return;
    payload.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === undefined) {
    if (!result.issues.length)
      payload.issues.push({ code: 'invalid_type', expected: 'nonoptional', path: [key] });
    return;
  }
  if (result.value === undefined) {
    if (isPresent || (optin === 'defaulted' && !isOptionalOut)) value[key] = undefined;
  } else {
    value[key] = result.value;
  }
}

export function object<S extends Shape>(shape: S): ObjectSchema<S> {
  return new ObjectSchema(shape, false);
}

export function strictObject<S extends Shape>(shape: S): ObjectSchema<S> {
  return new ObjectSchema(shape, true);
}

class UnionSchema<T extends readonly AnySchema[]> extends Schema<T[number]['_output'], T[number]['_input']> {
  constructor(readonly options: T) {
    super();
  }
  override get optin(): OptIn {
    if (this.options.some((option) => option.optin === 'defaulted')) return 'defaulted';
    return this.options.some((option) => option.optin !== undefined) ? 'optional' : undefined;
  }
  override get optout(): 'optional' | undefined {
    return this.options.some((option) => option.optout === 'optional') ? 'optional' : undefined;
  }
  protected parseType(payload: Payload): Payload {
    const [only] = this.options;
    if (this.options.length === 1 && only) return only.run(payload);
    const results: Payload[] = [];
    for (const option of this.options) {
      const result = option.run({ value: payload.value, issues: [] });
      if (result.issues.length === 0) return result;
      results.push(result);
    }
    // One branch got past the type test (its issues may continue): its issues say what is wrong.
    const usable = results.filter((result) => !aborted(result));
    const [closest] = usable;
    if (usable.length === 1 && closest) {
      payload.value = closest.value;
      return closest;
    }
    payload.issues.push({
      code: 'invalid_union',
      errors: results.map((result) => result.issues.map(finalize)),
    });
    return payload;
  }
}

export function union<const T extends readonly AnySchema[]>(options: T): UnionSchema<T> {
  return new UnionSchema(options);
}
