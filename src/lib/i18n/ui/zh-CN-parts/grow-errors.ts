/**
 * 问题生成接口（`POST /api/grow-questions`）出错时的说明（键以 `grow.error.` 开头，后接错误码）。
 * 说清下一步怎么做，不复述对方发来的内容。
 */
export const zhGrowErrors = {
  'grow.error.method_not_allowed': '这个地址只接受 GET（查询能力）和 POST 请求。',
  'grow.error.forbidden_origin': '不接受来自其他网站的请求。',
  'grow.error.rate_limited': '请求太频繁了，请稍等片刻再试。',
  'grow.error.unsupported_media_type': '请求内容必须是 JSON（Content-Type: application/json）。',
  'grow.error.payload_too_large': '请求内容超过了 32 KiB 的上限，请精简准备单后再试。',
  'grow.error.invalid_json': '请求内容不是有效的 JSON。',
  'grow.error.internal_error': '服务器出了点问题，请稍后再试；也可以改用内置规则生成问题。',
} as const;
