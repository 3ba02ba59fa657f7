import { describe, expect, test } from 'vitest';
import * as z from '../../../../src/lib/schema';

/**
 * Behaviors of src/lib/schema that matches-zod.test.ts cannot see by comparing results:
 * defaults are never shared between parses, `.check()` leaves the original schema alone,
 * and `parse` throws the same issues `safeParse` reports.
 */
describe('src/lib/schema', () => {
  test('_default gives each parse its own copy of an array or object default', () => {
    const list = z._default(z.array(z.string()), []);
    const first = list.parse(undefined);
    first.push('changed');
    expect(list.parse(undefined)).toEqual([]);
    const box = z._default(z.object({ a: z.optional(z.string()) }), {});
    const made = box.parse(undefined);
    made.a = 'changed';
    expect(box.parse(undefined)).toEqual({});
  });

  test('_default returns its value without validating it; prefault parses it', () => {
    const defaulted = z._default(z.string().check(z.minLength(3)), 'x');
    expect(defaulted.safeParse(undefined)).toEqual({ success: true, data: 'x' });
    const prefaulted = z.prefault(z.string().check(z.minLength(3)), 'x');
    expect(prefaulted.safeParse(undefined).success).toBe(false);
    expect(z.prefault(z.string().check(z.trim()), '  y  ').parse(undefined)).toBe('y');
  });

  test('.check() returns a new schema and leaves the original unchanged', () => {
    const text = z.string();
    const short = text.check(z.maxLength(2));
    expect(text.safeParse('long').success).toBe(true);
    expect(short.safeParse('long').success).toBe(false);
  });

  test('parse throws a SchemaError with the issues safeParse reports', () => {
    const schema = z.strictObject({ n: z.int().check(z.minimum(1)) });
    const result = schema.safeParse({ n: 0, extra: true });
    expect(result.success).toBe(false);
    expect(() => schema.parse({ n: 0, extra: true })).toThrow(z.SchemaError);
    expect(result.error?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['too_small', ['n']],
      ['unrecognized_keys', []],
    ]);
  });
});
