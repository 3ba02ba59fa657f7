import type { Locale } from '../../lib/i18n/locales';
import type { LoadError } from '../../lib/worksheets/document';
import type { SealedError } from '../../lib/share/sealed-link';
import { loadWithSections } from '../../lib/i18n/sections';

/** The error describers with their words in `locale` (for code that needs more than one describer). */
export function loadWorksheetErrors(locale: Locale) {
  return loadWithSections(locale, ['worksheet-errors'], () => import('../../lib/worksheets/messages'));
}

/**
 * Why a worksheet could not be read, opened or saved, in the user's language. The code and
 * its words (the page language's `worksheet-errors` section) load only when something went
 * wrong; if even they cannot load, `unavailable` is said instead (the page's
 * "part of this page did not load" sentence).
 */
export async function describeLoadErrorLater(
  error: LoadError,
  locale: Locale,
  unavailable: string,
): Promise<string> {
  try {
    const { describeLoadError } = await loadWorksheetErrors(locale);
    return describeLoadError(error, locale);
  } catch {
    return unavailable;
  }
}

/** Why an encrypted link did not open, with its words loaded first (or `unavailable` if they cannot load). */
export async function describeSealedErrorLater(
  error: SealedError,
  locale: Locale,
  unavailable: string,
): Promise<string> {
  try {
    const { describeSealedError } = await loadWithSections(
      locale,
      ['link-errors', 'worksheet-errors'],
      () => import('../../lib/share/messages'),
    );
    return describeSealedError(error, locale);
  } catch {
    return unavailable;
  }
}
