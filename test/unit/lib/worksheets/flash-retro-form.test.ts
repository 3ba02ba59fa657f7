import { describe, expect, test } from 'vitest';
import type { Translate } from '../../../../src/lib/i18n';
import { actionPlanSchema, type PlannedAction } from '../../../../src/lib/worksheets/action-plan';
import { createWorksheet, type WorksheetSummary } from '../../../../src/lib/worksheets/document';
import { createDefaultFlashRetro } from '../../../../src/lib/worksheets/flash-retro';
import {
  appendButton,
  appendFailedMessage,
  appendStatus,
  goalLinkView,
  goalWithRetro,
  judgmentFollowUp,
  openSectionView,
  PERSON_DEBOUNCE_MS,
  plansToRead,
  prefillForPerson,
  relatedFound,
  relatedLookupDelay,
  satisfiedRows,
  withSatisfied,
  withTickedAction,
  type Related,
} from '../../../../src/lib/worksheets/flash-retro/form-rules';
import { smartArLimits, smartArSchema } from '../../../../src/lib/worksheets/smart-ar';
import { registerEveryWorksheetModule } from '../../../support/all-kinds';

registerEveryWorksheetModule();

/** Says which sentence was chosen, with its values, instead of the words. */
const t: Translate = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);

const summary = (id: string, fields: Partial<WorksheetSummary>): WorksheetSummary => ({
  id,
  kind: 'action-plan',
  schemaVersion: 1,
  revision: 1,
  title: '',
  createdAt: '2025-06-01T08:00:00.000Z',
  updatedAt: '2025-06-01T08:00:00.000Z',
  ...fields,
});

const action = (result: string, fields: Partial<PlannedAction> = {}): PlannedAction =>
  actionPlanSchema.parse({ actions: [{ result, ...fields }] }).actions[0]!;

const openActions = (actions: PlannedAction[], conversationDate = '2025-06-10') => ({
  planId: 'plan-1',
  planTitle: 'Stored title',
  conversationDate,
  actions: actions.map((item, index) => ({ index, action: item })),
});

const ready = (fields: Partial<Extract<Related, { type: 'ready' }>> = {}): Related => ({
  type: 'ready',
  open: undefined,
  plan: undefined,
  goals: [],
  ...fields,
});

describe('relatedLookupDelay(): when the retro reads storage for the person’s plans and goals', () => {
  test('a blank retro with no person does not read storage until asked', () => {
    expect(relatedLookupDelay('', false, true)).toBeUndefined();
  });

  test('asked, or with a person, it looks at once the first time', () => {
    expect(relatedLookupDelay('', true, true)).toBe(0);
    expect(relatedLookupDelay('Lin', false, true)).toBe(0);
  });

  test('later looks wait for typing to pause', () => {
    expect(relatedLookupDelay('Li', false, false)).toBe(PERSON_DEBOUNCE_MS);
  });
});

describe('plansToRead() and relatedFound(): what the lookup finds', () => {
  const plan = (person: string, conversationDate: string, results: string[]) =>
    createWorksheet('action-plan', {
      person,
      data: actionPlanSchema.parse({ conversationDate, actions: results.map((result) => ({ result })) }),
    });

  test('reads only the person’s plans, practice ones only for a practice retro', () => {
    const summaries = [
      summary('lin', { person: 'Lin' }),
      summary('wang', { person: 'Wang' }),
      summary('practice', { person: 'Lin', practice: 'scenario-x' }),
      summary('goal', { kind: 'smart-ar', person: 'Lin' }),
    ];
    expect(plansToRead(summaries, 'Lin', false).map((s) => s.id)).toEqual(['lin']);
    expect(
      plansToRead(summaries, 'Lin', true)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['lin', 'practice']);
  });

  test('gives the latest plan’s open actions, its summary, and the person’s goals', () => {
    const older = plan('Lin', '2025-05-01', ['old']);
    const latest = plan('Lin', '2025-06-01', ['call the client']);
    const summaries = [
      summary(older.id, { person: 'Lin' }),
      summary(latest.id, { person: 'Lin', title: 'June plan' }),
      summary('goal-1', { kind: 'smart-ar', person: 'Lin', updatedAt: '2025-06-02T08:00:00.000Z' }),
      summary('goal-2', { kind: 'smart-ar', person: 'lin', updatedAt: '2025-06-03T08:00:00.000Z' }),
      summary('goal-wang', { kind: 'smart-ar', person: 'Wang' }),
    ];
    const plans = plansToRead(summaries, 'Lin', false);
    const found = relatedFound(summaries, plans, [older, latest], 'Lin', false);
    expect(found.open?.planId).toBe(latest.id);
    expect(found.open?.actions.map((item) => item.action.result)).toEqual(['call the client']);
    expect(found.plan?.title).toBe('June plan');
    expect(found.goals.map((goal) => goal.id)).toEqual(['goal-2', 'goal-1']);
  });

  test('with no plan, there are no open actions and no plan summary', () => {
    const found = relatedFound([], [], [], 'Lin', false);
    expect(found).toEqual({ type: 'ready', open: undefined, plan: undefined, goals: [] });
  });
});

describe('withTickedAction(): a tick saved in the plan shows at once', () => {
  test('replaces the ticked action and keeps it listed', () => {
    const open = openActions([action('a'), action('b')]);
    const done = action('b', { state: 'done' });
    const next = withTickedAction(ready({ open }), 1, done);
    expect(next.type === 'ready' && next.open?.actions).toEqual([
      { index: 0, action: open.actions[0]!.action },
      { index: 1, action: done },
    ]);
  });

  test('changes nothing while the lookup is not ready or found no plan', () => {
    const loading: Related = { type: 'loading' };
    expect(withTickedAction(loading, 0, action('a'))).toBe(loading);
    const none = ready();
    expect(withTickedAction(none, 0, action('a'))).toBe(none);
  });
});

describe('satisfiedRows() and withSatisfied(): the three satisfied rows', () => {
  test('always shows three rows', () => {
    expect(satisfiedRows([])).toEqual(['', '', '']);
    expect(satisfiedRows(['a'])).toEqual(['a', '', '']);
  });

  test('typing into a row pads a shorter list to three first', () => {
    expect(withSatisfied([], 2, 'c')).toEqual(['', '', 'c']);
    expect(withSatisfied(['a', 'b', 'c'], 1, 'B')).toEqual(['a', 'B', 'c']);
  });
});

describe('judgmentFollowUp(): where the goal-or-execution call leads', () => {
  test.each([
    ['execution', 'new-plan'],
    ['goal', 'goal-link'],
    ['unsure', undefined],
    [null, undefined],
  ] as const)('%s → %s', (judgment, expected) => {
    expect(judgmentFollowUp(judgment)).toBe(expected);
  });
});

describe('openSectionView(): what the first section shows', () => {
  test.each(['idle', 'loading', 'failed'] as const)('the lookup %s shows as it is', (type) => {
    expect(openSectionView({ type }, 'Lin', t, 'en')).toEqual({ type });
  });

  test('no plan: says so for the person, or for untagged plans', () => {
    expect(openSectionView(ready(), 'Lin', t, 'en')).toEqual({
      type: 'no-plan',
      text: 'ws.flashRetro.noPlan {"person":"Lin"}',
    });
    expect(openSectionView(ready(), '', t, 'en')).toEqual({
      type: 'no-plan',
      text: 'ws.flashRetro.noPlanUntagged',
    });
  });

  test('a plan: its title from the list, else as stored, else its id; its date; whether all is done', () => {
    const open = openActions([action('a')]);
    const view = openSectionView(
      ready({ open, plan: summary('plan-1', { title: 'Listed' }) }),
      'Lin',
      t,
      'en',
    );
    expect(view).toMatchObject({
      type: 'plan',
      planTitle: 'Listed',
      dateNote: ' · ws.flashRetro.planDate {"date":"2025-06-10"}',
      allDone: false,
    });
    expect(openSectionView(ready({ open }), 'Lin', t, 'en')).toMatchObject({ planTitle: 'Stored title' });
    const untitled = { ...openActions([], ''), planTitle: '' };
    expect(openSectionView(ready({ open: untitled }), 'Lin', t, 'en')).toMatchObject({
      planTitle: 'plan-1',
      dateNote: undefined,
      allDone: true,
    });
  });
});

describe('goalLinkView(): what a goal problem offers', () => {
  const goals = [summary('g1', { kind: 'smart-ar', title: 'One' }), summary('g2', { kind: 'smart-ar' })];

  test('nothing when the lookup failed (the first section says so); progress otherwise', () => {
    expect(goalLinkView({ type: 'failed' }, 'Lin', undefined, t)).toEqual({ type: 'nothing' });
    expect(goalLinkView({ type: 'loading' }, 'Lin', undefined, t)).toEqual({ type: 'loading' });
    expect(goalLinkView({ type: 'idle' }, '', undefined, t)).toEqual({ type: 'idle' });
  });

  test('no goals: says so for the person, or for untagged goals', () => {
    expect(goalLinkView(ready(), 'Lin', undefined, t)).toEqual({
      type: 'no-goals',
      text: 'ws.flashRetro.noGoals {"person":"Lin"}',
    });
    expect(goalLinkView(ready(), '', undefined, t)).toEqual({
      type: 'no-goals',
      text: 'ws.flashRetro.noGoalsUntagged',
    });
  });

  test('goals to pick from, with the linked one when it is still among them', () => {
    expect(goalLinkView(ready({ goals }), 'Lin', 'g2', t)).toEqual({
      type: 'pick',
      goals,
      linked: goals[1],
      help: 'ws.flashRetro.goalPickHelp {"person":"Lin"}',
    });
    expect(goalLinkView(ready({ goals }), '', 'gone', t)).toMatchObject({
      linked: undefined,
      help: 'ws.flashRetro.goalPickHelpUntagged',
    });
  });
});

describe('adding the retro to a goal’s adjustment log', () => {
  const retro = {
    ...createDefaultFlashRetro('2025-06-20'),
    obstacle: 'Launch slipped',
    judgment: 'goal' as const,
  };

  test('goalWithRetro() appends the retro as the newest adjustment', () => {
    const goal = smartArSchema.parse({});
    const changed = goalWithRetro(goal, retro, t);
    expect(changed.type === 'success' && changed.data.adjustments.at(-1)).toMatchObject({
      date: '2025-06-20',
      reason: 'Launch slipped',
      kind: 'goal',
    });
  });

  test('goalWithRetro() refuses a full log with its own sentence', () => {
    const full = smartArSchema.parse({
      adjustments: Array.from({ length: smartArLimits.adjustments }, () => ({
        date: '2025-06-01',
        reason: 'x',
      })),
    });
    expect(goalWithRetro(full, retro, t)).toEqual({
      type: 'error',
      reason: `ws.flashRetro.appendFull {"max":${smartArLimits.adjustments}}`,
      full: true,
    });
  });

  test('appendFailedMessage(): a full log is said as it is, other failures with their reason', () => {
    expect(appendFailedMessage('Log full', true, t)).toBe('Log full');
    expect(appendFailedMessage('Gone', false, t)).toBe('ws.flashRetro.appendFailed {"reason":"Gone"}');
  });

  test('appendButton(): shown until this goal has the retro, busy while saving', () => {
    expect(appendButton({ type: 'idle' }, 'g1', t)).toEqual({
      label: 'ws.flashRetro.append',
      disabled: false,
    });
    expect(appendButton({ type: 'working' }, 'g1', t)).toEqual({
      label: 'ws.flashRetro.appending',
      disabled: true,
    });
    expect(appendButton({ type: 'done', goalId: 'g1', goalTitle: 'One' }, 'g1', t)).toBeUndefined();
    expect(appendButton({ type: 'done', goalId: 'g1', goalTitle: 'One' }, 'g2', t)).toMatchObject({
      disabled: false,
    });
    expect(appendButton({ type: 'failed', message: 'x' }, 'g1', t)).toMatchObject({ disabled: false });
  });

  test('appendStatus(): says the retro was added, and nothing otherwise', () => {
    expect(appendStatus({ type: 'done', goalId: 'g1', goalTitle: 'One' }, t)).toBe(
      'ws.flashRetro.appended {"goal":"One"}',
    );
    expect(appendStatus({ type: 'working' }, t)).toBe('');
  });
});

describe('prefillForPerson(): a retro opened for a person', () => {
  test('starts tagged with them and dated today', () => {
    expect(prefillForPerson('Lin', '2025-06-20')).toEqual({
      data: createDefaultFlashRetro('2025-06-20'),
      person: 'Lin',
    });
  });

  test('opens as usual with no name, and cuts a long one to the person field', () => {
    expect(prefillForPerson(undefined, '2025-06-20')).toBeUndefined();
    expect(prefillForPerson('', '2025-06-20')).toBeUndefined();
    expect(prefillForPerson('x'.repeat(500), '2025-06-20')?.person.length).toBeLessThan(500);
  });
});
