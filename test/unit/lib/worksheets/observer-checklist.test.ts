import { dictionaries } from '../../../../src/lib/i18n';
import { describe, expect, test } from 'vitest';
import { locales, sentenceRules } from '../../../../src/lib/i18n/locales';
import { pluralOf } from '../../../../src/lib/i18n/plural';
import {
  bestParts,
  createDefaultObserverChecklist,
  fiveRParts,
  growQuestionTotal,
  growStages,
  hasObservations,
  observerChecklistSchema,
  observerScore,
  prepSteps,
  sectionScore,
  threeEParts,
  type ObserverChecklistInput,
} from '../../../../src/lib/worksheets/observer-checklist';
import { observerChecklistToMarkdown } from '../../../../src/lib/worksheets/observer-checklist/markdown';
import { observerChecklistHints } from '../../../../src/lib/worksheets/observer-checklist/hints';
import { sampleData, sampleDoc } from './fixtures';

const parse = (input: ObserverChecklistInput) => observerChecklistSchema.parse(input);

describe('observerChecklistSchema', () => {
  test('starts with nothing ticked, PREP and BEST in play and 3E not', () => {
    const data = createDefaultObserverChecklist();
    expect(data.scenario).toBe('');
    expect(data.roles).toEqual({ manager: '', employee: '', observer: '' });
    expect(data.inPlay).toEqual({ prep: true, best: true, threeE: false });
    expect(data.grow).toEqual({ goal: 0, reality: 0, options: 0, will: 0 });
    expect(Object.values(data.best).some(Boolean)).toBe(false);
    expect(Object.values(data.fiveR).some(Boolean)).toBe(false);
    expect(data.microAction).toBe(false);
    expect(data.prepInOrder).toBe(false);
  });

  test('accepts the filled sample unchanged', () => {
    expect(observerChecklistSchema.parse(sampleData['observer-checklist'])).toEqual(
      sampleData['observer-checklist'],
    );
  });

  test.each([
    ['a negative question count', { grow: { goal: -1 } }, 'grow.goal'],
    ['a fractional question count', { grow: { will: 1.5 } }, 'grow.will'],
    ['an absurd question count', { grow: { options: 31 } }, 'grow.options'],
    ['a tick that is not a boolean', { best: { seek: 'yes' } }, 'best.seek'],
    ['a name longer than a pseudonym', { roles: { manager: 'x'.repeat(81) } }, 'roles.manager'],
    ['an overlong scenario', { scenario: 'x'.repeat(121) }, 'scenario'],
  ] as const)('rejects %s', (_name, input, path) => {
    expect(observerChecklistSchema.safeParse(input).error?.issues[0]?.path.join('.')).toBe(path);
  });
});

describe('observerScore()', () => {
  test('counts the default sections in play: PREP 5, GROW 4, BEST 4, 5R 6', () => {
    const score = observerScore(createDefaultObserverChecklist());
    expect(score).toMatchObject({ done: 0, total: 19 });
    expect(score.sections.map((section) => [section.section, section.total, section.inPlay])).toEqual([
      ['prep', 5, true],
      ['grow', 4, true],
      ['threeE', 3, false],
      ['best', 4, true],
      ['fiveR', 6, true],
    ]);
  });

  test('scores the sample as 16 of 18 (3E in play, BEST not)', () => {
    const score = observerScore(sampleData['observer-checklist']);
    expect({ done: score.done, total: score.total }).toEqual({ done: 16, total: 18 });
  });

  test('counts a GROW stage once however many questions were asked', () => {
    const data = parse({ grow: { goal: 5, reality: 0, options: 2, will: 0 } });
    expect(sectionScore(data, 'grow')).toEqual({ section: 'grow', done: 2, total: 4, inPlay: true });
    expect(growQuestionTotal(data)).toBe(7);
  });

  test('leaves out ticks of a section that is not in play', () => {
    const data = parse({ inPlay: { best: false }, best: { behavior: true, seek: true } });
    expect(sectionScore(data, 'best')).toMatchObject({ done: 2, inPlay: false });
    expect(observerScore(data)).toMatchObject({ done: 0, total: 15 });
  });

  test('counts PREP order and the micro-action as items of their own', () => {
    const data = parse({ prepInOrder: true, microAction: true });
    expect(observerScore(data).done).toBe(2);
    expect(hasObservations(data)).toBe(true);
    expect(hasObservations(createDefaultObserverChecklist())).toBe(false);
  });

  test('reaches the total when everything in play is ticked', () => {
    const data = parse({
      inPlay: { prep: true, best: true, threeE: true },
      grow: { goal: 1, reality: 1, options: 1, will: 1 },
      best: { behavior: true, effect: true, seek: true, target: true },
      fiveR: { result: true, resource: true, responsible: true, review: true, risk: true },
      microAction: true,
      prep: { point: true, reason: true, example: true, plan: true },
      prepInOrder: true,
      threeE: { encourage: true, explore: true, empower: true },
    });
    expect(observerScore(data)).toMatchObject({ done: 22, total: 22 });
  });
});

/** Something observed, so the gap hints speak (an empty sheet only gets the start hint). */
const started: ObserverChecklistInput = { scenario: 'sales-slump', grow: { goal: 1 } };

const hintCases: {
  name: string;
  input: ObserverChecklistInput;
  present: { id: string; field: string; level?: string }[];
  absent?: string[];
}[] = [
  {
    name: 'starts an empty sheet with one nudge and no list of gaps',
    input: {},
    present: [
      { id: 'observer-checklist/start', field: 'grow', level: 'info' },
      { id: 'observer-checklist/scenario-empty', field: 'scenario' },
    ],
    absent: ['observer-checklist/grow-missing-will', 'observer-checklist/five-r-not-reached'],
  },
  {
    name: 'warns when no Will question was ticked',
    input: { ...started, grow: { goal: 2, reality: 1, options: 1 } },
    present: [{ id: 'observer-checklist/grow-missing-will', field: 'grow.will', level: 'warning' }],
    absent: ['observer-checklist/grow-missing-goal', 'observer-checklist/start'],
  },
  {
    name: 'warns when BEST is missing Seek',
    input: { ...started, best: { behavior: true, effect: true, target: true } },
    present: [{ id: 'observer-checklist/best-missing-seek', field: 'best.seek', level: 'warning' }],
    absent: ['observer-checklist/best-missing-effect', 'observer-checklist/best-not-heard'],
  },
  {
    name: 'notes a missing Effect more gently than a missing Behavior',
    input: { ...started, best: { seek: true, target: true } },
    present: [
      { id: 'observer-checklist/best-missing-behavior', field: 'best.behavior', level: 'warning' },
      { id: 'observer-checklist/best-missing-effect', field: 'best.effect', level: 'info' },
    ],
  },
  {
    name: 'says BEST was not heard at all rather than listing four gaps',
    input: started,
    present: [{ id: 'observer-checklist/best-not-heard', field: 'best' }],
    absent: ['observer-checklist/best-missing-seek'],
  },
  {
    name: 'stays quiet about BEST and PREP when they are not in play',
    input: { ...started, inPlay: { best: false, prep: false } },
    present: [],
    absent: ['observer-checklist/best-not-heard', 'observer-checklist/prep-not-heard'],
  },
  {
    name: 'lists the missing 3E parts when 3E is in play',
    input: { ...started, inPlay: { threeE: true }, threeE: { encourage: true } },
    present: [
      { id: 'observer-checklist/three-e-missing-explore', field: 'threeE.explore' },
      { id: 'observer-checklist/three-e-missing-empower', field: 'threeE.empower' },
    ],
  },
  {
    name: 'warns when the conversation never reached a 5R',
    input: started,
    present: [{ id: 'observer-checklist/five-r-not-reached', field: 'fiveR', level: 'warning' }],
    absent: ['observer-checklist/five-r-missing-risk', 'observer-checklist/no-micro-action'],
  },
  {
    name: 'names the missing 5R parts and the missing micro-action',
    input: { ...started, fiveR: { result: true, resource: true, responsible: true } },
    present: [
      { id: 'observer-checklist/five-r-missing-review', field: 'fiveR.review' },
      { id: 'observer-checklist/five-r-missing-risk', field: 'fiveR.risk' },
      { id: 'observer-checklist/no-micro-action', field: 'microAction', level: 'warning' },
    ],
  },
  {
    name: 'asks about the order once all four PREP steps are ticked',
    input: { ...started, prep: { point: true, reason: true, example: true, plan: true } },
    present: [{ id: 'observer-checklist/prep-order', field: 'prepInOrder' }],
    absent: ['observer-checklist/prep-missing-plan'],
  },
  {
    name: 'names a missing PREP step',
    input: { ...started, prep: { point: true, reason: true, plan: true } },
    present: [{ id: 'observer-checklist/prep-missing-example', field: 'prep.example' }],
    absent: ['observer-checklist/prep-order'],
  },
  {
    name: 'asks for the debrief once something was observed',
    input: started,
    present: [
      { id: 'observer-checklist/went-well-empty', field: 'wentWell' },
      { id: 'observer-checklist/try-next-empty', field: 'tryNext' },
    ],
  },
  {
    name: 'asks for one thing to try, not a list',
    input: { ...started, tryNext: 'Ask more Options questions\nSet the review date' },
    present: [{ id: 'observer-checklist/try-next-one', field: 'tryNext' }],
  },
  {
    name: 'is quiet about a complete sample',
    input: sampleData['observer-checklist'],
    present: [],
    absent: [
      'observer-checklist/start',
      'observer-checklist/scenario-empty',
      'observer-checklist/went-well-empty',
      'observer-checklist/try-next-one',
    ],
  },
];

describe.each(locales)('observerChecklistHints() in %s', (locale) => {
  test.each(hintCases)('$name', ({ input, present, absent = [] }) => {
    const hints = observerChecklistHints(parse(input), locale);
    for (const expected of present) expect(hints).toContainEqual(expect.objectContaining(expected));
    for (const id of absent) expect(hints.map((hint) => hint.id)).not.toContain(id);
  });
});

describe('observerChecklistHints() messages', () => {
  const everyGap = parse({
    ...started,
    inPlay: { threeE: true },
    best: { behavior: true },
    threeE: { explore: true },
    fiveR: { result: true },
  });

  test('speak each language in its own words', () => {
    const zh = observerChecklistHints(everyGap, 'zh-CN');
    const en = observerChecklistHints(everyGap, 'en');
    expect(zh.map((hint) => hint.id)).toEqual(en.map((hint) => hint.id));
    for (const hint of zh) expect(hint.message).toMatch(/[\u4e00-\u9fff]/);
    for (const hint of en) expect(hint.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test('name the Will stage and the Seek step', () => {
    const data = parse({ ...started, best: { behavior: true } });
    const messages = (locale: (typeof locales)[number]) =>
      observerChecklistHints(data, locale)
        .map((hint) => hint.message)
        .join('\n');
    expect(messages('en')).toContain('No Will question');
    expect(messages('en')).toContain('BEST is missing Seek');
    expect(messages('zh-CN')).toContain('意愿类问题');
    expect(messages('zh-CN')).toContain('BEST 少了“征询”');
  });
});

describe('observerChecklistToMarkdown()', () => {
  const doc = sampleDoc('observer-checklist', { title: 'Trio A, round 1' });

  test('puts the score, the debrief and the ticks in English', () => {
    const markdown = observerChecklistToMarkdown(doc, 'en');
    expect(markdown.startsWith('# Trio A, round 1\n\nObserver checklist · Person: Li')).toBe(true);
    expect(markdown).toContain('**Scenario**: sales-slump');
    expect(markdown).toContain('**Manager**: Dai · **Employee**: Qian · **Observer**: Lu');
    expect(markdown).toContain('**16 of 18**');
    expect(markdown).toContain('| BEST feedback | not practiced |');
    expect(markdown).toContain('| GROW questions | 4 / 4 |');
    expect(markdown).toContain('- [x] W Will: 1 question');
    expect(markdown).toContain('- [ ] E Empower');
    // Ticked items read exactly as the form labels them.
    expect(markdown).toContain('- [ ] Risk');
    expect(markdown).toContain('- [x] Micro-action within 7 days');
    expect(markdown).not.toContain('## BEST feedback');
    // The debrief comes before the detail, so a printed page opens with it.
    expect(markdown.indexOf('## What went well')).toBeLessThan(markdown.indexOf('## GROW questions'));
  });

  test('writes Chinese headings and the score as “N 项里做到 M 项”', () => {
    const markdown = observerChecklistToMarkdown(doc, 'zh-CN');
    expect(markdown).toContain('**18 项里做到 16 项**');
    expect(markdown).toContain('## 下次想试的一件事');
    expect(markdown).toContain('- [x] G 目标：2 个问题');
    expect(markdown).toContain('| BEST 负面反馈 | 本场不练 |');
  });

  describe('names every checklist item exactly as the form labels it', () => {
    const everyPartInPlay = { prep: true, threeE: true, best: true };
    const ticked = parse({
      inPlay: everyPartInPlay,
      prep: { point: true, reason: true, example: true, plan: true },
      prepInOrder: true,
      grow: { goal: 1, reality: 1, options: 1, will: 1 },
      threeE: { encourage: true, explore: true, empower: true },
      best: { behavior: true, effect: true, seek: true, target: true },
      fiveR: { result: true, resource: true, responsible: true, review: true, risk: true },
      microAction: true,
    });
    const unticked = parse({ inPlay: everyPartInPlay });
    const cases = locales.flatMap((locale) => [
      { locale, state: 'ticked', data: ticked, mark: 'x', count: 1 },
      { locale, state: 'unticked', data: unticked, mark: ' ', count: 0 },
    ]);

    // Whole lines are compared, so an export that adds to the form's label ("Risk and
    // contingency" for "Risk") fails as surely as one that rewords it.
    test.each(cases)('$locale, $state', ({ locale, data, mark, count }) => {
      const words = dictionaries[locale];
      const markdown = observerChecklistToMarkdown(sampleDoc('observer-checklist', { data }), locale);
      const lines = markdown.split('\n');
      // A GROW item is the form's label, the language's colon, then the export's own count.
      const growCount = words[`md.observer.growCount.${pluralOf(count, locale)}`].replace(
        '{count}',
        String(count),
      );
      const items = [
        ...prepSteps.map((step) => words[`ws.observer.prep.${step}`]),
        words['ws.observer.prepInOrder'],
        ...growStages.map(
          (stage) => `${words[`ws.observer.grow.${stage}`]}${sentenceRules(locale).colon}${growCount}`,
        ),
        ...threeEParts.map((part) => words[`ws.observer.threeE.${part}`]),
        ...bestParts.map((part) => words[`ws.observer.best.${part}`]),
        ...fiveRParts.map((part) => words[`ws.observer.fiveR.${part}`]),
        words['ws.observer.microAction'],
      ];
      expect(items).toHaveLength(22);
      expect(lines.filter((line) => /^- \[[x ]\] /.test(line))).toEqual(
        items.map((item) => `- [${mark}] ${item}`),
      );
      // Each part is headed, and named in the score table, by the form's legend for it.
      const parts = ['prep', 'grow', 'threeE', 'best', 'fiveR'] as const;
      const legends = parts.map((part) => words[`ws.observer.${part}`]);
      const partHeadings = lines.filter((line) => legends.some((legend) => line === `## ${legend}`));
      expect(partHeadings).toEqual(legends.map((legend) => `## ${legend}`));
      const rowNames = lines
        .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
        .slice(1)
        .map((line) => line.slice(2, line.indexOf(' |')));
      expect(rowNames).toEqual(legends);
    });
  });

  test('marks empty fields and escapes what the observer typed', () => {
    const empty = sampleDoc('observer-checklist', {
      data: parse({ scenario: '# not a heading', tryNext: '<b>louder</b>' }),
    });
    const markdown = observerChecklistToMarkdown(empty, 'en');
    expect(markdown).toContain('**Scenario**: \\# not a heading');
    expect(markdown).toContain('**Manager**: _(not filled in)_');
    expect(markdown).toContain('\\<b\\>louder\\</b\\>');
    expect(markdown).toContain('**0 of 19**');
  });
});
