import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { perLanguageData } from '../../support/per-language-data';

/**
 * README "Adding a language" is a checklist someone follows without us: every path it names
 * must exist (with `fr` read as an existing language), and every file that holds
 * per-language data must be on it.
 */
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('## Adding a language');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));

const namedPaths = [...section.matchAll(/`((?:src|content|test|astro)[^`\s]*)`/g)]
  .map((match) => match[1] ?? '')
  .map((path) => path.replace(/(^|[/-])fr(?=[-/.]|$)/g, '$1en').replace(/\*\.md$/, ''))
  .filter((path) => !path.includes('<'));

describe('README, Adding a language', () => {
  test('is there and names files', () => {
    expect(start).toBeGreaterThan(0);
    expect(namedPaths.length).toBeGreaterThan(10);
  });

  test('names only paths that exist', () => {
    expect(namedPaths.filter((path) => !existsSync(path))).toEqual([]);
  });

  test('names every file that holds per-language data', () => {
    expect(Object.keys(perLanguageData).filter((path) => !section.includes(`\`${path}\``))).toEqual([]);
  });

  test('names the places a language is registered', () => {
    for (const path of [
      'src/lib/i18n/locales-list.ts',
      'src/lib/i18n/locales.ts',
      'astro.config.mjs',
      'src/lib/i18n/index.ts',
      'src/lib/i18n/sections.ts',
      'src/lib/i18n/ui/en-sections.ts',
    ])
      expect(section).toContain(`\`${path}\``);
  });
});
