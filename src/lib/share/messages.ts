import type { Locale } from '../i18n/locales';
import { describeLoadError } from '../worksheets/messages';
import type { PrefillError, PrefillErrorCode } from './prefill-link';

/**
 * What the worksheet page says when a pre-filled link cannot be opened. Each message names
 * the problem, says what happened instead (an empty worksheet, nothing loaded) and what to
 * do, because the reader usually got the link from someone else and can only ask them.
 */

interface PrefillText {
  messages: { [C in PrefillErrorCode]: (error: Extract<PrefillError, { code: C }>) => string };
}

const text: Record<Locale, PrefillText> = {
  'zh-CN': {
    messages: {
      not_prefill: () => '这个地址里没有预填内容，所以打开的是一份空白工作表。',
      unsupported_version: ({ version }) =>
        `这个预填链接的格式（${version}）来自另一个版本的工具箱，这里读不了，所以没有载入任何内容，下面是一份空白工作表。请让发链接的人用本站的“预填链接生成器”重新生成一次。`,
      corrupted: () =>
        '这个预填链接不完整，或者在复制、转发时被改动过（校验没有通过），所以没有载入任何内容，下面是一份空白工作表。请把链接完整地再复制一次打开；还不行的话，请发链接的人重新发一次。',
      too_large: ({ what, length, limit }) =>
        `${what === 'link' ? `这个预填链接太长了（${length} 个字符，上限 ${limit}）` : '这个预填链接里的内容远远超出一份工作表的大小'}，所以没有载入，下面是一份空白工作表。请发链接的人把示例写得短一些，再重新生成。`,
      invalid_worksheet: ({ loadError }) =>
        `这个预填链接里的工作表内容不符合要求：${describeLoadError(loadError, 'zh-CN')}所以没有载入，下面是一份空白工作表。请发链接的人检查示例后重新生成。`,
    },
  },
  en: {
    messages: {
      not_prefill: () => 'This address carries no pre-filled content, so a blank worksheet was opened.',
      unsupported_version: ({ version }) =>
        `This pre-filled link uses a format (${version}) from another version of the toolkit that this page cannot read. Nothing was loaded; below is a blank worksheet. Ask the person who sent it to make it again with this site's link builder.`,
      corrupted: () =>
        'This pre-filled link is incomplete or was changed while being copied or forwarded (its checksum does not match). Nothing was loaded; below is a blank worksheet. Copy the whole link again and open it, or ask the person who sent it for a fresh one.',
      too_large: ({ what, length, limit }) =>
        `${what === 'link' ? `This pre-filled link is too long (${length} characters; the limit is ${limit})` : 'This pre-filled link unpacks into far more than any worksheet holds'}. Nothing was loaded; below is a blank worksheet. Ask the person who sent it to shorten the example and make the link again.`,
      invalid_worksheet: ({ loadError }) =>
        `The worksheet in this pre-filled link is not valid: ${describeLoadError(loadError, 'en')} Nothing was loaded; below is a blank worksheet. Ask the person who sent it to check the example and make the link again.`,
    },
  },
};

/** One paragraph saying why a pre-filled link did not open, in the page's language. */
export function describePrefillError(error: PrefillError, locale: Locale): string {
  const messages = text[locale].messages;
  // Each code's function takes that code's error; TypeScript cannot correlate the two here.
  const describe = messages[error.code] as (error: PrefillError) => string;
  return describe(error);
}
