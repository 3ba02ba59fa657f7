import type { Locale } from '../../i18n/locales';
import { sectionText } from '../../i18n/sections';

/**
 * The error codes of `POST /api/grow-questions` and their sentences. Codes are stable (the
 * page may map them to its own wording); sentences say what to do next, in the sender's
 * language, and never echo what was sent. They live in each language's dictionary (section
 * `grow-errors`, keys `grow.error.<code>`).
 */
export const errorCodes = [
  'method_not_allowed',
  'forbidden_origin',
  'rate_limited',
  'unsupported_media_type',
  'payload_too_large',
  'invalid_json',
  'invalid_request',
  'internal_error',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type FixedMessageCode = Exclude<ErrorCode, 'invalid_request'>;

/**
 * The sentence of a fixed error (`invalid_request` is worded per problem, by request.ts);
 * after `provideServerSections`.
 */
export function errorMessage(locale: Locale, code: FixedMessageCode): string {
  return sectionText(locale, 'grow-errors')(`grow.error.${code}`);
}
