import type { Locale } from '../i18n/locales';
import type { FieldIssue, LoadError } from './document';
import type { ExportFileField, ImportFailure, ImportFileError } from './export-file';
import { isWorksheetKind, worksheetKindInfo } from './kinds';

/**
 * User-facing messages for load and import errors, in both languages. Each names the
 * problem precisely (which field, which limit, which version) so the user knows whether to
 * fix the file, update the page or give up on one worksheet.
 */

interface ErrorText {
  notObject: string;
  unknownKind: (kind: string | undefined) => string;
  newerVersion: (name: string, version: number, supported: number) => string;
  unsupportedVersion: (name: string, version: number, oldest: number) => string;
  migrationFailed: (name: string, step: string) => string;
  invalidData: (path: string, issue: string) => string;
  wholeValue: string;
  issues: Record<FieldIssue, (limit: number | undefined) => string>;
  genericWorksheet: string;
  tooLarge: (megabytes: string, limitMegabytes: string) => string;
  notJson: string;
  wrongShape: Record<ExportFileField, string>;
  newerFile: (version: number, supported: number) => string;
  failure: (position: number, title: string | undefined, reason: string) => string;
}

const text: Record<Locale, ErrorText> = {
  'zh-CN': {
    notObject: '这不是一份工作表：内容应当是一个 JSON 对象。',
    unknownKind: (kind) =>
      kind === undefined ? '缺少工作表类型（kind）。' : `不认识的工作表类型「${kind}」。`,
    newerVersion: (name, version, supported) =>
      `这份${name}由更新版本的工具箱保存（数据版本 ${version}，本页面最高支持 ${supported}）。请刷新页面后再试。`,
    unsupportedVersion: (name, version, oldest) =>
      `这份${name}的数据版本 ${version} 太旧，无法读取（最早支持 ${oldest}）。`,
    migrationFailed: (name, step) => `把这份${name}升级到新格式时出错（步骤 ${step}）。`,
    invalidData: (path, issue) => `字段 ${path} ${issue}。`,
    wholeValue: '（整体）',
    issues: {
      missing: () => '缺失',
      wrong_type: () => '的类型不对',
      too_long: (limit) => `超过了 ${limit ?? '?'} 个字符的上限`,
      too_short: (limit) => `少于 ${limit ?? '?'} 个字符`,
      too_many: (limit) => `超过了 ${limit ?? '?'} 项的上限`,
      too_few: (limit) => `少于 ${limit ?? '?'} 项`,
      out_of_range: () => '的数值超出了允许范围',
      bad_date: () => '不是有效日期（应为 YYYY-MM-DD）',
      bad_datetime: () => '不是有效时间（应为 ISO 8601 格式）',
      bad_format: () => '的格式不对',
      not_allowed: () => '不是允许的取值',
      invalid: () => '的内容无效',
    },
    genericWorksheet: '工作表',
    tooLarge: (size, limit) => `文件有 ${size} MB，超过了 ${limit} MB 的上限。`,
    notJson: '这不是 JSON 文件，或者文件已经损坏。',
    wrongShape: {
      root: '文件内容不是工作表导出格式：最外层应当是一个对象。',
      type: '这不是本工具箱导出的工作表文件（type 应为 “coaching-toolkit/worksheets”）。',
      version: '文件缺少有效的格式版本号（version）。',
      worksheets: '文件里没有工作表列表（worksheets）。',
    },
    newerFile: (version, supported) =>
      `这个文件由更新版本的工具箱导出（文件版本 ${version}，这里最高支持 ${supported}）。请刷新页面后再导入。`,
    failure: (position, title, reason) =>
      `第 ${position} 份${title === undefined || title === '' ? '' : `「${title}」`}：${reason}`,
  },
  en: {
    notObject: 'This is not a worksheet: expected a JSON object.',
    unknownKind: (kind) =>
      kind === undefined ? 'The worksheet type (kind) is missing.' : `Unknown worksheet type “${kind}”.`,
    newerVersion: (name, version, supported) =>
      `This ${name} was saved by a newer version of the toolkit (data version ${version}; this page reads up to ${supported}). Reload the page and try again.`,
    unsupportedVersion: (name, version, oldest) =>
      `This ${name} uses data version ${version}, which is too old to read (the oldest supported is ${oldest}).`,
    migrationFailed: (name, step) => `Upgrading this ${name} to the current format failed (step ${step}).`,
    invalidData: (path, issue) => `The field ${path} ${issue}.`,
    wholeValue: '(whole value)',
    issues: {
      missing: () => 'is missing',
      wrong_type: () => 'has the wrong type',
      too_long: (limit) => `is longer than the limit of ${limit ?? '?'} characters`,
      too_short: (limit) => `is shorter than ${limit ?? '?'} characters`,
      too_many: (limit) => `has more than the limit of ${limit ?? '?'} entries`,
      too_few: (limit) => `has fewer than ${limit ?? '?'} entries`,
      out_of_range: () => 'is outside the allowed range',
      bad_date: () => 'is not a valid date (expected YYYY-MM-DD)',
      bad_datetime: () => 'is not a valid time (expected ISO 8601)',
      bad_format: () => 'is not in the expected format',
      not_allowed: () => 'has a value that is not allowed',
      invalid: () => 'is not valid',
    },
    genericWorksheet: 'worksheet',
    tooLarge: (size, limit) => `The file is ${size} MB, over the ${limit} MB limit.`,
    notJson: 'This is not a JSON file, or the file is damaged.',
    wrongShape: {
      root: 'The file is not a worksheet export: its top level should be an object.',
      type: 'This is not a worksheet file exported by this toolkit (type should be “coaching-toolkit/worksheets”).',
      version: 'The file has no valid format version (version).',
      worksheets: 'The file has no list of worksheets (worksheets).',
    },
    newerFile: (version, supported) =>
      `This file was exported by a newer version of the toolkit (file version ${version}; this page reads up to ${supported}). Reload the page and import again.`,
    failure: (position, title, reason) =>
      `Worksheet ${position}${title === undefined || title === '' ? '' : ` (“${title}”)`}: ${reason}`,
  },
};

function worksheetName(kind: string | undefined, locale: Locale): string {
  return isWorksheetKind(kind) ? worksheetKindInfo[kind].name[locale] : text[locale].genericWorksheet;
}

/** Why a stored or imported worksheet could not be opened, in one sentence. */
export function describeLoadError(error: LoadError, locale: Locale): string {
  const t = text[locale];
  switch (error.code) {
    case 'not_object':
      return t.notObject;
    case 'unknown_kind':
      return t.unknownKind(error.kind);
    case 'newer_version':
      return t.newerVersion(worksheetName(error.kind, locale), error.version, error.supported);
    case 'unsupported_version':
      return t.unsupportedVersion(worksheetName(error.kind, locale), error.version, error.oldest);
    case 'migration_failed':
      return t.migrationFailed(worksheetName(error.kind, locale), error.step);
    case 'invalid_data':
      return t.invalidData(error.path === '' ? t.wholeValue : error.path, t.issues[error.issue](error.limit));
  }
}

/** Why a whole import file was refused. */
export function describeImportFileError(error: ImportFileError, locale: Locale): string {
  const t = text[locale];
  switch (error.code) {
    case 'too_large':
      return t.tooLarge(toMegabytes(error.byteLength), toMegabytes(error.limit));
    case 'not_json':
      return t.notJson;
    case 'wrong_shape':
      return t.wrongShape[error.field];
    case 'newer_version':
      return t.newerFile(error.version, error.supported);
  }
}

/** One line per worksheet the file could not provide: its position, its title if readable, and why. */
export function describeImportFailure(failure: ImportFailure, locale: Locale): string {
  return text[locale].failure(
    failure.index + 1,
    failure.error.title,
    describeLoadError(failure.error, locale),
  );
}

function toMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 10 ? megabytes.toFixed(0) : megabytes.toFixed(1).replace(/\.0$/, '');
}
