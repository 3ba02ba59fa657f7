import { describe, expect, test } from 'vitest';
import { joinSentences, splitSentences } from '../../../../src/lib/i18n/sentences';

describe('joinSentences()', () => {
  test('puts no space after a Chinese full stop', () => {
    expect(joinSentences('zh-CN', '没有导入任何内容。', '请刷新页面。')).toBe(
      '没有导入任何内容。请刷新页面。',
    );
  });

  test('separates English sentences with one space and skips empty parts', () => {
    expect(joinSentences('en', 'Nothing was imported. ', '', 'Reload the page.')).toBe(
      'Nothing was imported. Reload the page.',
    );
  });
});

describe('splitSentences()', () => {
  test('splits Chinese after full-width sentence marks, keeping quotes and commas inside', () => {
    expect(
      splitSentences('zh-CN', '请在谈话前一两天填好。写完后点“导出 JSON”，发给经理！整个过程不经过服务器？'),
    ).toEqual(['请在谈话前一两天填好。', '写完后点“导出 JSON”，发给经理！', '整个过程不经过服务器？']);
  });

  test('splits English after . ! ? followed by a space, not inside "1:1." at the end', () => {
    expect(splitSentences('en', 'Fill this in before your 1:1. Press “Export JSON”! Done?')).toEqual([
      'Fill this in before your 1:1.',
      'Press “Export JSON”!',
      'Done?',
    ]);
  });

  test('undoes joinSentences', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const parts = locale === 'en' ? ['One.', 'Two.'] : ['一。', '二。'];
      expect(splitSentences(locale, joinSentences(locale, ...parts))).toEqual(parts);
    }
  });
});
