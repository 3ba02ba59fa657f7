import type { zhWorksheetErrors } from '../zh-CN-parts/worksheet-errors';

/** Why a worksheet or a file could not be opened or imported (keys start with `error.worksheet.`). */
export const enWorksheetErrors: Record<keyof typeof zhWorksheetErrors, string> = {
  'error.worksheet.notObject': 'This is not a worksheet: expected a JSON object.',
  'error.worksheet.unknownKind.missing': 'The worksheet type (kind) is missing.',
  'error.worksheet.unknownKind.named': 'Unknown worksheet type “{kind}”.',
  'error.worksheet.newerVersion':
    'This {name} was saved by a newer version of the toolkit (data version {version}; this page reads up to {supported}). Reload the page and try again.',
  'error.worksheet.unsupportedVersion':
    'This {name} uses data version {version}, which is too old to read (the oldest supported is {oldest}).',
  'error.worksheet.migrationFailed': 'Upgrading this {name} to the current format failed (step {step}).',
  'error.worksheet.invalidData': 'The field {path} {issue}.',
  'error.worksheet.wholeValue': '(whole value)',
  'error.worksheet.issues.missing': 'is missing',
  'error.worksheet.issues.wrong_type': 'has the wrong type',
  'error.worksheet.issues.too_long': 'is longer than the limit of {limit} characters',
  'error.worksheet.issues.too_short': 'is shorter than {limit} characters',
  'error.worksheet.issues.too_many': 'has more than the limit of {limit} entries',
  'error.worksheet.issues.too_few': 'has fewer than {limit} entries',
  'error.worksheet.issues.out_of_range': 'is outside the allowed range',
  'error.worksheet.issues.bad_date': 'is not a valid date (expected YYYY-MM-DD)',
  'error.worksheet.issues.bad_datetime': 'is not a valid time (expected ISO 8601)',
  'error.worksheet.issues.bad_format': 'is not in the expected format',
  'error.worksheet.issues.not_allowed': 'has a value that is not allowed',
  'error.worksheet.issues.invalid': 'is not valid',
  'error.worksheet.genericWorksheet': 'worksheet',
  'error.worksheet.tooLarge': 'The file is {size} MB, over the {limit} MB limit.',
  'error.worksheet.notJson': 'This is not a JSON file, or the file is damaged.',
  'error.worksheet.wrongShape.root': 'The file is not a worksheet export: its top level should be an object.',
  'error.worksheet.wrongShape.type':
    'This is not a worksheet file exported by this toolkit (type should be “coaching-toolkit/worksheets”).',
  'error.worksheet.wrongShape.version': 'The file has no valid format version (version).',
  'error.worksheet.wrongShape.worksheets': 'The file has no list of worksheets (worksheets).',
  'error.worksheet.newerFile':
    'This file was exported by a newer version of the toolkit (file version {version}; this page reads up to {supported}). Reload the page and import again.',
  'error.worksheet.failure.untitled': 'Worksheet {position}: {reason}',
  'error.worksheet.failure.titled': 'Worksheet {position} (“{title}”): {reason}',
};
