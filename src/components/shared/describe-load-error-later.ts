import type { Locale } from '../../lib/i18n/locales';
import type { LoadError } from '../../lib/worksheets/document';

/**
 * Why a worksheet could not be read, opened or saved, in the user's language. The words
 * (about 2 KB gzip, both languages' sentences for every kind of error) load only when
 * something went wrong; if even they cannot load, `unavailable` is said instead (the page's
 * "part of this page did not load" sentence).
 */
export async function describeLoadErrorLater(
  error: LoadError,
  locale: Locale,
  unavailable: string,
): Promise<string> {
  try {
    const { describeLoadError } = await import('../../lib/worksheets/messages');
    return describeLoadError(error, locale);
  } catch {
    return unavailable;
  }
}
