import type { zhGrowErrors } from '../zh-CN-parts/grow-errors';

/**
 * The question generator's API errors (keys start with `grow.error.`, then the error code):
 * what to do next, never an echo of what was sent.
 */
export const enGrowErrors: Record<keyof typeof zhGrowErrors, string> = {
  'grow.error.method_not_allowed': 'This address only accepts GET (what it can do) and POST requests.',
  'grow.error.forbidden_origin': 'Requests from other sites are not accepted.',
  'grow.error.rate_limited': 'Too many requests. Please wait a moment and try again.',
  'grow.error.unsupported_media_type': 'The request body must be JSON (Content-Type: application/json).',
  'grow.error.payload_too_large':
    'The request is larger than the 32 KiB limit. Please shorten the prep sheet and try again.',
  'grow.error.invalid_json': 'The request body is not valid JSON.',
  'grow.error.internal_error':
    'Something went wrong on the server. Please try again later, or use the built-in rules.',
};
