import { describe, expect, test } from 'vitest';
import { MAX_TITLE } from '../../../../src/lib/worksheets/document';
import { titleFromSource } from '../../../../src/lib/worksheets/derived-title';

const sheet = (title: string) => ({
  title,
  kind: 'prep-sheet' as const,
  createdAt: '2025-10-02T09:00:00.000Z',
});

describe('titleFromSource()', () => {
  test('joins the new kind’s name and the source’s title', () => {
    expect(titleFromSource('prep-planner', sheet('Sam, November prep'), 'en')).toBe(
      'PREP planner · Sam, November prep',
    );
    expect(titleFromSource('grow-questions', sheet('小林 11 月准备单'), 'zh-CN')).toBe(
      'GROW 问题清单 · 小林 11 月准备单',
    );
  });

  test('uses the source’s kind name and date when it has no title', () => {
    expect(titleFromSource('prep-planner', sheet('  '), 'en')).toBe('PREP planner · Prep sheet · 2025-10-02');
  });

  test('cuts the result to the title limit', () => {
    const title = titleFromSource('grow-questions', sheet('x'.repeat(MAX_TITLE)), 'en');
    expect(title).toHaveLength(MAX_TITLE);
    expect(title.startsWith('GROW question list · x')).toBe(true);
  });
});
