import type { Locale } from '../../i18n/locales';

/**
 * The error codes of `POST /api/grow-questions` and their sentences. Codes are stable (the
 * page may map them to its own wording); sentences say what to do next, in the sender's
 * language, and never echo what was sent.
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

type FixedMessageCode = Exclude<ErrorCode, 'invalid_request'>;

export const errorMessages: Record<Locale, Record<FixedMessageCode, string>> = {
  'zh-CN': {
    method_not_allowed: '这个地址只接受 GET（查询能力）和 POST 请求。',
    forbidden_origin: '不接受来自其他网站的请求。',
    rate_limited: '请求太频繁了，请稍等片刻再试。',
    unsupported_media_type: '请求内容必须是 JSON（Content-Type: application/json）。',
    payload_too_large: '请求内容超过了 32 KiB 的上限，请精简准备单后再试。',
    invalid_json: '请求内容不是有效的 JSON。',
    internal_error: '服务器出了点问题，请稍后再试；也可以改用内置规则生成问题。',
  },
  en: {
    method_not_allowed: 'This address only accepts GET (what it can do) and POST requests.',
    forbidden_origin: 'Requests from other sites are not accepted.',
    rate_limited: 'Too many requests. Please wait a moment and try again.',
    unsupported_media_type: 'The request body must be JSON (Content-Type: application/json).',
    payload_too_large:
      'The request is larger than the 32 KiB limit. Please shorten the prep sheet and try again.',
    invalid_json: 'The request body is not valid JSON.',
    internal_error: 'Something went wrong on the server. Please try again later, or use the built-in rules.',
  },
};
