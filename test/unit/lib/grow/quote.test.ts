import { describe, expect, test } from 'vitest';
import { cleanUserText, quote, shorten, spaceMixedScripts } from '../../../../src/lib/grow/quote';

describe('cleanUserText()', () => {
  test.each([
    ['line one\nline two\r\n\tthree', 'line one line two three'],
    ['- bullet item', 'bullet item'],
    ['“quoted” and "double" 「括号」', "'quoted' and 'double' '括号'"],
    ['zero\u200Bwidth \u202Ereversed', 'zerowidth reversed'],
    ['如何提升转化率？', '如何提升转化率'],
    ['   ', ''],
  ])('turns %j into %j', (input, expected) => {
    expect(cleanUserText(input)).toBe(expected);
  });
});

describe('shorten()', () => {
  test('leaves short text alone', () => {
    expect(shorten('hiring', 10)).toBe('hiring');
  });

  test('cuts English between words', () => {
    expect(shorten('balancing quality and speed in releases', 20)).toBe('balancing quality…');
  });

  test('cuts Chinese between characters', () => {
    expect(shorten('季度目标拆解和跨部门沟通', 7)).toBe('季度目标拆解…');
  });

  test('never splits an emoji', () => {
    expect(shorten('😀😀😀😀😀', 3)).toBe('😀😀…');
  });
});

describe('quote()', () => {
  test('wraps text in curly quotes', () => {
    expect(quote('hiring')).toBe('“hiring”');
  });
});

describe('spaceMixedScripts()', () => {
  test('spaces Han next to Latin letters and digits outside quotes only', () => {
    expect(spaceMixedScripts('“每月4次”现在是4次，目标是1次')).toBe('“每月4次”现在是 4 次，目标是 1 次');
  });
});
