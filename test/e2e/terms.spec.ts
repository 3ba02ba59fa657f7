import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { builtPagePaths } from '../support/site-pages';
import { glossary, methodWords } from '../../src/lib/method/glossary';

/**
 * One name per framework letter per language, over the whole built site (`npm run build`
 * first): no page may render a letter with a word the terms module decided against
 * (`src/lib/method/glossary.ts`), whether it comes from the guide, a handout, an agenda, a
 * scenario or a worksheet's labels. And the English pages use US spelling.
 */

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** The visible text of a built page: no scripts, styles or tags. */
function textOf(path: string): string {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sep = '\\s*[、/·,，|]\\s*';

interface Rule {
  pattern: RegExp;
  why: string;
}

/** The patterns that would mean a letter is rendered with a rejected word. */
function rules(): Rule[] {
  const out: Rule[] = [];
  for (const framework of glossary) {
    const names = framework.letters.map((l) => l.term);
    for (const letter of framework.letters) {
      const { en, zh, letter: badge } = letter.term;
      const E = escape(en);
      const others = names.filter((t) => t !== letter.term);
      for (const word of letter.rejected['zh-CN']) {
        const w = escape(word);
        const neighbours = others.map((t) => escape(t.zh)).join('|');
        const why = `${framework.name} ${en} is “${zh}”, not “${word}”`;
        out.push({ pattern: new RegExp(`${w}\\s*[（(]\\s*${E}\\b`), why });
        out.push({ pattern: new RegExp(`${w}\\s*${E}\\b`), why });
        out.push({ pattern: new RegExp(`\\b${E}\\s*[（(:：]?\\s*${w}`), why });
        out.push({
          pattern: new RegExp(`(^|[^A-Za-z])${escape(badge)}\\s*[·:：]?\\s*${w}(?![\\p{Script=Han}])`, 'u'),
          why,
        });
        if (neighbours) {
          out.push({ pattern: new RegExp(`(${neighbours})(${sep}|[和与])${w}`, 'u'), why });
          out.push({ pattern: new RegExp(`${escape(framework.name)}\\s*的\\s*${w}`), why });
          out.push({ pattern: new RegExp(`(?<![\\p{Script=Han}])${w}${sep}(${neighbours})`, 'u'), why });
        }
      }
      for (const word of letter.rejected.en) {
        const w = escape(word);
        const neighbours = others.map((t) => escape(t.en)).join('|');
        const why = `${framework.name} ${badge} is “${en}”, not “${word}”`;
        out.push({ pattern: new RegExp(`(^|[^A-Za-z-])${escape(badge)}\\s*[·:(]?\\s*${w}\\b`), why });
        if (neighbours) {
          out.push({ pattern: new RegExp(`\\b(${neighbours})${sep}(and\\s+)?${w}\\b`, 'i'), why });
          out.push({ pattern: new RegExp(`\\b${w}${sep}(${neighbours})\\b`, 'i'), why });
        }
      }
    }
  }
  return out;
}

/** UK spellings that US English writes otherwise. */
const ukSpellings = [
  /\bbehaviours?\b/i,
  /\bjudgements?\b/i,
  /\bpractis(e|es|ed|ing)\b/i,
  /\bcentres?\b/i,
  /\brecognis(e|es|ed|ing)\b/i,
  /\borganis(e|es|ed|ing|ation|ations)\b/i,
  /\bprioritis(e|es|ed|ing)\b/i,
  /\bcolours?\b/i,
  /\bfavour(s|ite|ed|able)?\b/i,
  /\blabour\b/i,
  /\bcancell(ed|ing)\b/i,
  /\bprogramme\b/i,
  /\bsummaris(e|es|ed|ing)\b/i,
  /\banalys(e|ed|ing)\b/i,
];

test('no page renders a framework letter with a word the terms module decided against', () => {
  const checks = rules();
  const found: string[] = [];
  for (const page of builtPagePaths()) {
    const text = textOf(page);
    for (const { pattern, why } of checks) {
      const match = pattern.exec(text);
      if (match)
        found.push(`${page}: “…${text.slice(Math.max(0, match.index - 20), match.index + 30)}…” (${why})`);
    }
  }
  expect(found).toEqual([]);
});

/** Method words with a Chinese rendering the glossary decided against (it says 快闪复盘). */
const rejectedNames = [{ id: 'flash-retro', rejected: '快速复盘' }].map(({ id, rejected }) => ({
  rejected,
  term: methodWords.find((word) => word.id === id)?.term['zh-CN'],
}));

test('no page calls a framework by a Chinese name the glossary decided against', () => {
  const found: string[] = [];
  for (const page of builtPagePaths()) {
    const text = textOf(page);
    for (const { rejected, term } of rejectedNames) {
      if (text.includes(rejected)) found.push(`${page}: “${rejected}” (the glossary says “${term ?? '?'}”)`);
    }
  }
  expect(found).toEqual([]);
});

test('the English pages use US spelling', () => {
  const found: string[] = [];
  for (const page of builtPagePaths().filter((p) => p.startsWith('/en/'))) {
    const text = textOf(page);
    for (const pattern of ukSpellings) {
      const match = pattern.exec(text);
      if (match) found.push(`${page}: ${match[0]}`);
    }
  }
  expect(found).toEqual([]);
});

test('the rules can fail: a rejected rendering is caught', () => {
  const checks = rules();
  const caught = (text: string) => checks.some(({ pattern }) => pattern.test(text));
  expect(caught('3E：鼓励、探讨、赋能')).toBe(true);
  expect(caught('负责人（Responsible）')).toBe(true);
  expect(caught('O · Option')).toBe(true);
  expect(caught('Behavior, Impact, Seek, Target')).toBe(true);
  expect(caught('3E：鼓励、探索、赋能')).toBe(false);
  expect(caught('责任（Responsible）')).toBe(false);
});
