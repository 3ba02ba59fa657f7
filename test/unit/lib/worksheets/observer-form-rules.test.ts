import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../../../src/lib/i18n';
import { locales } from '../../../../src/lib/i18n/locales';
import {
  createDefaultObserverChecklist,
  MAX_QUESTION_COUNT,
  observerChecklistSchema,
  observerSections,
  sectionScore,
  type ObserverChecklistData,
  type ObserverChecklistInput,
} from '../../../../src/lib/worksheets/observer-checklist';
import {
  checklistGroups,
  chooseScenario,
  chosenScenarioId,
  growCounter,
  growItems,
  inPlaySwitches,
  missingItems,
  observerRoles,
  sectionItems,
  summaryFacts,
  summaryText,
  summaryTexts,
  withInPlay,
  withRole,
  withText,
} from '../../../../src/lib/worksheets/observer-checklist/form-rules';
import { sampleData } from './fixtures';

const parse = (input: ObserverChecklistInput) => observerChecklistSchema.parse(input);
const sample = (): ObserverChecklistData => structuredClone(sampleData['observer-checklist']);
const item = (data: ObserverChecklistData, section: (typeof observerSections)[number], key: string) => {
  const found = sectionItems(data, section).find((entry) => entry.key === key);
  if (!found) throw new Error(`no item ${section}.${key}`);
  return found;
};

describe('checklistGroups()', () => {
  test('shows GROW and 5R always, PREP, 3E and BEST only when in play, in conversation order', () => {
    expect(checklistGroups(createDefaultObserverChecklist()).map((group) => group.section)).toEqual([
      'prep',
      'grow',
      'best',
      'fiveR',
    ]);
    const none = parse({ inPlay: { prep: false, best: false, threeE: false } });
    expect(checklistGroups(none).map((group) => group.section)).toEqual(['grow', 'fiveR']);
    const all = parse({ inPlay: { prep: true, best: true, threeE: true } });
    expect(checklistGroups(all).map((group) => group.section)).toEqual([...observerSections]);
  });

  test('gives each part its legend, help, count and the hint fields under it', () => {
    const groups = checklistGroups(sample());
    expect(groups.map((group) => [group.section, group.legend, group.help, group.hintPaths])).toEqual([
      ['prep', 'ws.observer.prep', 'ws.observer.prepHelp', ['prep', 'prepInOrder']],
      ['grow', 'ws.observer.grow', 'ws.observer.growHelp', ['grow']],
      ['threeE', 'ws.observer.threeE', 'ws.observer.threeEHelp', ['threeE']],
      ['fiveR', 'ws.observer.fiveR', 'ws.observer.fiveRHelp', ['fiveR', 'microAction']],
    ]);
    for (const group of groups) expect(group.score).toEqual(sectionScore(sample(), group.section));
  });
});

describe('sectionItems()', () => {
  test('lists each part in order, with "kept in order" after PREP and the micro-action after 5R', () => {
    const keys = (section: (typeof observerSections)[number]) =>
      sectionItems(sample(), section).map((entry) => entry.key);
    expect(keys('prep')).toEqual(['point', 'reason', 'example', 'plan', 'prepInOrder']);
    expect(keys('grow')).toEqual(['goal', 'reality', 'options', 'will']);
    expect(keys('threeE')).toEqual(['encourage', 'explore', 'empower']);
    expect(keys('best')).toEqual(['behavior', 'effect', 'seek', 'target']);
    expect(keys('fiveR')).toEqual(['result', 'resource', 'responsible', 'review', 'risk', 'microAction']);
    expect(item(sample(), 'prep', 'prepInOrder')).toMatchObject({
      label: 'ws.observer.prepInOrder',
      help: 'ws.observer.prepInOrderHelp',
    });
    expect(item(sample(), 'best', 'seek')).toMatchObject({
      label: 'ws.observer.best.seek',
      help: 'ws.observer.best.seekHelp',
    });
  });

  test('every line has a label and a help text in every language', () => {
    for (const locale of locales) {
      for (const section of observerSections) {
        for (const entry of sectionItems(sample(), section)) {
          expect(dictionaries[locale][entry.label], `${locale} ${entry.label}`).toBeTruthy();
          expect(dictionaries[locale][entry.help], `${locale} ${entry.help}`).toBeTruthy();
        }
      }
    }
  });

  test('ticks agree with the score: a part counts exactly its ticked lines', () => {
    for (const data of [sample(), createDefaultObserverChecklist()]) {
      for (const section of observerSections) {
        const items = sectionItems(data, section);
        expect(items.filter((entry) => entry.checked)).toHaveLength(sectionScore(data, section).done);
        expect(items).toHaveLength(sectionScore(data, section).total);
      }
    }
  });

  test('ticking a line changes that field only and leaves the old data as it was', () => {
    const before = sample();
    const after = item(before, 'best', 'seek').tick(true);
    expect(after.best).toEqual({ behavior: false, effect: false, seek: true, target: false });
    expect({ ...after, best: before.best }).toEqual(before);
    expect(before.best.seek).toBe(false);
    expect(item(before, 'fiveR', 'microAction').tick(false).microAction).toBe(false);
    expect(item(before, 'prep', 'prepInOrder').tick(false).prepInOrder).toBe(false);
    expect(item(before, 'threeE', 'empower').tick(true).threeE.empower).toBe(true);
  });
});

describe('GROW lines', () => {
  test('a stage is ticked once a question of it was heard', () => {
    const data = parse({ grow: { goal: 3, reality: 0, options: 1, will: 0 } });
    expect(growItems(data).map((entry) => [entry.key, entry.checked])).toEqual([
      ['goal', true],
      ['reality', false],
      ['options', true],
      ['will', false],
    ]);
  });

  test('ticking counts one question, keeps a larger count, and unticking sets the count to zero', () => {
    const data = parse({ grow: { goal: 3 } });
    const [goal, reality] = growItems(data);
    expect(reality?.tick(true).grow).toEqual({ goal: 3, reality: 1, options: 0, will: 0 });
    expect(goal?.tick(true).grow.goal).toBe(3);
    expect(goal?.tick(false).grow.goal).toBe(0);
  });

  test('the counter counts one up or down, never below zero nor above the maximum', () => {
    const empty = growCounter(createDefaultObserverChecklist(), 'will');
    expect(empty.count).toBe(0);
    expect(empty.less).toBeUndefined();
    expect(empty.more?.grow.will).toBe(1);

    const two = growCounter(parse({ grow: { will: 2 } }), 'will');
    expect(two.count).toBe(2);
    expect(two.less?.grow.will).toBe(1);
    expect(two.more?.grow).toEqual({ goal: 0, reality: 0, options: 0, will: 3 });

    const full = growCounter(parse({ grow: { options: MAX_QUESTION_COUNT } }), 'options');
    expect(full.less?.grow.options).toBe(MAX_QUESTION_COUNT - 1);
    expect(full.more).toBeUndefined();
    expect(growItems(parse({ grow: { options: 2 } }))[2]?.counter.count).toBe(2);
  });
});

describe('missingItems()', () => {
  test('names the unticked lines of a part, the extra ticks and GROW stages never heard included', () => {
    const data = sample();
    expect(missingItems(data, 'prep')).toEqual([]);
    expect(missingItems(data, 'threeE')).toEqual(['ws.observer.threeE.empower']);
    expect(missingItems(data, 'fiveR')).toEqual(['ws.observer.fiveR.risk']);
    expect(missingItems({ ...data, microAction: false }, 'fiveR')).toEqual([
      'ws.observer.fiveR.risk',
      'ws.observer.microAction',
    ]);
    const fresh = createDefaultObserverChecklist();
    expect(missingItems(fresh, 'prep')).toContain('ws.observer.prepInOrder');
    expect(missingItems(fresh, 'grow')).toEqual([
      'ws.observer.grow.goal',
      'ws.observer.grow.reality',
      'ws.observer.grow.options',
      'ws.observer.grow.will',
    ]);
  });
});

describe('setting up the role-play', () => {
  test('choosing a scenario writes its id and puts in play exactly what it practises', () => {
    const data = createDefaultObserverChecklist();
    const chosen = chooseScenario(data, {
      id: 'sales-slump',
      title: 'Sales conversion slump',
      frameworks: ['prep', '3e', 'grow'],
    });
    expect(chosen.scenario).toBe('sales-slump');
    expect(chosen.inPlay).toEqual({ prep: true, best: false, threeE: true });
    expect(data.scenario).toBe('');
  });

  test('the scenario list selects the scenario typed only when it is one of the list', () => {
    const scenarios = [{ id: 'sales-slump', title: 'Sales', frameworks: [] }];
    expect(chosenScenarioId(scenarios, 'sales-slump')).toBe('sales-slump');
    expect(chosenScenarioId(scenarios, 'our own case')).toBe('');
    expect(chosenScenarioId([], 'sales-slump')).toBe('');
  });

  test('names, switches and texts change their own field only', () => {
    const data = sample();
    expect(observerRoles).toEqual(['manager', 'employee', 'observer']);
    expect(withRole(data, 'employee', 'Mo').roles).toEqual({
      manager: 'Dai',
      employee: 'Mo',
      observer: 'Lu',
    });
    expect(inPlaySwitches.map(([section]) => section)).toEqual(['prep', 'threeE', 'best']);
    expect(withInPlay(data, 'best', true).inPlay).toEqual({ prep: true, best: true, threeE: true });
    const typed = withText(data, 'tryNext', 'Wait after a question');
    expect({ ...typed, tryNext: data.tryNext }).toEqual(data);
    expect(typed.tryNext).toBe('Wait after a question');
    expect(data.roles.employee).toBe('Qian');
  });
});

describe('the debrief summary', () => {
  test('prints a text trimmed, and nothing for a blank one', () => {
    expect(summaryText('  Trio A  ')).toBe('Trio A');
    expect(summaryText(' \n ')).toBeUndefined();
  });

  test('lists the role-play facts, then the debrief before the notes', () => {
    const data = sample();
    expect(summaryFacts(data)).toEqual([
      ['ws.observer.scenario', 'sales-slump'],
      ['ws.observer.manager', 'Dai'],
      ['ws.observer.employee', 'Qian'],
      ['ws.observer.observer', 'Lu'],
    ]);
    expect(summaryTexts(data).map(([key]) => key)).toEqual([
      'ws.observer.wentWell',
      'ws.observer.tryNext',
      'ws.observer.quotes',
      'ws.observer.moments',
    ]);
  });
});
