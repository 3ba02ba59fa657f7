import { patternCheck } from './checks';
import { Schema, type Check, type Payload } from './core';

/**
 * ISO 8601 strings, with zod 4's patterns (core/regexes.js): a real calendar date (leap
 * years included), and a date-time with seconds, optional fractions and `Z` or an offset.
 * Each is a string schema whose own format check runs first, as zod's string formats do.
 */

const dateSource =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
const timeWithSeconds = '(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?';

class FormatSchema extends Schema<string> {
  constructor(format: Check<string>) {
    super();
    this.checks = [format];
  }
  protected parseType(payload: Payload): Payload {
    if (typeof payload.value !== 'string') payload.issues.push({ expected: 'string', code: 'invalid_type' });
    return payload;
  }
}

/** `YYYY-MM-DD`, a day that exists. */
export function date(): FormatSchema {
  return new FormatSchema(patternCheck(new RegExp(`^${dateSource}$`), 'date'));
}

/** A date-time with seconds; `offset: true` also accepts `+08:00`-style offsets besides `Z`. */
export function datetime(options: { offset?: boolean } = {}): FormatSchema {
  const zones = options.offset ? 'Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)' : 'Z';
  return new FormatSchema(
    patternCheck(new RegExp(`^${dateSource}T(?:${timeWithSeconds}(?:${zones}))$`), 'datetime'),
  );
}
