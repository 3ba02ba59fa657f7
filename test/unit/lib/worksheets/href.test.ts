import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readWorksheetAddress, worksheetHref } from '../../../../src/lib/worksheets/href';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

describe('worksheetHref()', () => {
  test('puts a typed person name only in the fragment, never in path or query', () => {
    const href = worksheetHref('flash-retro', 'en', { person: 'Lin Wei & co?' });
    const url = new URL(href, 'https://example.com');
    expect(url.pathname).toBe('/en/worksheets/flash-retro/');
    expect(url.search).toBe('');
    expect(new URLSearchParams(url.hash.slice(1)).get('person')).toBe('Lin Wei & co?');
  });

  test('carries ids in the query, localized per language', () => {
    expect(worksheetHref('prep-sheet', 'zh-CN', { id: 'abc-123_X' })).toBe(
      '/worksheets/prep-sheet/?id=abc-123_X',
    );
    expect(worksheetHref('questions', 'en', { from: 'p1' })).toBe('/en/questions/?from=p1');
    expect(worksheetHref('smart-ar', 'en')).toBe('/en/worksheets/smart-ar/');
  });

  test('leaves out an "id" that is not an id rather than escaping text into the query', () => {
    expect(worksheetHref('action-plan', 'en', { id: 'Lin Wei', from: '<b>' })).toBe(
      '/en/worksheets/action-plan/',
    );
  });

  test('an empty or blank person adds no fragment', () => {
    expect(worksheetHref('flash-retro', 'en', { person: '  ' })).toBe('/en/worksheets/flash-retro/');
  });
});

describe('readWorksheetAddress()', () => {
  test('reads what worksheetHref wrote (round trip, any characters)', () => {
    for (const person of ['林蔚', 'Ann-Marie O’Neil', 'a&b=c#d%e+f', ' padded ']) {
      const read = readWorksheetAddress(
        `https://x.test${worksheetHref('flash-retro', 'zh-CN', { person, id: 'i1' })}`,
      );
      expect(read.person).toBe(person.trim());
      expect(read.id).toBe('i1');
    }
  });

  test('still reads an old ?person= link and says how to remove the name from the address', () => {
    const read = readWorksheetAddress('https://x.test/en/worksheets/flash-retro/?person=Lin&x=1#top');
    expect(read.person).toBe('Lin');
    expect(read.cleaned).toBe('/en/worksheets/flash-retro/?x=1#top');
  });

  test('removes #person= from the fragment and keeps the rest', () => {
    expect(readWorksheetAddress('https://x.test/worksheets/flash-retro/#person=Lin').cleaned).toBe(
      '/worksheets/flash-retro/',
    );
    expect(readWorksheetAddress('https://x.test/worksheets/flash-retro/?id=a1#person=Lin').cleaned).toBe(
      '/worksheets/flash-retro/?id=a1',
    );
  });

  test('does not touch a pre-filled link or a plain anchor', () => {
    const prefill = readWorksheetAddress('https://x.test/worksheets/smart-ar/#prefill=v1.abc.def');
    expect(prefill.person).toBeUndefined();
    expect(prefill.cleaned).toBeUndefined();
    expect(
      readWorksheetAddress('https://x.test/worksheets/smart-ar/#person-heading').cleaned,
    ).toBeUndefined();
  });

  test('ignores ids that are not ids', () => {
    expect(readWorksheetAddress('https://x.test/questions/?from=a%20b&id=%3Cx%3E')).toEqual({});
  });
});

/** Every source file of the site, to check that none builds a worksheet address by hand. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|astro)$/.test(name) ? [full] : [];
  });
}

test('no component builds a worksheet address with ?id=, ?from= or ?person= by hand', () => {
  const offenders = sourceFiles(join(ROOT, 'src'))
    .filter((file) => !file.endsWith(join('lib', 'worksheets', 'href.ts')))
    .filter((file) =>
      /[?&](id|from|person)=\$\{|URLSearchParams\(\{\s*(id|from|person)\b/.test(readFileSync(file, 'utf8')),
    );
  expect(offenders).toEqual([]);
});
