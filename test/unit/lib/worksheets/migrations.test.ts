import { describe, expect, test } from 'vitest';
import { migrateAndValidate } from '../../../../src/lib/worksheets/document';
import { worksheetKinds } from '../../../../src/lib/worksheets/kinds';
import {
  defineMigrations,
  runMigrations,
  type MigrationStep,
} from '../../../../src/lib/worksheets/migrations';
import { registerEveryWorksheetModule, worksheetModules } from '../../../support/all-kinds';
import {
  likelihoodToScale,
  progressTracking,
  readLegacyLikelihood,
  smartArSchema,
} from '../../../../src/lib/worksheets/smart-ar';
import { actionStateStep } from '../../../../src/lib/worksheets/action-plan';
import { followUpStep } from '../../../../src/lib/worksheets/feedback';

registerEveryWorksheetModule();

/**
 * Each registered migration step is tested through `describeMigration`, which records its
 * id; the sweep at the end fails when a registered step has no test (tldraw's habit).
 */
const tested = new Set<string>();
function describeMigration(step: MigrationStep, body: () => void) {
  tested.add(step.id);
  describe(`migration ${step.id}`, body);
}

const registeredSteps = worksheetKinds.flatMap((kind) =>
  worksheetModules[kind].migrations.steps.map((step) => ({ kind, step })),
);

describe('runMigrations()', () => {
  const add: MigrationStep = {
    id: 'smart-ar/1-add',
    from: 0,
    description: 'adds a',
    up: (data) => ({ ...(data as object), a: 1 }),
  };
  const rename: MigrationStep = {
    id: 'smart-ar/2-rename',
    from: 1,
    description: 'a → b',
    up: (data) => ({ b: (data as { a: number }).a }),
  };
  const sequence = defineMigrations('smart-ar', 2, [add, rename]);

  test('applies every step from the stored version, in order', () => {
    expect(runMigrations(sequence, 0, {})).toEqual({
      type: 'success',
      data: { b: 1 },
      version: 2,
      applied: ['smart-ar/1-add', 'smart-ar/2-rename'],
    });
    expect(runMigrations(sequence, 1, { a: 5 })).toEqual({
      type: 'success',
      data: { b: 5 },
      version: 2,
      applied: ['smart-ar/2-rename'],
    });
  });

  test('applies nothing to data at the current version', () => {
    expect(runMigrations(sequence, 2, { b: 3 })).toEqual({
      type: 'success',
      data: { b: 3 },
      version: 2,
      applied: [],
    });
  });

  test('refuses a version newer than it knows', () => {
    expect(runMigrations(sequence, 3, {})).toEqual({
      type: 'error',
      code: 'newer_version',
      version: 3,
      supported: 2,
    });
  });

  test('refuses a version older than its first step', () => {
    expect(runMigrations(defineMigrations('feedback', 1, []), 0, {})).toEqual({
      type: 'error',
      code: 'unsupported_version',
      version: 0,
      oldest: 1,
    });
  });

  test('turns a throwing step into an error result', () => {
    const broken = defineMigrations('smart-ar', 1, [
      {
        id: 'smart-ar/1-broken',
        from: 0,
        description: '',
        up: () => {
          throw new Error('boom');
        },
      },
    ]);
    expect(runMigrations(broken, 0, {})).toMatchObject({
      type: 'error',
      code: 'migration_failed',
      step: 'smart-ar/1-broken',
    });
  });
});

describe.each(worksheetKinds)('the %s migration sequence', (kind) => {
  const { migrations } = worksheetModules[kind];

  test('is at version 1 or later, and createDefault() matches its schema', () => {
    expect(migrations.currentVersion).toBeGreaterThanOrEqual(1);
    expect(migrations.kind).toBe(kind);
    expect(worksheetModules[kind].schema.safeParse(worksheetModules[kind].createDefault()).success).toBe(
      true,
    );
  });

  test('has contiguous steps that end at the current version', () => {
    migrations.steps.forEach((step, index) => {
      expect(step.from).toBe((migrations.steps[0]?.from ?? 0) + index);
    });
    const last = migrations.steps.at(-1);
    if (last !== undefined) expect(last.from + 1).toBe(migrations.currentVersion);
  });

  test('names each step after its kind and target version', () => {
    for (const step of migrations.steps)
      expect(step.id).toMatch(new RegExp(`^${kind}/${step.from + 1}-[a-z0-9-]+$`));
  });
});

describeMigration(likelihoodToScale, () => {
  test.each([
    ['7', { scale: 'ten', value: 7 }],
    ['7/10', { scale: 'ten', value: 7 }],
    ['70%', { scale: 'ten', value: 7 }],
    ['８分', { scale: 'ten', value: 8 }],
    ['6.6', { scale: 'ten', value: 7 }],
    ['15', { scale: 'ten', value: 10 }],
    ['比较有把握', { scale: 'five', value: 4 }],
    ['Very likely', { scale: 'five', value: 5 }],
    ['一半一半', { scale: 'five', value: 3 }],
  ])('reads the old text %s', (text, expected) => {
    expect(readLegacyLikelihood(text)).toEqual(expected);
  });

  test('turns a numeric likelihood string into a 0–10 score', () => {
    expect(likelihoodToScale.up({ goal: 'g', likelihood: '6' })).toEqual({
      goal: 'g',
      likelihood: { scale: 'ten', value: 6 },
    });
  });

  test('keeps unreadable text by moving it to the missing conditions', () => {
    expect(likelihoodToScale.up({ likelihood: '看客户预算', missingConditions: '第二套演示环境' })).toEqual({
      likelihood: { scale: 'ten', value: null },
      missingConditions: '看客户预算\n第二套演示环境',
    });
  });

  test('cuts moved text to the field limit rather than fail validation', () => {
    const up = likelihoodToScale.up({ likelihood: 'x'.repeat(300), missingConditions: 'y'.repeat(400) });
    expect(smartArSchema.safeParse(up).success).toBe(true);
  });

  test('leaves data without a string likelihood alone', () => {
    const data = { likelihood: { scale: 'five', value: 2 } };
    expect(likelihoodToScale.up(data)).toBe(data);
    expect(likelihoodToScale.up(null)).toBe(null);
    expect(likelihoodToScale.up('text')).toBe('text');
  });

  test('opens a whole version-0 worksheet as a valid current one', () => {
    const result = migrateAndValidate({
      id: 'old-goal',
      kind: 'smart-ar',
      schemaVersion: 0,
      title: 'Q3 goal',
      createdAt: '2024-12-01T08:00:00.000Z',
      updatedAt: '2024-12-02T08:00:00.000Z',
      data: { goal: 'Raise conversion to 15%', likelihood: '60%' },
    });
    expect(result).toMatchObject({
      type: 'success',
      migrated: true,
      doc: { schemaVersion: 2, data: { likelihood: { scale: 'ten', value: 6 } } },
    });
  });
});

const envelope = (kind: string, schemaVersion: number, data: unknown) => ({
  id: `old-${kind}`,
  kind,
  schemaVersion,
  title: 'Exported before the dashboards',
  person: 'Lin',
  createdAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  data,
});

describeMigration(progressTracking, () => {
  test('gives every milestone an empty current value and no reached day, keeping what it had', () => {
    expect(
      progressTracking.up({
        goal: 'g',
        milestones: [{ indicator: 'Conversion', target: '14%', date: '2026-06-30' }, 'junk'],
      }),
    ).toEqual({
      goal: 'g',
      milestones: [
        { indicator: 'Conversion', target: '14%', date: '2026-06-30', current: '', reachedOn: '' },
        'junk',
      ],
      nextReviewMoves: [],
      likelihoodLog: [],
    });
  });

  test('starts the review moves and likelihood log empty, with no invented reading', () => {
    const up = progressTracking.up({ likelihood: { scale: 'ten', value: 4 } }) as Record<string, unknown>;
    expect(up['likelihoodLog']).toEqual([]);
    expect(up['nextReviewMoves']).toEqual([]);
    expect(up['likelihood']).toEqual({ scale: 'ten', value: 4 });
  });

  test('leaves anything that is not an object alone', () => {
    expect(progressTracking.up(null)).toBe(null);
    expect(progressTracking.up([1])).toEqual([1]);
  });

  test('opens a version-1 worksheet (as exported before the dashboards) with every field intact', () => {
    const result = migrateAndValidate(
      envelope('smart-ar', 1, {
        goal: 'Raise conversion to 15%',
        milestones: [{ indicator: 'Conversion', target: '13%', date: '2026-04-30' }],
        likelihood: { scale: 'five', value: 4 },
        nextReviewDate: '2026-04-08',
        adjustments: [{ date: '2026-03-20', reason: 'Launch slipped', before: '16%', after: '15%' }],
      }),
    );
    expect(result).toMatchObject({
      type: 'success',
      migrated: true,
      doc: {
        schemaVersion: 2,
        person: 'Lin',
        data: {
          goal: 'Raise conversion to 15%',
          milestones: [
            { indicator: 'Conversion', target: '13%', date: '2026-04-30', current: '', reachedOn: '' },
          ],
          likelihood: { scale: 'five', value: 4 },
          nextReviewDate: '2026-04-08',
          adjustments: [{ reason: 'Launch slipped', kind: 'goal' }],
          nextReviewMoves: [],
          likelihoodLog: [],
        },
      },
    });
  });
});

describeMigration(actionStateStep, () => {
  test.each([
    [true, 'done'],
    [false, 'open'],
    [undefined, 'open'],
    ['yes', 'open'],
  ])('turns done: %s into the state %s', (done, state) => {
    const up = actionStateStep.up({ actions: [{ result: 'r', done }] }) as { actions: unknown[] };
    expect(up.actions[0]).toEqual({ result: 'r', state, doneOn: '', blockedReason: '', reviewMoves: [] });
  });

  test('keeps the conversation date and every other field of each action', () => {
    const action = { result: 'r', resource: 'a course', reviewDate: '2026-03-10', microAction: true };
    expect(actionStateStep.up({ conversationDate: '2026-03-03', actions: [action, 7] })).toEqual({
      conversationDate: '2026-03-03',
      actions: [{ ...action, state: 'open', doneOn: '', blockedReason: '', reviewMoves: [] }, 7],
    });
  });

  test('leaves data without an actions list alone', () => {
    const data = { conversationDate: '2026-03-03' };
    expect(actionStateStep.up(data)).toBe(data);
    expect(actionStateStep.up('text')).toBe('text');
  });

  test('opens a version-1 plan with a done action as a valid current one', () => {
    const result = migrateAndValidate(
      envelope('action-plan', 1, {
        conversationDate: '2026-03-03',
        actions: [
          { result: 'Mock visit', reviewDate: '2026-03-10', microAction: true, done: true },
          { result: 'Course', reviewDate: '2026-03-24', done: false },
        ],
      }),
    );
    expect(result).toMatchObject({
      type: 'success',
      doc: {
        schemaVersion: 2,
        data: {
          actions: [
            { result: 'Mock visit', microAction: true, state: 'done', doneOn: '' },
            { result: 'Course', state: 'open' },
          ],
        },
      },
    });
    if (result.type === 'success') expect(result.doc.data).not.toHaveProperty('actions.0.done');
  });
});

describeMigration(followUpStep, () => {
  test('adds an empty given day and follow-up, keeping the draft', () => {
    expect(followUpStep.up({ scenario: 'improvement', behavior: 'b' })).toEqual({
      scenario: 'improvement',
      behavior: 'b',
      givenOn: '',
      followUp: { date: '', outcome: '' },
    });
  });

  test('never overwrites a follow-up already there', () => {
    const data = { givenOn: '2026-03-01', followUp: { date: '2026-03-15', outcome: 'ok' } };
    expect(followUpStep.up(data)).toEqual(data);
    expect(followUpStep.up(undefined)).toBe(undefined);
  });

  test('opens a version-1 draft as a valid current one', () => {
    const result = migrateAndValidate(
      envelope('feedback', 1, { scenario: 'negative', framework: 'best', behavior: 'Late notes twice' }),
    );
    expect(result).toMatchObject({
      type: 'success',
      doc: {
        schemaVersion: 2,
        data: { behavior: 'Late notes twice', givenOn: '', followUp: { date: '', outcome: '' } },
      },
    });
  });
});

describe('the migration sweep', () => {
  test('every registered migration step has a test in this file', () => {
    const untested = registeredSteps.filter(({ step }) => !tested.has(step.id)).map(({ step }) => step.id);
    expect(untested).toEqual([]);
  });

  test('step ids are unique', () => {
    const ids = registeredSteps.map(({ step }) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
