import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  carriedActions,
  checkRename,
  firstOfNextMonth,
  outcomePrompt,
  prepFromItems,
  progressForExport,
  readPeopleSettings,
  renamedDocs,
  setArchived,
  settingsAfterRename,
  teamCalendar,
  teamCalendarEvents,
} from '../../../../src/lib/tracking';
import { sampleTeam } from '../../../../src/lib/tracking/sample-data';
import { emptyAction } from '../../../../src/lib/worksheets/action-plan/schema';
import { migrateAndValidate, type WorksheetDocLike } from '../../../../src/lib/worksheets/document';
import { doc } from './helpers';

const today = '2026-06-15';
const team = (): WorksheetDocLike[] =>
  sampleTeam(today, 'en').map((entry) => {
    const result = migrateAndValidate({ ...entry, practice: undefined });
    if (result.type !== 'success') throw new Error('invalid sample');
    return result.doc;
  });

describe('the shipped fixture', () => {
  test('is the sample team of 2026-06-15, exported as real worksheets', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../../fixtures/team-over-four-months.json', import.meta.url), 'utf8'),
    ) as { worksheets: unknown[] };
    const expected = sampleTeam(today, 'en').map(({ practice: _practice, ...rest }) => rest);
    expect(file.worksheets).toEqual(expected);
  });
});

describe('people', () => {
  const names = ['Lin', 'Chen Mo', 'Wang'];
  test.each([
    ['Lin', 'Lin Xiao', { type: 'ok', merge: false, target: 'Lin Xiao' }],
    ['Wang', ' chen mo ', { type: 'ok', merge: true, target: 'Chen Mo' }],
    ['Lin', 'lin', { type: 'ok', merge: false, target: 'lin' }],
    ['Lin', '  ', { type: 'error', code: 'empty' }],
    ['Lin', 'Lin', { type: 'error', code: 'same' }],
    ['Lin', 'x'.repeat(81), { type: 'error', code: 'too_long' }],
  ])('checkRename(%s → %s)', (from, to, expected) => {
    expect(checkRename(names, from, to)).toEqual(expected);
  });

  test('renamedDocs() re-tags only that person’s worksheets, however the name was spelled', () => {
    const docs = [
      doc('feedback', {}, { person: ' chen ' }),
      doc('feedback', {}, { person: 'Chen' }),
      doc('feedback', {}, { person: 'Lin' }),
      doc('feedback', {}),
    ];
    const renamed = renamedDocs(docs, 'CHEN', 'Chen Mo ');
    expect(renamed.map((entry) => entry.person)).toEqual(['Chen Mo', 'Chen Mo']);
    expect(renamedDocs(docs, '', 'x')).toEqual([]);
  });

  test('settings follow a rename: archived stays archived, "me" follows', () => {
    expect(settingsAfterRename({ me: 'Chen', archived: ['chen', 'lin'] }, 'chen', 'Chen Mo')).toEqual({
      me: 'Chen Mo',
      archived: ['lin', 'chen mo'],
    });
    expect(settingsAfterRename({ archived: [] }, 'a', 'b')).toEqual({ archived: [] });
  });

  test('archiving and bringing back', () => {
    const archived = setArchived({ archived: [] }, ' Wang ', true);
    expect(archived.archived).toEqual(['wang']);
    expect(setArchived(archived, 'WANG', false).archived).toEqual([]);
  });

  test('unreadable stored settings are no settings', () => {
    expect(readPeopleSettings('junk')).toEqual({ archived: [] });
    expect(readPeopleSettings({ me: 'Li', archived: ['a'] })).toEqual({ me: 'Li', archived: ['a'] });
  });

  test('the progress export holds my goals, plans and retros, tagged with my name', () => {
    const docs = [...team(), doc('feedback', {}), doc('prep-sheet', {})];
    const mine = progressForExport(docs, { me: 'Ana' });
    expect(mine.map((entry) => entry.kind).sort()).toEqual(['action-plan', 'smart-ar']);
    expect(mine.every((entry) => entry.person === 'Ana')).toBe(true);
    const asZhao = progressForExport(docs, { me: 'Zhao' });
    expect(asZhao.map((entry) => entry.kind).sort()).toEqual([
      'action-plan',
      'action-plan',
      'flash-retro',
      'smart-ar',
      'smart-ar',
    ]);
  });
});

describe('the next conversation', () => {
  test('one or two picked items become Point and Reason, in both languages', () => {
    const items = [
      { label: 'Action overdue', facts: 'A was due.' },
      { label: 'No micro-action', facts: 'B has none.' },
      { label: 'ignored third', facts: 'C' },
    ];
    expect(prepFromItems(items, 'en')).toEqual({
      point: 'Let’s start with: Action overdue; No micro-action',
      reason: 'A was due.\nB has none.',
    });
    expect(prepFromItems(items.slice(0, 1), 'zh-CN').point).toBe('这次先聊：Action overdue');
  });

  test('a new plan carries the unfinished actions, reopened and without a date', () => {
    const action = { ...emptyAction(), result: 'r', reviewDate: '2026-06-01', microAction: true };
    const carried = carriedActions([
      {
        ...action,
        state: 'blocked',
        blockedReason: 'x',
        reviewMoves: [{ from: '2026-05-01', to: '2026-06-01', on: '' }],
      },
      { ...action, state: 'done', doneOn: '2026-06-01' },
      { ...action, result: '' },
    ]);
    expect(carried).toEqual([
      { ...action, reviewDate: '', state: 'open', blockedReason: '', doneOn: '', reviewMoves: [] },
    ]);
  });

  test('each outcome has its opening', () => {
    expect(outcomePrompt({ state: 'done' }, 'en')).toMatch(/^Done/);
    expect(outcomePrompt({ state: 'open' }, 'zh-CN')).toMatch(/^没完成/);
  });
});

describe('the team calendar', () => {
  test('holds upcoming open review dates and one monthly reminder per person, none for archived people', () => {
    const docs = team();
    const { events, reminders } = teamCalendarEvents(docs, today, { archived: ['wang'] }, 'en');
    expect(reminders).toBe(4);
    expect(events.every((event) => event.date >= today)).toBe(true);
    expect(events.filter((event) => event.monthly).map((event) => event.summary)).toEqual([
      'Flash retro with Lin',
      'Flash retro with Chen',
      'Flash retro with Zhou',
      'Flash retro with Zhao',
    ]);
    expect(events.some((event) => event.summary.includes('Call back every ticket'))).toBe(false);
  });

  test('is valid RFC 5545: CRLF, folded lines, escaped text, a monthly RRULE', () => {
    const docs = [
      doc(
        'action-plan',
        { actions: [{ result: 'Call; then, write\\notes', reviewDate: '2026-06-20' }] },
        { person: '林晓' },
      ),
    ];
    const { events } = teamCalendarEvents(docs, today, {}, 'zh-CN');
    const ics = teamCalendar(events, new Date('2026-06-15T09:00:00Z'));
    expect(ics).toContain('RRULE:FREQ=MONTHLY\r\n');
    expect(ics).toContain('Call\\; then\\, write\\\\notes');
    expect(ics).toContain('SUMMARY:和林晓做一次快闪复盘');
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  test.each([
    ['2026-06-15', '2026-07-01'],
    ['2026-12-31', '2027-01-01'],
    ['2026-01-01', '2026-02-01'],
  ])('the reminders start on the first of next month (%s → %s)', (day, first) => {
    expect(firstOfNextMonth(day)).toBe(first);
  });
});
