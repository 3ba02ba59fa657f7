import { describe, expect, test } from 'vitest';
import { glossary, methodWords } from '../../../../src/lib/method/glossary';
import { frameworkLetters as handoutLetters } from '../../../../src/lib/handouts/catalog';
import { requiredSubsectionIds } from '../../../../src/lib/content/guide-schema';
import {
  badgeLabel,
  frameworkIds,
  frameworkLetters,
  letteredLabel,
  termLabel,
  termList,
  terms,
} from '../../../../src/lib/method/terms';

const CJK = /[\u3400-\u9fff]/;

describe('the terms module', () => {
  test.each(frameworkIds)('%s spells the same letters as its handout', (id) => {
    expect(frameworkLetters(id).map(({ term }) => term.letter)).toEqual(handoutLetters[id]);
  });

  test('every letter has a Chinese term and an English name, and the first letter of the name is the letter', () => {
    for (const id of frameworkIds) {
      for (const { term } of frameworkLetters(id)) {
        expect(term.zh).toMatch(CJK);
        expect(term.en).not.toMatch(CJK);
        expect(term.en[0]).toBe(term.letter);
      }
    }
  });

  test('a framework never uses the same Chinese term for two of its letters', () => {
    for (const id of frameworkIds) {
      const names = frameworkLetters(id).map(({ term }) => term.zh);
      expect(new Set(names).size, id).toBe(names.length);
    }
  });

  test('labels are built from the terms in each language', () => {
    expect(letteredLabel(terms['3e'].explore, 'zh-CN')).toBe('E 探索（Explore）');
    expect(letteredLabel(terms['3e'].explore, 'en')).toBe('Explore');
    expect(termLabel(terms['5r'].responsible, 'zh-CN')).toBe('责任（Responsible）');
    expect(badgeLabel(terms.grow.options, 'en')).toBe('O · Options');
    expect(badgeLabel(terms.grow.options, 'en', ' ')).toBe('O Options');
    expect(termList('grow', 'zh-CN')).toBe('目标、现状、方案、意愿');
    expect(termList('best', 'en')).toBe('Behavior, Effect, Seek, Target');
  });
});

describe('the glossary', () => {
  test('covers every framework and every letter, in order', () => {
    expect(glossary.map((entry) => entry.id)).toEqual([...frameworkIds]);
    for (const entry of glossary) {
      expect(entry.letters.map((letter) => letter.term)).toEqual(
        frameworkLetters(entry.id).map(({ term }) => term),
      );
    }
  });

  test('gives every framework, letter and method word one line of meaning in each language', () => {
    const lines = [
      ...glossary.flatMap((entry) => [entry.meaning, ...entry.letters.map((letter) => letter.meaning)]),
      ...methodWords.map((word) => word.meaning),
    ];
    for (const line of lines) {
      expect(line['zh-CN']).toMatch(CJK);
      expect(line.en).not.toMatch(CJK);
      expect(line['zh-CN'].length).toBeLessThanOrEqual(60);
      expect(line.en.length).toBeLessThanOrEqual(140);
    }
  });

  test('links every entry to a section the guide is required to have', () => {
    for (const { guide } of [...glossary, ...methodWords]) {
      expect(requiredSubsectionIds[guide.module]).toContain(guide.section);
    }
  });

  test('never lists a letter’s own term, or another letter’s term in the same framework, as rejected', () => {
    for (const entry of glossary) {
      const own = new Set(entry.letters.flatMap((letter) => [letter.term.zh, letter.term.en]));
      for (const letter of entry.letters) {
        for (const word of [...letter.rejected['zh-CN'], ...letter.rejected.en])
          expect(own.has(word), word).toBe(false);
      }
    }
  });
});
