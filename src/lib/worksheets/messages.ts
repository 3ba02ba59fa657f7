import { sectionText } from '../i18n/sections';
import type { Locale } from '../i18n/locales';
import type { LoadError } from './document';
import type { ImportFailure, ImportFileError } from './export-file';
import { isWorksheetKind, worksheetKindInfo } from './kinds';

/**
 * User-facing messages for load and import errors, in the page's language (the
 * `worksheet-errors` section of the dictionary, loaded with this module). Each names the
 * problem precisely (which field, which limit, which version) so the user knows whether to
 * fix the file, update the page or give up on one worksheet.
 */

function worksheetName(kind: string | undefined, locale: Locale): string {
  const t = sectionText(locale, 'worksheet-errors');
  return isWorksheetKind(kind) ? worksheetKindInfo[kind].name[locale] : t('error.worksheet.genericWorksheet');
}

/** Why a stored or imported worksheet could not be opened, in one sentence. */
export function describeLoadError(error: LoadError, locale: Locale): string {
  const t = sectionText(locale, 'worksheet-errors');
  switch (error.code) {
    case 'not_object':
      return t('error.worksheet.notObject');
    case 'unknown_kind':
      return error.kind === undefined
        ? t('error.worksheet.unknownKind.missing')
        : t('error.worksheet.unknownKind.named', { kind: error.kind });
    case 'newer_version':
      return t('error.worksheet.newerVersion', {
        name: worksheetName(error.kind, locale),
        version: error.version,
        supported: error.supported,
      });
    case 'unsupported_version':
      return t('error.worksheet.unsupportedVersion', {
        name: worksheetName(error.kind, locale),
        version: error.version,
        oldest: error.oldest,
      });
    case 'migration_failed':
      return t('error.worksheet.migrationFailed', {
        name: worksheetName(error.kind, locale),
        step: error.step,
      });
    case 'invalid_data':
      return t('error.worksheet.invalidData', {
        path: error.path === '' ? t('error.worksheet.wholeValue') : error.path,
        issue: t(`error.worksheet.issues.${error.issue}`, { limit: error.limit ?? '?' }),
      });
  }
}

/** Why a whole import file was refused. */
export function describeImportFileError(error: ImportFileError, locale: Locale): string {
  const t = sectionText(locale, 'worksheet-errors');
  switch (error.code) {
    case 'too_large':
      return t('error.worksheet.tooLarge', {
        size: toMegabytes(error.byteLength),
        limit: toMegabytes(error.limit),
      });
    case 'not_json':
      return t('error.worksheet.notJson');
    case 'wrong_shape':
      return t(`error.worksheet.wrongShape.${error.field}`);
    case 'newer_version':
      return t('error.worksheet.newerFile', { version: error.version, supported: error.supported });
  }
}

/** One line per worksheet the file could not provide: its position, its title if readable, and why. */
export function describeImportFailure(failure: ImportFailure, locale: Locale): string {
  const t = sectionText(locale, 'worksheet-errors');
  const { title } = failure.error;
  const reason = describeLoadError(failure.error, locale);
  return title === undefined || title === ''
    ? t('error.worksheet.failure.untitled', { position: failure.index + 1, reason })
    : t('error.worksheet.failure.titled', { position: failure.index + 1, title, reason });
}

function toMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 10 ? megabytes.toFixed(0) : megabytes.toFixed(1).replace(/\.0$/, '');
}
