import { describe, expect, test } from 'vitest';
import {
  personCoverage,
  progressView,
  teamCoverage,
  teamView,
  trailFor,
  groupByPerson,
} from '../../../../src/lib/tracking';
import { sampleTeam, SAMPLE_PRACTICE_ID } from '../../../../src/lib/tracking/sample-data';
import { migrateAndValidate, type WorksheetDocLike } from '../../../../src/lib/worksheets/document';
import { doc } from './helpers';

const today = '2026-06-15';

function validSample(locale: 'en' | 'zh-CN'): WorksheetDocLike[] {
  return sampleTeam(today, locale).map((entry) => {
    const result = migrateAndValidate(entry);
    if (result.type !== 'success') throw new Error(JSON.stringify(result));
    return result.doc;
  });
}

describe('the sample team', () => {
  test.each(['en', 'zh-CN'] as const)('is valid current worksheets, all marked practice (%s)', (locale) => {
    const docs = validSample(locale);
    expect(docs.length).toBeGreaterThan(15);
    expect(docs.every((entry) => entry.practice === SAMPLE_PRACTICE_ID)).toBe(true);
    for (const entry of sampleTeam(today, locale))
      expect(migrateAndValidate(entry)).toMatchObject({ migrated: false });
  });

  test('sorts the team by what needs attention first, with the signals and coverage it was built for', () => {
    const view = teamView(validSample('en'), today, {}, { includePractice: true });
    expect(view.rows.map((row) => [row.name, row.health])).toEqual([
      ['Lin', 'off-track'],
      ['Chen', 'off-track'],
      ['Zhao', 'at-risk'],
      ['Wang', 'no-data'],
      ['Zhou', 'on-track'],
    ]);
    const lin = view.rows[0]!;
    expect(lin.signals.map((signal) => signal.code).sort()).toEqual([
      'goal-problem-unadjusted',
      'overdue-action',
      'review-delayed',
    ]);
    expect(view.rows.find((row) => row.name === 'Wang')?.coverage).toMatchObject({
      daysSince: 45,
      overdue: true,
    });
    expect(view.rows.find((row) => row.name === 'Zhou')?.coverage).toMatchObject({
      retroThisMonth: true,
      feedbackInWindow: true,
    });
    expect(view.coverage).toMatchObject({
      people: 5,
      withConversation: 4,
      withFeedback: 1,
      conversationShare: 0.8,
      feedbackShare: 0.2,
    });
  });

  test('is left out unless asked for', () => {
    expect(teamView(validSample('en'), today).rows).toEqual([]);
  });
});

describe('teamView() and people settings', () => {
  const docs = validSample('en');
  test('leaves out archived people, listing them apart', () => {
    const view = teamView(docs, today, { archived: ['wang'] }, { includePractice: true });
    expect(view.rows.map((row) => row.name)).not.toContain('Wang');
    expect(view.archived).toEqual([{ key: 'wang', name: 'Wang', worksheetCount: 1 }]);
    expect(view.coverage.people).toBe(4);
  });

  test('leaves out "me", whose goals are My progress', () => {
    const view = teamView(docs, today, { me: 'Zhou' }, { includePractice: true });
    expect(view.rows.map((row) => row.name)).not.toContain('Zhou');
  });

  test('an empty device has no rows and no shares', () => {
    const view = teamView([], today);
    expect(view.rows).toEqual([]);
    expect(view.archived).toEqual([]);
    expect(view.coverage).toMatchObject({
      people: 0,
      conversationShare: undefined,
      feedbackShare: undefined,
    });
  });
});

describe('progressView()', () => {
  test('shows my goals and actions by review date, my obstacles and adjustments', () => {
    const view = progressView(validSample('en'), today, {}, { includePractice: true });
    expect(view.goals).toHaveLength(1);
    expect(view.actions.thisWeek.map((row) => row.action.result)).toEqual([
      'Book next month’s 1:1 with each person',
    ]);
    expect(view.actions.done.map((row) => row.action.doneOn)).toEqual(['2026-06-13']);
    expect(view.actions.overdue).toEqual([]);
  });

  test('with "me" set, takes that person’s worksheets and untagged ones', () => {
    const view = progressView(validSample('en'), today, { me: 'zhao' }, { includePractice: true });
    expect(view.goals).toHaveLength(2);
    expect(view.obstacles.map((o) => o.source).sort()).toEqual(['action', 'retro']);
    expect(view.adjustments).toHaveLength(2);
  });

  test('a due date tomorrow is this week, today too, yesterday overdue; 7 days out is later', () => {
    const plan = doc('action-plan', {
      actions: [
        { result: 'yesterday', reviewDate: '2026-06-14' },
        { result: 'today', reviewDate: '2026-06-15' },
        { result: 'in 7 days', reviewDate: '2026-06-22' },
      ],
    });
    const { actions } = progressView([plan], today);
    expect(actions.overdue.map((row) => row.action.result)).toEqual(['yesterday']);
    expect(actions.thisWeek.map((row) => row.action.result)).toEqual(['today']);
    expect(actions.later.map((row) => row.action.result)).toEqual(['in 7 days']);
  });
});

describe('coverage', () => {
  const person = (...docs: WorksheetDocLike[]) => groupByPerson(docs).get('li')!;
  test.each<[string, string, boolean]>([
    ['30 days ago is still covered', '2026-05-16', false],
    ['31 days ago is not', '2026-05-15', true],
    ['a meeting planned for tomorrow does not count yet', '2026-06-16', true],
  ])('%s', (_name, meetingDate, overdue) => {
    const coverage = personCoverage(person(doc('prep-sheet', { meetingDate }, { person: 'Li' })), today);
    expect(coverage.overdue).toBe(overdue);
  });

  test('a flash retro this calendar month counts, one on the last day of last month does not', () => {
    const retro = (date: string) => doc('flash-retro', { date }, { person: 'Li' });
    expect(personCoverage(person(retro('2026-06-01')), today).retroThisMonth).toBe(true);
    expect(personCoverage(person(retro('2026-05-31')), today).retroThisMonth).toBe(false);
  });

  test('team shares', () => {
    expect(teamCoverage([])).toMatchObject({ conversationShare: undefined });
  });
});

describe('the growth trail', () => {
  const docs = validSample('en');
  test('lists one person’s events newest first, with retro judgments and adjustments', () => {
    const trail = trailFor(
      docs.map((entry) => ({ ...entry, practice: undefined })),
      'zhao',
    );
    expect(trail.map((event) => event.type)).toEqual([
      'conversation',
      'adjustment',
      'retro',
      'milestone-reached',
      'adjustment',
    ]);
    expect(trail.find((event) => event.type === 'retro')).toMatchObject({ judgment: 'goal' });
    expect(trail.every((event, i) => i === 0 || trail[i - 1]!.date >= event.date)).toBe(true);
  });

  test('filters by period, both ends included', () => {
    const all = docs.map((entry) => ({ ...entry, practice: undefined }));
    const trail = trailFor(all, 'Zhao', { from: '2026-05-26', to: '2026-06-01' });
    expect(trail.map((event) => event.date)).toEqual(['2026-06-01', '2026-05-26']);
  });

  test('an unknown person has an empty trail', () => {
    expect(trailFor(docs, 'nobody')).toEqual([]);
  });
});
