import { Schema, type AnySchema, type OptIn, type Payload } from './core';
import { isObject } from './schemas';

/**
 * Schemas around another: `optional`, `nullable`, `_default` and `prefault`, with zod 4's
 * rules for what `undefined` and `null` become and for how an object treats an absent key.
 */

abstract class Wrapper<
  S extends AnySchema,
  Out,
  In,
  IsOptIn extends boolean,
  IsOptOut extends boolean,
> extends Schema<Out, In, IsOptIn, IsOptOut> {
  constructor(readonly inner: S) {
    super();
  }
}

class OptionalSchema<S extends AnySchema> extends Wrapper<
  S,
  S['_output'] | undefined,
  S['_input'] | undefined,
  true,
  true
> {
  override get optin(): OptIn {
    return this.inner.optin === 'defaulted' ? 'defaulted' : 'optional';
  }
  override get optout(): 'optional' {
    return 'optional';
  }
  protected parseType(payload: Payload): Payload {
    if (payload.value !== undefined) return this.inner.run(payload);
    if (this.inner.optin !== 'defaulted') return payload;
    const result = this.inner.run({ value: undefined, issues: [] });
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
  }
}

export function optional<S extends AnySchema>(inner: S): OptionalSchema<S> {
  return new OptionalSchema(inner);
}

class NullableSchema<S extends AnySchema> extends Wrapper<
  S,
  S['_output'] | null,
  S['_input'] | null,
  S['_optIn'],
  S['_optOut']
> {
  override get optin(): OptIn {
    return this.inner.optin;
  }
  override get optout(): 'optional' | undefined {
    return this.inner.optout;
  }
  protected parseType(payload: Payload): Payload {
    return payload.value === null ? payload : this.inner.run(payload);
  }
}

export function nullable<S extends AnySchema>(inner: S): NullableSchema<S> {
  return new NullableSchema(inner);
}

type NoUndefined<T> = T extends undefined ? never : T;
/** A default: the value itself (copied for arrays and plain objects) or a function that makes one. */
type DefaultValue<T> = NoUndefined<T> | (() => NoUndefined<T>);

/** zod's `shallowClone`, so a default array or object is never shared between parses. */
function fresh<T>(value: DefaultValue<T>): NoUndefined<T> {
  if (typeof value === 'function') return (value as () => NoUndefined<T>)();
  if (Array.isArray(value)) return [...value] as NoUndefined<T>;
  if (isObject(value) && isPlainObject(value)) return { ...value };
  return value;
}

function isPlainObject(value: object): boolean {
  const constructor: unknown = (value as { constructor?: unknown }).constructor;
  if (typeof constructor !== 'function') return true;
  const prototype: unknown = constructor.prototype;
  return isObject(prototype) && Object.hasOwn(prototype, 'isPrototypeOf');
}

class DefaultSchema<S extends AnySchema, In> extends Wrapper<
  S,
  NoUndefined<S['_output']>,
  In | undefined,
  true,
  false
> {
  constructor(
    inner: S,
    private readonly defaultValue: DefaultValue<unknown>,
    /** `true`: the default goes through the schema (prefault); `false`: it is returned as is. */
    private readonly validateDefault: boolean,
  ) {
    super(inner);
  }
  override get optin(): OptIn {
    return 'defaulted';
  }
  protected parseType(payload: Payload): Payload {
    if (payload.value === undefined) {
      payload.value = fresh(this.defaultValue);
      if (!this.validateDefault) return payload;
      return this.inner.run(payload);
    }
    const result = this.inner.run(payload);
    if (!this.validateDefault && result.value === undefined) result.value = fresh(this.defaultValue);
    return result;
  }
}

/** The default for `undefined`, returned without validation (zod's `_default`). */
export function _default<S extends AnySchema>(
  inner: S,
  value: DefaultValue<S['_output']>,
): DefaultSchema<S, S['_input']> {
  return new DefaultSchema(inner, value, false);
}

/** A default input for `undefined`, parsed by the schema like any input (zod's `prefault`). */
export function prefault<S extends AnySchema>(
  inner: S,
  value: DefaultValue<S['_input']>,
): DefaultSchema<S, S['_input']> {
  return new DefaultSchema(inner, value, true);
}
