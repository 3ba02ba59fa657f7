import { describe, expect, test } from 'vitest';
import { joinSentences } from '../../../../src/lib/i18n/sentences';

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
