import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { requiredSubsectionIds } from '../../../../src/lib/content/guide-schema';
import { blankLayouts, layoutKeys } from '../../../../src/lib/handouts/blank-layouts';
import {
  blankHandoutId,
  findHandout,
  frameworkGuide,
  frameworkHandoutIds,
  frameworkLetters,
  handoutCatalog,
  pocketCardId,
  quickCardId,
} from '../../../../src/lib/handouts/catalog';
import { handoutContentSchema, type HandoutContent } from '../../../../src/lib/handouts/schema';
import { namedFrameworkHandout, namedPocketCard } from '../../../../src/lib/handouts/named';
import { frameworkLetters as frameworkTermLetters, termWithEnglish } from '../../../../src/lib/method/terms';
import { dictionaries, useTranslations } from '../../../../src/lib/i18n';
import { frameworkLine, quickCardPolicyValues } from '../../../../src/lib/handouts/quick-card';
import { coachingPolicy } from '../../../../src/lib/policy';
import { localeInfo, locales, type Locale } from '../../../../src/lib/i18n/locales';
import { worksheetKinds } from '../../../../src/lib/worksheets/kinds';

const CONTENT = join(import.meta.dirname, '..', '..', '..', '..', 'content');
const CJK = /[\u3400-\u9fff]/;

function readHandout(locale: Locale, id: string): HandoutContent {
  const source = readFileSync(
    join(CONTENT, localeInfo[locale].contentFolder, 'handouts', `${id}.md`),
    'utf8',
  );
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${locale}/${id}: no front matter`);
  expect((match[2] ?? '').trim(), `${locale}/${id}: the body is not rendered`).toBe('');
  return handoutContentSchema.parse(parseYaml(match[1] ?? ''));
}

/** Every string a handout prints, to check its language. */
function textsOf(content: HandoutContent): string[] {
  return content.type === 'framework'
    ? [
        content.title,
        content.purpose,
        ...content.tips,
        ...content.steps.flatMap((s) => [s.explain, s.example]),
      ]
    : content.type === 'pocket-card'
      ? [content.title, content.intro, ...content.stages.flatMap((s) => [s.lead, ...s.questions])]
      : [content.title, content.intro, ...content.steps.flatMap((s) => [s.name, s.say, ...s.do])];
}

describe('handoutCatalog', () => {
  test('lists the seven framework sheets, the pocket card and a blank copy of every worksheet', () => {
    expect(handoutCatalog.map((handout) => handout.id)).toEqual([
      'quick-card',
      'smart-ar',
      'prep',
      '3e',
      'grow',
      'best',
      '5r',
      'flash-retro',
      'grow-pocket-card',
      ...worksheetKinds.map((kind) => `blank-${kind}`),
    ]);
  });

  test('gives every handout a unique id that is a safe address', () => {
    const ids = handoutCatalog.map((handout) => handout.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test('prints framework sheets and the pocket card on exactly one page, blank worksheets on one or two', () => {
    for (const handout of handoutCatalog) {
      if (handout.type === 'blank') expect([1, 2], handout.id).toContain(handout.pages);
      else expect(handout.pages, handout.id).toBe(1);
    }
  });

  test('takes a blank worksheet’s page count from its layout', () => {
    for (const kind of worksheetKinds) {
      expect(findHandout(blankHandoutId(kind))?.pages).toBe(blankLayouts[kind].pages.length);
    }
    expect(findHandout('blank-unknown')).toBeUndefined();
  });

  test.each(frameworkHandoutIds)('links the %s sheet to a section the guide is required to have', (id) => {
    const { module, section } = frameworkGuide[id];
    expect(requiredSubsectionIds[module]).toContain(section);
  });
});

describe.each(locales)('handout content in %s', (locale) => {
  test('has one file per framework sheet and the pocket card, and nothing else', () => {
    const files = readdirSync(join(CONTENT, localeInfo[locale].contentFolder, 'handouts')).sort();
    expect(files).toEqual([...frameworkHandoutIds, pocketCardId, quickCardId].map((id) => `${id}.md`).sort());
  });

  test.each(frameworkHandoutIds)('%s teaches the framework’s own letters, in order', (id) => {
    const content = readHandout(locale, id);
    expect(content.type).toBe('framework');
    if (content.type !== 'framework') return;
    expect(content.steps.map((step) => step.letter)).toEqual(frameworkLetters[id]);
  });

  test('the pocket card has the four GROW stages in order, each with 4–5 questions', () => {
    const content = readHandout(locale, pocketCardId);
    expect(content.type).toBe('pocket-card');
    if (content.type !== 'pocket-card') return;
    expect(content.stages.map((stage) => stage.stage)).toEqual(['goal', 'reality', 'options', 'will']);
    for (const stage of content.stages) expect(stage.questions.length).toBeGreaterThanOrEqual(4);
  });

  test.each([...frameworkHandoutIds, pocketCardId, quickCardId])(
    '%s is written in its own language',
    (id) => {
      for (const text of textsOf(readHandout(locale, id))) {
        if (locale === 'zh-CN') expect(text).toMatch(CJK);
        else expect(text).not.toMatch(CJK);
      }
    },
  );

  test('lets the example phrases add their own quotation marks', () => {
    for (const id of frameworkHandoutIds) {
      const content = readHandout(locale, id);
      if (content.type !== 'framework') continue;
      for (const step of content.steps) expect(step.example, `${id} ${step.letter}`).not.toMatch(/^["“「]/);
    }
  });
});

describe('handoutContentSchema', () => {
  const step = { letter: 'G', name: 'Goal', explain: 'What they want.', example: 'What would you like?' };
  const framework = {
    type: 'framework',
    title: 'GROW',
    subtitle: 'Goal · Reality · Options · Will',
    purpose: 'Four kinds of question that let the employee think.',
    steps: [step, step, step],
    tips: ['One tip here.', 'Another tip here.'],
  };

  test('accepts a minimal framework sheet', () => {
    expect(handoutContentSchema.safeParse(framework).success).toBe(true);
  });

  test.each([
    ['a fourth tip', { ...framework, tips: ['a tip', 'b tip', 'c tip', 'd tip'] }, 'tips'],
    ['an eighth step', { ...framework, steps: Array(8).fill(step) }, 'steps'],
    [
      'an example too long for one line',
      { ...framework, steps: [step, step, { ...step, example: 'x'.repeat(111) }] },
      'steps.2.example',
    ],
    ['an unknown field', { ...framework, body: 'text' }, ''],
  ])('refuses %s, which would not fit one page', (_name, input, path) => {
    const result = handoutContentSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
  });
});

describe.each(worksheetKinds)('the blank %s layout', (kind) => {
  const layout = blankLayouts[kind];

  test('fills one or two pages, each with at least one section', () => {
    expect(layout.pages.length).toBeGreaterThanOrEqual(1);
    expect(layout.pages.length).toBeLessThanOrEqual(2);
    for (const page of layout.pages) expect(page.length).toBeGreaterThan(0);
  });

  test.each(locales)('prints labels that exist in %s and need no parameters', (locale) => {
    for (const key of layoutKeys(layout)) {
      const text = dictionaries[locale][key];
      expect(text, key).toBeTruthy();
      expect(text, key).not.toMatch(/\{\w+\}/);
    }
  });

  test('prints the worksheet form’s own labels, so paper and screen say the same thing', () => {
    for (const key of layoutKeys(layout)) expect(key).toMatch(/^ws\./);
  });
});

describe.each(locales)('handout names in %s come from the terms module', (locale) => {
  test.each(frameworkHandoutIds.filter((id) => id !== 'flash-retro'))(
    '%s leaves step names and subtitle to the terms module, which fills them in',
    (id) => {
      const content = readHandout(locale, id);
      if (content.type !== 'framework') throw new Error(`${id} is not a framework sheet`);
      expect(content.subtitle).toBeUndefined();
      for (const step of content.steps) expect(step.name).toBeUndefined();
      const named = namedFrameworkHandout(id, content, locale);
      const expected = frameworkTermLetters(id).map(({ term }) => termWithEnglish(term, locale));
      expect(named.steps.map((step) => step.name)).toEqual(expected);
      expect(named.subtitle).toBe(expected.join(' · '));
    },
  );

  test('the flash retro, which has no letters, names its own steps', () => {
    const content = readHandout(locale, 'flash-retro');
    if (content.type !== 'framework') throw new Error('flash-retro is not a framework sheet');
    const named = namedFrameworkHandout('flash-retro', content, locale);
    expect(named.subtitle.length).toBeGreaterThan(2);
    for (const step of named.steps) expect(step.name.length).toBeGreaterThan(2);
  });

  test('a lettered sheet that names a step itself is refused', () => {
    const content = readHandout(locale, 'grow');
    if (content.type !== 'framework') throw new Error('grow is not a framework sheet');
    const renamed = { ...content, steps: content.steps.map((step) => ({ ...step, name: 'Anything' })) };
    expect(() => namedFrameworkHandout('grow', renamed, locale)).toThrow(/terms module/);
  });

  test('the pocket card names each stage by its letter and term', () => {
    const content = readHandout(locale, pocketCardId);
    if (content.type !== 'pocket-card') throw new Error('not the pocket card');
    expect(namedPocketCard(content, locale).stages.map((stage) => stage.name)).toEqual(
      locale === 'zh-CN'
        ? ['G 目标', 'R 现状', 'O 方案', 'W 意愿']
        : ['G Goal', 'R Reality', 'O Options', 'W Will'],
    );
  });
});

describe.each(locales)('the five-step quick card in %s', (locale) => {
  test('lists the five steps in the method’s order', () => {
    const content = readHandout(locale, quickCardId);
    if (content.type !== 'quick-card') throw new Error('not the quick card');
    expect(content.steps.map((step) => step.step)).toEqual([
      'goals',
      'conversation',
      'feedback',
      'action',
      'tracking',
    ]);
  });

  test('names each framework with the terms module’s words', () => {
    expect(frameworkLine('3e', locale)).toBe(
      locale === 'zh-CN' ? '3E：鼓励 · 探索 · 赋能' : '3E: Encourage · Explore · Empower',
    );
  });

  test('states the coaching policy’s numbers in its rhythm and health lines', () => {
    const t = useTranslations(locale);
    const values = quickCardPolicyValues(locale);
    const text = `${t('handouts.quick.rhythm', values)} ${t('handouts.quick.health', values)}`;
    const { conversationEveryWeeks: every, microActionCompletionTarget, atRiskGapPoints } = coachingPolicy;
    expect(text).toContain(
      locale === 'zh-CN' ? `每 ${every.min} 到 ${every.max} 周` : `every ${every.min} to ${every.max} weeks`,
    );
    expect(text).toContain(`${Math.round(microActionCompletionTarget * 100)}%`);
    expect(text).toContain(String(atRiskGapPoints));
    expect(text).not.toMatch(/\{\w+\}/);
  });
});
