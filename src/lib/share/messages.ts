import type { Locale } from '../i18n/locales';
import { sectionText } from '../i18n/sections';
import { describeLoadError } from '../worksheets/messages';
import type { PrefillError } from './prefill-link';
import type { SealedError } from './sealed-link';

/**
 * What a worksheet page says when a pre-filled link cannot be opened, and what
 * `/worksheets/open/` says for an encrypted one. Each message names the problem, says what
 * happened instead (an empty worksheet, nothing saved) and what to do, because the reader
 * usually got the link from someone else and can only ask them. The words are the
 * `link-errors` section (and `worksheet-errors` for an invalid worksheet), loaded first.
 */

/** One paragraph saying why a pre-filled link did not open, in the page's language. */
export function describePrefillError(error: PrefillError, locale: Locale): string {
  const t = sectionText(locale, 'link-errors');
  switch (error.code) {
    case 'not_prefill':
    case 'corrupted':
      return t(`error.prefill.${error.code}`);
    case 'unsupported_version':
      return t('error.prefill.unsupported_version', { version: error.version });
    case 'too_large':
      return error.what === 'link'
        ? t('error.prefill.too_large.link', { length: error.length, limit: error.limit })
        : t('error.prefill.too_large.payload');
    case 'invalid_worksheet':
      return t('error.prefill.invalid_worksheet', { reason: describeLoadError(error.loadError, locale) });
  }
}

/** One paragraph saying why an encrypted link did not open, in the page's language. */
export function describeSealedError(error: SealedError, locale: Locale): string {
  const t = sectionText(locale, 'link-errors');
  switch (error.code) {
    case 'not_sealed':
    case 'corrupted':
    case 'wrong_passphrase':
    case 'tampered':
    case 'no_crypto':
      return t(`error.sealed.${error.code}`);
    case 'unsupported_version':
      return t(`error.sealed.unsupported_version.${error.newer ? 'newer' : 'older'}`, {
        version: error.version,
      });
    case 'too_large':
      return error.what === 'link'
        ? t('error.sealed.too_large.link', { length: error.length, limit: error.limit })
        : t('error.sealed.too_large.payload');
    case 'invalid_worksheet':
      return t('error.sealed.invalid_worksheet', { reason: describeLoadError(error.loadError, locale) });
  }
}
