import type { Agenda, AgendaBlock } from '../content/workshop-schema';

/**
 * The clock of an agenda: when each block starts and ends within its session, the totals,
 * and the flat list of blocks the presenter steps through. Pure, built at build time.
 */

export interface ScheduledBlock {
  block: AgendaBlock;
  /** Minutes from the start of the session. */
  start: number;
  end: number;
}

export interface ScheduledSession {
  title: string;
  minutes: number;
  blocks: ScheduledBlock[];
}

type AgendaTimes = Pick<Agenda, 'sessions'>;

export function scheduleAgenda(agenda: AgendaTimes): ScheduledSession[] {
  return agenda.sessions.map((session) => {
    let start = 0;
    const blocks = session.blocks.map((block) => {
      const scheduled = { block, start, end: start + block.minutes };
      start += block.minutes;
      return scheduled;
    });
    return { title: session.title, minutes: session.minutes, blocks };
  });
}

/** The planned minutes of every session together. */
export function agendaTotalMinutes(agenda: AgendaTimes): number {
  return agenda.sessions.reduce((sum, session) => sum + session.minutes, 0);
}

/** The length every session shares, or `undefined` when they differ. */
export function commonSessionMinutes(agenda: AgendaTimes): number | undefined {
  const first = agenda.sessions[0]?.minutes;
  return agenda.sessions.every((session) => session.minutes === first) ? first : undefined;
}

/** An offset in minutes as a clock reading from the start: 5 → `0:05`, 95 → `1:35`. */
export function formatOffset(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** What the presenter needs of a block, and nothing else (it is embedded in the page). */
export interface PresenterBlock {
  id: string;
  title: string;
  minutes: number;
  goal: string;
  say: string[];
  ask: string[];
  sessionIndex: number;
  sessionTitle: string;
  /** Minutes of the whole agenda planned before this block. */
  before: number;
}

export function presenterBlocks(agenda: AgendaTimes): PresenterBlock[] {
  let before = 0;
  return agenda.sessions.flatMap((session, sessionIndex) =>
    session.blocks.map((block) => {
      const item: PresenterBlock = {
        id: block.id,
        title: block.title,
        minutes: block.minutes,
        goal: block.goal,
        say: [...block.say],
        ask: [...block.ask],
        sessionIndex,
        sessionTitle: session.title,
        before,
      };
      before += block.minutes;
      return item;
    }),
  );
}

const BLOCK_HASH = /^#?block=([a-z0-9-]+)$/;

/** The URL hash that brings the presenter back to a block: `#block=grow-practice`. */
export function blockHash(id: string): string {
  return `#block=${id}`;
}

/** The index of the block a hash names, or `undefined` for no hash or an unknown block. */
export function blockIndexFromHash(hash: string, ids: readonly string[]): number | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(hash);
  } catch {
    return undefined;
  }
  const match = BLOCK_HASH.exec(decoded);
  if (!match) return undefined;
  const index = ids.indexOf(match[1] ?? '');
  return index === -1 ? undefined : index;
}
