import type { Locale } from '../i18n/locales';
import { describeLoadError } from '../worksheets/messages';
import type { PrefillError, PrefillErrorCode } from './prefill-link';
import type { SealedError, SealedErrorCode } from './sealed-link';

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

/**
 * What `/worksheets/open/` says when an encrypted link cannot be opened: the problem, that
 * nothing was saved, and what to do (usually: ask the sender).
 */
const sealedText: Record<
  Locale,
  { [C in SealedErrorCode]: (error: Extract<SealedError, { code: C }>) => string }
> = {
  'zh-CN': {
    not_sealed: () =>
      '这个地址里没有加密的工作表链接（# 后面的部分不见了，或者不是本工具箱生成的）。什么也没有保存。请把收到的链接完整地复制到浏览器地址栏里打开。',
    unsupported_version: ({ version, newer }) =>
      newer
        ? `这个链接由更新版本的工具箱生成（格式 ${version}），这里的版本还读不了。什么也没有保存。请刷新页面取得最新版本后再打开；仍然不行的话，请发送人用你这边的工具箱版本重新生成。`
        : `这个链接的格式（${version}）这里读不了。什么也没有保存。请发送人重新生成一次。`,
    corrupted: () =>
      '这个链接不完整，或者在复制、转发时被改动过（校验没有通过）。什么也没有保存。请把链接完整地再复制一次；还不行的话，请发送人重新发一次。',
    too_large: ({ what, length, limit }) =>
      what === 'link'
        ? `这个链接太长了（${length} 个字符，上限 ${limit}）。什么也没有保存。请发送人精简内容后重新生成，或者改用导出文件。`
        : '这个链接里的内容远远超出一份工作表的大小。什么也没有保存。请发送人改用导出文件。',
    invalid_worksheet: ({ loadError }) =>
      `链接里的工作表内容不符合要求：${describeLoadError(loadError, 'zh-CN')}什么也没有保存。请发送人检查后重新生成。`,
    wrong_passphrase: () => '口令不对，链接没有打开，什么也没有保存。请核对口令（区分大小写和空格）后再试。',
    tampered: () =>
      '这个链接被人改动过：校验码对得上，但内容无法用链接里的密钥解开。什么也没有保存。请向发送人当面确认后，让对方重新发一次。',
    no_crypto: () =>
      '这个浏览器在当前地址下不提供加密功能（通常是因为网站没有使用 HTTPS）。什么也没有保存。请用 HTTPS 地址打开本站，或换一个新版浏览器。',
  },
  en: {
    not_sealed: () =>
      'This address holds no encrypted worksheet link (the part after # is missing, or it was not made by this toolkit). Nothing was saved. Paste the whole link you received into the address bar and open it.',
    unsupported_version: ({ version, newer }) =>
      newer
        ? `This link was made by a newer version of the toolkit (format ${version}) than this page can read. Nothing was saved. Reload to get the latest version and open it again; if that doesn’t help, ask the sender to make it again.`
        : `This link uses a format (${version}) this page cannot read. Nothing was saved. Ask the sender to make it again.`,
    corrupted: () =>
      'This link is incomplete or was changed while being copied or forwarded (its checksum does not match). Nothing was saved. Copy the whole link again; if that doesn’t help, ask the sender for a fresh one.',
    too_large: ({ what, length, limit }) =>
      what === 'link'
        ? `This link is too long (${length} characters; the limit is ${limit}). Nothing was saved. Ask the sender to shorten the worksheet, or to send an export file instead.`
        : 'This link unpacks into far more than any worksheet holds. Nothing was saved. Ask the sender for an export file instead.',
    invalid_worksheet: ({ loadError }) =>
      `The worksheet in this link is not valid: ${describeLoadError(loadError, 'en')} Nothing was saved. Ask the sender to check it and make the link again.`,
    wrong_passphrase: () =>
      'That passphrase does not open this link. Nothing was saved. Check it (capitals and spaces count) and try again.',
    tampered: () =>
      'This link was altered: its checksum matches, but the key in it does not open the content. Nothing was saved. Check with the sender in person and ask for a new link.',
    no_crypto: () =>
      'This browser offers no encryption at this address (usually because the site is not on HTTPS). Nothing was saved. Open the site over HTTPS, or use a current browser.',
  },
};

/** One paragraph saying why an encrypted link did not open, in the page's language. */
export function describeSealedError(error: SealedError, locale: Locale): string {
  const describe = sealedText[locale][error.code] as (error: SealedError) => string;
  return describe(error);
}
