import { beforeAll, describe, expect, test } from 'vitest';
import { requiredSubsectionIds, worksheetKindIds } from '../../../../src/lib/content/guide-schema';
import { locales } from '../../../../src/lib/i18n/locales';
import { hintKey } from '../../../../src/lib/worksheets/hint';
import { useTranslations } from '../../../../src/lib/i18n';
import { isWorksheetKind, kindDescriptionKey, worksheetKinds } from '../../../../src/lib/worksheets/kinds';
import { worksheetModules, worksheetRegistry } from '../../../support/all-kinds';
import {
  loadWorksheetHints,
  loadWorksheetMarkdown,
  worksheetHints,
  worksheetToMarkdown,
} from '../../../../src/lib/worksheets/registry';
import { sampleDoc } from './fixtures';

// Hints and Markdown writers load on demand (see the registry); these tests use them all.
beforeAll(() =>
  Promise.all(
    locales.flatMap((locale) => [
      loadWorksheetHints(worksheetKinds, locale),
      loadWorksheetMarkdown(worksheetKinds, locale),
    ]),
  ),
);

const CJK = /[\u3400-\u9fff]/;
/** English text may quote what the user typed in Chinese; only the words outside quotes count. */
const outsideQuotes = (text: string) => text.replace(/“[^”]*”|「[^」]*」/g, '');

describe('worksheetRegistry', () => {
  test('lists every kind once, in menu order, with its module', () => {
    expect(worksheetRegistry.map((entry) => entry.kind)).toEqual([...worksheetKinds]);
    for (const entry of worksheetRegistry) expect(entry.module.kind).toBe(entry.kind);
  });

  test.each([
    ['smart-ar', 'goals', 'smart-ar'],
    ['prep-sheet', 'conversation', 'prep-sheet'],
    ['prep-planner', 'conversation', 'prep'],
    ['feedback', 'feedback', 'best'],
    ['grow-questions', 'feedback', 'grow'],
    ['action-plan', 'action', '5r'],
    ['flash-retro', 'tracking', 'flash-retro'],
  ])('links %s to guide %s#%s', (kind, module, section) => {
    expect(worksheetRegistry.find((entry) => entry.kind === kind)?.guide).toEqual({ module, section });
  });

  test('also links the feedback drafter to the 3E section', () => {
    expect(worksheetRegistry.find((entry) => entry.kind === 'feedback')?.moreGuides).toContainEqual({
      module: 'feedback',
      section: '3e',
    });
  });

  test.each(worksheetRegistry.map((entry) => [entry.kind, entry] as const))(
    'names and describes %s in both languages',
    (_kind, entry) => {
      const description = kindDescriptionKey(entry.kind);
      expect(entry.name['zh-CN']).toMatch(CJK);
      expect(useTranslations('zh-CN')(description)).toMatch(CJK);
      expect(entry.name.en).not.toMatch(CJK);
      expect(useTranslations('en')(description)).not.toMatch(CJK);
      expect(useTranslations('en')(description).length).toBeLessThan(140);
    },
  );

  test('links only to sections the guide is required to have', () => {
    for (const entry of worksheetRegistry) {
      for (const link of [entry.guide, ...entry.moreGuides]) {
        expect(
          requiredSubsectionIds[link.module],
          `${entry.kind} → ${link.module}#${link.section}`,
        ).toContain(link.section);
      }
    }
  });

  test('knows the same kinds as the guide’s “try it” links', () => {
    expect([...worksheetKindIds].sort()).toEqual([...worksheetKinds].sort());
  });

  test('isWorksheetKind() accepts the slugs only', () => {
    expect(isWorksheetKind('smart-ar')).toBe(true);
    expect(isWorksheetKind('SMART-AR')).toBe(false);
    expect(isWorksheetKind(undefined)).toBe(false);
  });
});

describe.each(worksheetKinds)('the %s module', (kind) => {
  const empty = { ...sampleDoc(kind), data: worksheetModules[kind].createDefault() };
  const filled = sampleDoc(kind);

  test('gives the same hints in both languages, each in its own words', () => {
    for (const doc of [empty, filled]) {
      const zh = worksheetHints(doc, 'zh-CN', { today: '2025-06-10' });
      const en = worksheetHints(doc, 'en', { today: '2025-06-10' });
      expect(zh.map(hintKey)).toEqual(en.map(hintKey));
      for (const hint of zh) expect(hint.message).toMatch(CJK);
      for (const hint of en) expect(outsideQuotes(hint.message)).not.toMatch(CJK);
    }
  });

  test('gives each hint a unique key', () => {
    const keys = worksheetHints(empty, 'en', { today: '2025-06-10' }).map(hintKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('has hints for an empty worksheet, to guide the first steps', () => {
    expect(worksheetHints(empty, 'en', { today: '2025-06-10' }).length).toBeGreaterThan(0);
  });

  test.each(locales)('exports Markdown with a title heading in %s', (locale) => {
    const markdown = worksheetToMarkdown(filled, locale);
    expect(markdown.startsWith(`# ${filled.title}\n`)).toBe(true);
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown).not.toMatch(/undefined|null|\[object Object\]/);
  });

  test('exports headings in the requested language', () => {
    const headings = (locale: (typeof locales)[number]) =>
      worksheetToMarkdown(filled, locale)
        .split('\n')
        .filter((line) => /^#{2,3} /.test(line));
    expect(headings('zh-CN').some((line) => CJK.test(line))).toBe(true);
    expect(headings('en').every((line) => !CJK.test(line))).toBe(true);
  });
});
