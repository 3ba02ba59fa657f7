import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { blockHash, blockIndexFromHash } from '../../lib/workshop/agenda-schedule';
import {
  createPresenterState,
  presenterReducer,
  driftMinutes,
  readSession,
  readTimer,
} from '../../lib/workshop/presenter-timer';
import type { PresenterCommand } from '../../lib/workshop/presenter-view';
import { islandTranslator } from '../shared/island-strings';
import { PresenterBar } from './presenter/PresenterBar';
import { PresenterBlockContent } from './presenter/PresenterBlockContent';
import { PresenterClock } from './presenter/PresenterClock';
import { PresenterKeys } from './presenter/PresenterKeys';
import type { PresenterProps } from './presenter/props';
import { usePresenterKeys } from './presenter/use-presenter-keys';

const TICK_MS = 250;

/**
 * Presenter mode for the projector: the current block in large type, a countdown, what comes
 * next and the agenda's progress. State lives in memory and in the URL hash (`#block=<id>`),
 * so a reload comes back to the same block; nothing is stored and nothing is fetched. The
 * timer's rules are in src/lib/workshop/presenter-timer.ts, what it shows in presenter-view.ts.
 */
export default function Presenter(props: PresenterProps) {
  const { strings, blocks } = props;
  const t = useMemo(() => islandTranslator(strings), [strings]);
  const [state, dispatch] = useReducer(presenterReducer, blocks.length, (count) =>
    createPresenterState(count),
  );
  const [now, setNow] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const lastZone = useRef<string>('normal');

  const ids = useMemo(() => blocks.map((block) => block.id), [blocks]);
  const block = blocks[state.index] ?? blocks[0];

  const command = useCallback((type: PresenterCommand) => {
    const at = Date.now();
    dispatch({ type, at });
    setNow(at);
  }, []);
  const goTo = useCallback((index: number) => {
    const at = Date.now();
    dispatch({ type: 'goTo', index, at });
    setNow(at);
  }, []);
  usePresenterKeys(command);

  // Come back to the block named in the URL (a reload, a shared link, the back button).
  useEffect(() => {
    const fromHash = () => {
      const index = blockIndexFromHash(window.location.hash, ids);
      if (index !== undefined) goTo(index);
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [ids, goTo]);

  // After each change of block: remember it in the URL and say which block is on screen.
  // Not on the first render, which shows the first block before the hash is read.
  const firstIndex = useRef(true);
  useEffect(() => {
    if (firstIndex.current) {
      firstIndex.current = false;
      return;
    }
    if (!block) return;
    const hash = blockHash(block.id);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    const n = state.index + 1;
    setAnnouncement(
      t('workshop.presenter.announce', {
        n,
        total: blocks.length,
        title: block.title,
        minutes: block.minutes,
      }),
    );
  }, [state.index, block, blocks.length, t]);

  // Tick while running. The reading comes from the clock, so a late tick never drifts.
  useEffect(() => {
    if (state.status !== 'running') return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, [state.status, state.index]);

  const reading = readTimer(state, (block?.minutes ?? 0) * 60_000, now);
  const durations = useMemo(() => blocks.map((item) => item.minutes * 60_000), [blocks]);
  const session = readSession(state, durations, now);

  useEffect(() => {
    if (reading.zone === 'over' && lastZone.current !== 'over' && block) {
      setAnnouncement(t('workshop.presenter.announceTimeUp', { title: block.title }));
    }
    lastZone.current = reading.zone;
  }, [reading.zone, block, t]);

  if (!block) return null;

  return (
    <div className="presenter" data-zone={reading.zone} data-status={state.status}>
      <PresenterBar
        {...props}
        t={t}
        block={block}
        index={state.index}
        carryOn={state.carryOn}
        doneMinutes={Math.floor(session.elapsedMs / 60_000)}
        drift={driftMinutes(session.driftMs)}
        goTo={goTo}
        setCarryOn={(value) => dispatch({ type: 'carryOn', value })}
      />
      <div className="presenter__main">
        <PresenterBlockContent block={block} t={t} />
        <PresenterClock
          t={t}
          block={block}
          next={blocks[state.index + 1]}
          reading={reading}
          status={state.status}
          isFirst={state.index === 0}
          isLast={state.index === blocks.length - 1}
          command={command}
        />
      </div>
      <PresenterKeys t={t} />
      <p className="visually-hidden" aria-live="polite" data-testid="presenter-announcer">
        {announcement}
      </p>
    </div>
  );
}
