import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../../src/lib/i18n';
import type { Locale } from '../../../src/lib/i18n/locales';
import { locales } from '../../../src/lib/i18n/locales';
import {
  describeConflict,
  describeExternalChange,
  describeUnexpectedError,
  shouldWarnBeforeLeaving,
  storageStatusKey,
} from '../../../src/storage/messages';
import type { StorageStatus } from '../../../src/storage/worksheet-store';
import type { StorageFailureReason } from '../../../src/storage/resilient-backend';

const CJK = /[\u3400-\u9fff]/;
const reasons: StorageFailureReason[] = ['unavailable', 'quota_exceeded', 'timeout', 'error'];

/** The translator an island gets for `locale`. */
const translator = (locale: Locale) => (key: keyof (typeof dictionaries)['en']) => dictionaries[locale][key];

/** The banner a page shows for `status`, in `locale` (the page translates the key). */
function describeStorageStatus(status: StorageStatus, locale: Locale): string | undefined {
  const key = storageStatusKey(status);
  return key === undefined ? undefined : dictionaries[locale][key];
}

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
    inLanguage(describeConflict({ reason: 'newer_revision' }, translator(locale)));
    inLanguage(describeConflict({ reason: 'newer_schema' }, translator(locale)));
    inLanguage(describeExternalChange({ type: 'saved' }, translator(locale)));
    inLanguage(describeExternalChange({ type: 'removed' }, translator(locale)));
    inLanguage(describeUnexpectedError(translator(locale)));
  });

  test('while retrying, never advise a reload, which would throw the tab’s copy away', () => {
    for (const reason of reasons) {
      const message = describeStorageStatus({ mode: 'memory', reason }, locale) ?? '';
      expect(message).not.toMatch(/reload to|refresh to|刷新即可|刷新后/i);
    }
    expect(describeStorageStatus({ mode: 'memory', reason: 'timeout' }, locale)).toMatch(
      locale === 'zh-CN' ? /不要刷新/ : /Don’t reload/,
    );
  });

  test('say that the site keeps trying after a failure that may pass', () => {
    for (const reason of ['quota_exceeded', 'timeout', 'error'] as const)
      expect(describeStorageStatus({ mode: 'memory', reason }, locale)).toMatch(
        locale === 'zh-CN' ? /自动重试/ : /keeps trying/,
      );
  });
});

describe('shouldWarnBeforeLeaving()', () => {
  test('asks before leaving only while edits live in memory alone', () => {
    const memory: StorageStatus = { mode: 'memory', reason: 'quota_exceeded' };
    expect(shouldWarnBeforeLeaving(memory, true)).toBe(true);
    expect(shouldWarnBeforeLeaving(memory, false)).toBe(false);
    expect(shouldWarnBeforeLeaving({ mode: 'persistent' }, true)).toBe(false);
    expect(shouldWarnBeforeLeaving(undefined, true)).toBe(false);
  });
});
