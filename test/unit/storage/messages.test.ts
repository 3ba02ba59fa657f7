import { describe, expect, test } from 'vitest';
import { locales } from '../../../src/lib/i18n/locales';
import {
  describeConflict,
  describeExternalChange,
  describeStorageStatus,
  describeUnexpectedError,
} from '../../../src/storage/messages';
import type { StorageFailureReason } from '../../../src/storage/resilient-backend';

const CJK = /[\u3400-\u9fff]/;
const reasons: StorageFailureReason[] = ['unavailable', 'quota_exceeded', 'timeout', 'error'];

describe.each(locales)('storage messages in %s', (locale) => {
  const inLanguage = (text: string | undefined) => {
    expect(text).toBeTruthy();
    expect(CJK.test(text ?? '')).toBe(locale === 'zh-CN');
  };

  test('say nothing while data is stored persistently', () => {
    expect(describeStorageStatus({ mode: 'persistent' }, locale)).toBeUndefined();
    expect(describeStorageStatus({ mode: 'persistent', persisted: true }, locale)).toBeUndefined();
  });

  test.each(reasons)(
    'explain a fallback to memory because of %s, and that the data stays in this tab',
    (reason) => {
      const message = describeStorageStatus({ mode: 'memory', reason }, locale);
      inLanguage(message);
      expect(message).toMatch(locale === 'zh-CN' ? /这个标签页/ : /this tab/);
    },
  );

  test('tell apart each reason', () => {
    const messages = reasons.map((reason) => describeStorageStatus({ mode: 'memory', reason }, locale));
    expect(new Set(messages).size).toBe(reasons.length);
  });

  test('suggest exporting when the browser may evict data', () => {
    inLanguage(describeStorageStatus({ mode: 'persistent', persisted: false }, locale));
  });

  test('explain conflicts, changes in other tabs and unexpected errors', () => {
    inLanguage(describeConflict({ reason: 'newer_revision' }, locale));
    inLanguage(describeConflict({ reason: 'newer_schema' }, locale));
    inLanguage(describeExternalChange({ type: 'saved' }, locale));
    inLanguage(describeExternalChange({ type: 'removed' }, locale));
    inLanguage(describeUnexpectedError(locale));
  });
});
