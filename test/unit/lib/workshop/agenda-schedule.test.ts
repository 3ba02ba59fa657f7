import { describe, expect, test } from 'vitest';
import { agendaSchema, type Agenda } from '../../../../src/lib/content/workshop-schema';
import {
  agendaTotalMinutes,
  blockHash,
  blockIndexFromHash,
  commonSessionMinutes,
  formatOffset,
  presenterBlocks,
  scheduleAgenda,
} from '../../../../src/lib/workshop/agenda-schedule';

function block(id: string, minutes: number) {
  return {
    id,
    title: `Block ${id}`,
    minutes,
    goal: 'Participants can do the thing',
    say: ['Say this first'],
    setup: 'plenary',
    steps: [{ label: 'The whole block', minutes }],
  };
}

const agenda: Agenda = agendaSchema.parse({
  title: 'Two sessions',
  description: 'A test agenda with two sessions of different lengths.',
  order: 1,
  audience: 'Test managers',
  sessions: [
    { title: 'One', minutes: 45, blocks: [block('a', 5), block('b', 25), block('c', 15)] },
    { title: 'Two', minutes: 75, blocks: [block('d', 60), block('e', 15)] },
  ],
});

describe('scheduleAgenda', () => {
  test('gives each block its start and end within its session', () => {
    const sessions = scheduleAgenda(agenda);
    expect(sessions.map((s) => s.blocks.map((b) => [b.block.id, b.start, b.end]))).toEqual([
      [
        ['a', 0, 5],
        ['b', 5, 30],
        ['c', 30, 45],
      ],
      [
        ['d', 0, 60],
        ['e', 60, 75],
      ],
    ]);
  });

  test('the last block of each session ends at the session length', () => {
    for (const session of scheduleAgenda(agenda)) expect(session.blocks.at(-1)?.end).toBe(session.minutes);
  });
});

describe('totals', () => {
  test('adds up every session', () => {
    expect(agendaTotalMinutes(agenda)).toBe(120);
  });

  test('names the common session length only when every session shares it', () => {
    expect(commonSessionMinutes(agenda)).toBeUndefined();
    expect(commonSessionMinutes({ sessions: [agenda.sessions[0]!, agenda.sessions[0]!] })).toBe(45);
  });
});

describe('formatOffset', () => {
  test.each([
    [0, '0:00'],
    [5, '0:05'],
    [60, '1:00'],
    [95, '1:35'],
    [210, '3:30'],
  ])('formatOffset(%i) is %s', (minutes, expected) => {
    expect(formatOffset(minutes)).toBe(expected);
  });
});

describe('presenterBlocks', () => {
  test('flattens the sessions, counting the minutes planned before each block', () => {
    const blocks = presenterBlocks(agenda);
    expect(blocks.map((b) => [b.id, b.sessionIndex, b.sessionTitle, b.before])).toEqual([
      ['a', 0, 'One', 0],
      ['b', 0, 'One', 5],
      ['c', 0, 'One', 30],
      ['d', 1, 'Two', 45],
      ['e', 1, 'Two', 105],
    ]);
    expect(blocks[0]).toEqual({
      id: 'a',
      title: 'Block a',
      minutes: 5,
      goal: 'Participants can do the thing',
      say: ['Say this first'],
      ask: [],
      sessionIndex: 0,
      sessionTitle: 'One',
      before: 0,
    });
  });
});

describe('block hash', () => {
  const ids = ['opening', '5r-close', 'closing'];

  test('round-trips a block id', () => {
    expect(blockHash('5r-close')).toBe('#block=5r-close');
    expect(blockIndexFromHash(blockHash('5r-close'), ids)).toBe(1);
    expect(blockIndexFromHash('block=closing', ids)).toBe(2);
  });

  test.each([
    '',
    '#',
    '#opening',
    '#block=',
    '#block=unknown',
    '#block=OPENING',
    '#block=%E0%A4%A',
    '#block=opening&x=1',
  ])('ignores %j', (hash) => {
    expect(blockIndexFromHash(hash, ids)).toBeUndefined();
  });
});
