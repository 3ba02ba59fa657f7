import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { blockHash, blockIndexFromHash, type PresenterBlock } from '../../lib/workshop/agenda-schedule';
import {
  createPresenterState,
  formatCountdown,
  presenterReducer,
  driftMinutes,
  readSession,
  readTimer,
  type PresenterAction,
} from '../../lib/workshop/presenter-timer';
import { islandTranslator, type IslandStrings } from '../shared/island-strings';

interface Props {
  locale: Locale;
  strings: IslandStrings;
  agendaTitle: string;
  /** The agenda page, for "exit". */
  agendaHref: string;
  /** Every block of every session, in order; embedded in the page so it runs offline. */
  blocks: PresenterBlock[];
  /** The same agenda's presenter in the other language (the site header is hidden here). */
  otherLanguage: { href: string; label: string; title: string; lang: string };
}

type Command = Exclude<PresenterAction['type'], 'goTo' | 'carryOn'>;

const TICK_MS = 250;

/** Keys that belong to the element in focus, not to the presenter. */
function isOwnKeyTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select')) return true;
  // Space and Enter press a focused button or follow a link; let them.
  return (key === ' ' || key === 'Enter') && target.closest('button, a, summary') !== null;
}

/**
 * Presenter mode for the projector: the current block in large type, a countdown, what comes
 * next and the agenda's progress. State lives in memory and in the URL hash (`#block=<id>`),
 * so a reload comes back to the same block; nothing is stored and nothing is fetched.
 */
export default function Presenter({ strings, agendaTitle, agendaHref, blocks, otherLanguage }: Props) {
  const t = useMemo(() => islandTranslator(strings), [strings]);
  const [state, dispatch] = useReducer(presenterReducer, blocks.length, (count) =>
    createPresenterState(count),
  );
  const [now, setNow] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const lastZone = useRef<string>('normal');

  const ids = useMemo(() => blocks.map((block) => block.id), [blocks]);
  const block = blocks[state.index] ?? blocks[0];
  const next = blocks[state.index + 1];
  const totalMinutes = blocks.reduce((sum, item) => sum + item.minutes, 0);
  const multiSession = blocks.some((item) => item.sessionIndex > 0);

  const command = useCallback((type: Command) => {
    const at = Date.now();
    dispatch({ type, at });
    setNow(at);
  }, []);
  const goTo = useCallback((index: number) => {
    const at = Date.now();
    dispatch({ type: 'goTo', index, at });
    setNow(at);
  }, []);

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
    setAnnouncement(
      t('workshop.presenter.announce', {
        n: state.index + 1,
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

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isOwnKeyTarget(event.target, event.key)) return;
      let action: Command | undefined;
      switch (event.key) {
        case ' ':
        case 'Spacebar':
          action = 'toggle';
          break;
        case 'ArrowRight':
        case 'PageDown':
          action = 'next';
          break;
        case 'ArrowLeft':
        case 'PageUp':
          action = 'previous';
          break;
        case 'r':
        case 'R':
          action = 'reset';
          break;
      }
      if (!action) return;
      event.preventDefault();
      command(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [command]);

  const reading = readTimer(state, (block?.minutes ?? 0) * 60_000, now);
  const durations = useMemo(() => blocks.map((item) => item.minutes * 60_000), [blocks]);
  const session = readSession(state, durations, now);
  const drift = driftMinutes(session.driftMs);

  // Fullscreen for the projector, offered only where the browser allows it.
  const [canFullscreen, setCanFullscreen] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    setCanFullscreen(document.fullscreenEnabled);
    const update = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  };

  useEffect(() => {
    if (reading.zone === 'over' && lastZone.current !== 'over' && block) {
      setAnnouncement(t('workshop.presenter.announceTimeUp', { title: block.title }));
    }
    lastZone.current = reading.zone;
  }, [reading.zone, block, t]);

  if (!block) return null;

  const stateText =
    reading.zone === 'over'
      ? `${t('workshop.presenter.timeUp')} · ${t('workshop.presenter.over', { time: formatCountdown(reading.overtimeMs) })}`
      : reading.status === 'running'
        ? reading.zone === 'warning'
          ? t('workshop.presenter.lastMinute')
          : t('workshop.presenter.running')
        : t(reading.status === 'paused' ? 'workshop.presenter.paused' : 'workshop.presenter.idle');
  const toggleLabel =
    state.status === 'running'
      ? t('workshop.presenter.pause')
      : state.status === 'paused'
        ? t('workshop.presenter.resume')
        : t('workshop.presenter.start');
  const sessions = [...new Set(blocks.map((item) => item.sessionIndex))];
  const blockOption = (item: PresenterBlock) => (
    <option key={item.id} value={blocks.indexOf(item)}>
      {`${blocks.indexOf(item) + 1}. ${item.title}`}
    </option>
  );

  return (
    <div className="presenter" data-zone={reading.zone} data-status={state.status}>
      <header className="presenter__bar">
        <div className="presenter__where">
          <h1 className="presenter__agenda">{agendaTitle}</h1>
          {multiSession && (
            <p className="presenter__session">
              <span className="presenter__label">{t('workshop.presenter.session')}</span> {block.sessionTitle}
            </p>
          )}
        </div>
        <div className="presenter__progress">
          <p>
            <span data-testid="presenter-position">
              {t('workshop.presenter.progress', { n: state.index + 1, total: blocks.length })}
            </span>
            {' · '}
            {t('workshop.presenter.progressMinutes', { done: block.before, total: totalMinutes })}
          </p>
          <p className="presenter__plan" data-testid="presenter-plan" data-drift={drift}>
            {t('workshop.presenter.sessionClock', {
              done: Math.floor(session.elapsedMs / 60_000),
              total: totalMinutes,
            })}
            {' · '}
            {drift > 0
              ? t('workshop.presenter.behind', { n: drift })
              : drift < 0
                ? t('workshop.presenter.ahead', { n: -drift })
                : t('workshop.presenter.onPlan')}
          </p>
          <div
            className="presenter__meter"
            role="progressbar"
            aria-label={t('workshop.presenter.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={totalMinutes}
            aria-valuenow={block.before}
          >
            {/* Sized from script after mount: a server-rendered style attribute would break the strict CSP. */}
            <div
              ref={(bar) => {
                bar?.style.setProperty(
                  'width',
                  `${totalMinutes === 0 ? 0 : (block.before / totalMinutes) * 100}%`,
                );
              }}
            />
          </div>
        </div>
        <div className="presenter__tools">
          <label className="presenter__jump">
            <span>{t('workshop.presenter.jump')}</span>
            <select value={state.index} onChange={(event) => goTo(Number(event.currentTarget.value))}>
              {multiSession
                ? sessions.map((sessionIndex) => {
                    const inSession = blocks.filter((item) => item.sessionIndex === sessionIndex);
                    return (
                      <optgroup key={sessionIndex} label={inSession[0]?.sessionTitle ?? ''}>
                        {inSession.map(blockOption)}
                      </optgroup>
                    );
                  })
                : blocks.map(blockOption)}
            </select>
          </label>
          <label className="presenter__carry">
            <input
              type="checkbox"
              checked={state.carryOn}
              onChange={(event) => dispatch({ type: 'carryOn', value: event.currentTarget.checked })}
            />
            <span>{t('workshop.presenter.carryOn')}</span>
          </label>
          {canFullscreen && (
            <button
              type="button"
              className="presenter__fullscreen"
              aria-pressed={fullscreen}
              onClick={toggleFullscreen}
            >
              {t('workshop.presenter.fullscreen')}
            </button>
          )}
          <a
            className="presenter__lang"
            href={`${otherLanguage.href}${blockHash(block.id)}`}
            hrefLang={otherLanguage.lang}
            lang={otherLanguage.lang}
            title={otherLanguage.title}
            // Before hydration the href still names the first block; the page's click script
            // carries the address's block over, as the site header's switch does.
            data-keep-hash=""
          >
            {otherLanguage.label}
          </a>
          <a className="presenter__exit" href={`${agendaHref}#${block.id}`}>
            {t('workshop.presenter.exit')}
          </a>
        </div>
      </header>

      <div className="presenter__main">
        {/* Focusable because a long block scrolls inside it on a projector. */}
        <section className="presenter__content" aria-labelledby="presenter-block-title" tabIndex={0}>
          <p className="presenter__minutes">{t('workshop.presenter.minutes', { n: block.minutes })}</p>
          <h2 id="presenter-block-title" className="presenter__title">
            {block.title}
          </h2>
          <p className="presenter__goal">
            <span className="presenter__label">{t('workshop.presenter.goal')}</span>
            {block.goal}
          </p>
          <div className="presenter__points">
            <div>
              <h3>{t('workshop.presenter.say')}</h3>
              <ul>
                {block.say.map((point) => (
                  <li key={point}>{point}</li>
                ))}
              </ul>
            </div>
            {block.ask.length > 0 && (
              <div>
                <h3>{t('workshop.presenter.ask')}</h3>
                <ul>
                  {block.ask.map((question) => (
                    <li key={question}>{question}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </section>

        <section className="presenter__clock" aria-labelledby="presenter-timer-label">
          <h2 id="presenter-timer-label" className="presenter__timer-label">
            {t('workshop.presenter.timer')}
          </h2>
          <p className="presenter__time" role="timer" aria-labelledby="presenter-timer-label">
            {formatCountdown(reading.remainingMs)}
          </p>
          <p className="presenter__state" data-testid="presenter-state">
            {stateText}
          </p>
          <div className="presenter__controls" role="group" aria-label={t('workshop.presenter.controls')}>
            <button type="button" onClick={() => command('previous')} disabled={state.index === 0}>
              {t('workshop.presenter.previous')}
            </button>
            <button type="button" className="presenter__primary" onClick={() => command('toggle')}>
              {toggleLabel}
            </button>
            <button
              type="button"
              onClick={() => command('next')}
              disabled={state.index === blocks.length - 1}
            >
              {t('workshop.presenter.next')}
            </button>
            <button type="button" onClick={() => command('reset')}>
              {t('workshop.presenter.reset')}
            </button>
          </div>
          <div className="presenter__next">
            <h3 className="presenter__label">{t('workshop.presenter.upNext')}</h3>
            {next ? (
              <p>
                {next.sessionIndex !== block.sessionIndex && (
                  <span className="presenter__next-session">
                    {t('workshop.presenter.nextSession', { session: next.sessionTitle })}
                  </span>
                )}
                {next.title} · {t('workshop.presenter.minutes', { n: next.minutes })}
              </p>
            ) : (
              <p>{t('workshop.presenter.lastBlock')}</p>
            )}
          </div>
        </section>
      </div>

      <footer className="presenter__keys">
        <h2 className="visually-hidden">{t('workshop.presenter.keys')}</h2>
        <dl>
          <div>
            <dt>
              <kbd>{t('workshop.presenter.keySpace')}</kbd>
            </dt>
            <dd>{t('workshop.presenter.keyStartPause')}</dd>
          </div>
          <div>
            <dt>
              <kbd>→</kbd> <kbd>PgDn</kbd>
            </dt>
            <dd>{t('workshop.presenter.keyNext')}</dd>
          </div>
          <div>
            <dt>
              <kbd>←</kbd> <kbd>PgUp</kbd>
            </dt>
            <dd>{t('workshop.presenter.keyPrevious')}</dd>
          </div>
          <div>
            <dt>
              <kbd>R</kbd>
            </dt>
            <dd>{t('workshop.presenter.keyReset')}</dd>
          </div>
        </dl>
        <p>{t('workshop.presenter.navNote')}</p>
      </footer>
      <p className="visually-hidden" aria-live="polite" data-testid="presenter-announcer">
        {announcement}
      </p>
    </div>
  );
}
