import { locales } from '../../../../src/lib/i18n/locales';
import { beforeAll, describe, expect, test } from 'vitest';
import { createWorksheet } from '../../../../src/lib/worksheets/document';
import { commonMarkdownText } from '../../../../src/lib/worksheets/markdown';
import { plainInline, previewBlocks } from '../../../../src/lib/worksheets/preview';
import {
  loadWorksheetHints,
  loadWorksheetMarkdown,
  worksheetToMarkdown,
} from '../../../../src/lib/worksheets/registry';
import { worksheetKinds } from '../../../../src/lib/worksheets/kinds';
import { changedPaths, isTouched, withLinkedFields } from '../../../../src/lib/worksheets/touched';
import { registerEveryWorksheetModule } from '../../../support/all-kinds';

// Hints and Markdown writers load on demand (see the registry); these tests use them all.
beforeAll(() =>
  Promise.all(
    locales.flatMap((locale) => [
      loadWorksheetHints(worksheetKinds, locale),
      loadWorksheetMarkdown(worksheetKinds, locale),
    ]),
  ),
);

registerEveryWorksheetModule();

describe('changedPaths()', () => {
  test('an untouched worksheet differs from the empty one nowhere', () => {
    const a = createWorksheet('smart-ar', { locale: 'en' }).data;
    const b = createWorksheet('smart-ar', { locale: 'en' }).data;
    expect(changedPaths(a, b)).toEqual([]);
  });

  test('names the leaves that changed, and a list that grew', () => {
    const before = { goal: '', letters: { specific: '' }, topics: [] as string[] };
    const after = { goal: 'Ship', letters: { specific: 'x' }, topics: ['a'] };
    expect(changedPaths(before, after).sort()).toEqual(['goal', 'letters.specific', 'topics', 'topics.0']);
  });
});

describe('isTouched()', () => {
  const touched = new Set(['topics.0', 'goal']);
  test('a hint speaks about a touched field, its list, or an item inside a touched path', () => {
    expect(isTouched('goal', touched)).toBe(true);
    expect(isTouched('topics', touched)).toBe(true);
    expect(isTouched('topics.0', touched)).toBe(true);
    expect(isTouched('goal.detail', touched)).toBe(true);
  });
  test('and stays silent about what nobody touched', () => {
    expect(isTouched('direction', touched)).toBe(false);
    expect(isTouched('topic', touched)).toBe(false);
    expect(isTouched('puzzles', new Set())).toBe(false);
  });
});

describe('previewBlocks()', () => {
  test('reads headings, quotes, lists and tables back as plain text', () => {
    const blocks = previewBlocks(
      '# A \\*title\\*\n\nfacts · x\n\n## Part\n\n> said  \n> aloud\n\n- one\n- \\# two\n\n| a | b |\n| --- | --- |\n| 1 | 2 \\| 3 |\n',
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: 'A *title*' },
      { type: 'paragraph', text: 'facts · x' },
      { type: 'heading', level: 2, text: 'Part' },
      { type: 'quote', text: 'said\naloud' },
      { type: 'list', items: ['one', '# two'] },
      { type: 'table', head: ['a', 'b'], rows: [['1', '2 | 3']] },
    ]);
  });

  test('what someone typed as markup stays text', () => {
    expect(plainInline('\\<b\\>hi\\</b\\> **bold** _(not filled in)_')).toBe(
      '<b>hi</b> bold (not filled in)',
    );
  });

  test('leaves out sections that are still empty, so a new worksheet previews as its title only', () => {
    const marker = commonMarkdownText('en').empty;
    const doc = createWorksheet('feedback', { locale: 'en' });
    const blocks = previewBlocks(worksheetToMarkdown(doc, 'en'), marker);
    expect(blocks.some((block) => 'text' in block && block.text.includes(marker))).toBe(false);
    const filled = {
      ...doc,
      data: { ...doc.data, framework: 'best' as const, behavior: 'On Tuesday the notes were late.' },
    };
    const texts = previewBlocks(worksheetToMarkdown(filled, 'en'), marker).map((block) =>
      'text' in block ? block.text : '',
    );
    expect(texts.join('\n')).toContain('On Tuesday the notes were late.');
  });
});

describe('withLinkedFields()', () => {
  test('choosing a feedback scenario lets the framework suggestion speak', () => {
    expect([...withLinkedFields('feedback', new Set(['scenario']))].sort()).toEqual([
      'framework',
      'scenario',
    ]);
    const untouched = new Set<string>();
    expect(withLinkedFields('feedback', untouched)).toBe(untouched);
    expect([...withLinkedFields('smart-ar', new Set(['scenario']))]).toEqual(['scenario']);
  });
});
