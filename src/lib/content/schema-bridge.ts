import '../zod-setup';
import { z } from 'zod';
import type { Issue, SafeParseResult } from '../schema';

/**
 * Build-time content is checked with classic zod, but the worksheet and prep-sheet schemas
 * are written with our browser validator (src/lib/schema). These two helpers let a content
 * schema use one of them and report its issues readably.
 */

/** One issue as a build error says it: the code and its limit or allowed values, not a generic "Invalid input". */
export function issueText(issue: Issue): string {
  const { path: _path, message, code, ...details } = issue;
  if (code === 'custom' && message !== 'Invalid input') return message;
  return `${code} ${JSON.stringify(details)}`;
}

/** A classic zod schema that parses with one of ours: same output, one custom issue per issue of ours. */
export function zodOf<Out>(schema: { safeParse(value: unknown): SafeParseResult<Out> }) {
  return z.unknown().transform((value, ctx): Out => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({
        code: 'custom',
        path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
        message: issueText(issue),
      });
    }
    return z.NEVER;
  });
}
