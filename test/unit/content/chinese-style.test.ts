import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { guideModuleIds } from '../../../src/lib/content/guide-schema';

/**
 * One pattern for the guide's section headings in each language, and the Chinese spacing rule
 * (TEAM decision): a space between Chinese characters and Latin letters or digits.
 */

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content');
const heading = (text: string, anchor: string) =>
  new RegExp(`^## (.+?) \\{#${anchor}\\}$`, 'm').exec(text)?.[1];

describe('guide section headings follow one pattern', () => {
  test.each(guideModuleIds.filter((id) => id !== 'overview'))('%s', (module) => {
    const zh = readFileSync(join(CONTENT, 'zh-cn', 'guide', `${module}.md`), 'utf8');
    const en = readFileSync(join(CONTENT, 'en', 'guide', `${module}.md`), 'utf8');
    expect(heading(zh, 'how')).toBe('怎么做');
    expect(heading(zh, 'self-check')).toBe('自测');
    expect(heading(en, 'how')).toBe('How to do it');
    expect(heading(en, 'self-check')).toBe('Self-check');
  });
});

describe('Chinese text puts a space between Chinese characters and Latin letters or digits', () => {
  const folders = ['guide', 'handouts', 'workshop/agendas', 'workshop/scenarios'];
  const files = folders.flatMap((folder) =>
    readdirSync(join(CONTENT, 'zh-cn', folder))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `${folder}/${name}`),
  );
  test.each(files)('%s', (file) => {
    const text = readFileSync(join(CONTENT, 'zh-cn', file), 'utf8');
    const tight = [
      ...text.matchAll(/.{0,8}(?:[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]).{0,8}/g),
    ].map((m) => m[0]);
    expect(tight).toEqual([]);
  });
});
