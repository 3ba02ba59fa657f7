import type { WorksheetKind } from '../../lib/worksheets/kinds';
import { useState } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { trailFor, type TrailEvent } from '../../lib/tracking/trail';
import type { IslandTranslate } from '../shared/island-strings';
import type { DashboardData } from './parts';
import { openHref } from './parts';

const kindOf: Record<TrailEvent['type'], WorksheetKind> = {
  conversation: 'action-plan',
  prep: 'prep-sheet',
  retro: 'flash-retro',
  adjustment: 'smart-ar',
  feedback: 'feedback',
  'action-done': 'action-plan',
  'milestone-reached': 'smart-ar',
};

function EventBody({ event, t }: { event: TrailEvent; t: IslandTranslate }) {
  switch (event.type) {
    case 'conversation':
      return <>{t('dash.trail.conversation', { actions: event.actions, micro: event.microActions })}</>;
    case 'prep':
      return <>{t('dash.trail.prep', { topics: event.topics.join(' · ') || '—' })}</>;
    case 'retro':
      return (
        <>
          {t('dash.trail.retro', {
            judgment: t(event.judgment === null ? 'dash.judgment.none' : `dash.judgment.${event.judgment}`),
          })}
          {event.obstacle !== '' && (
            <span className="dash-trail__detail">{t('dash.trail.obstacle', { text: event.obstacle })}</span>
          )}
          {event.improvement !== '' && (
            <span className="dash-trail__detail">
              {t('dash.trail.improvement', { text: event.improvement })}
            </span>
          )}
        </>
      );
    case 'adjustment':
      return (
        <>
          {t(event.kind === 'goal' ? 'dash.trail.adjustmentGoal' : 'dash.trail.adjustmentExecution')}
          <span className="dash-trail__detail">{t('dash.trail.reason', { text: event.reason || '—' })}</span>
          <span className="dash-trail__detail">
            {t('dash.trail.beforeAfter', { before: event.before || '—', after: event.after || '—' })}
          </span>
        </>
      );
    case 'feedback':
      return (
        <>
          {t(`dash.trail.feedback.${event.scenario}`)} ({event.framework === 'best' ? 'BEST' : '3E'})
          <span className="dash-trail__detail">
            {event.followUpDate === '' && event.followUpOutcome === ''
              ? t('dash.trail.noFollowUp')
              : t('dash.trail.followUp', {
                  date: event.followUpDate || '—',
                  outcome: event.followUpOutcome || '—',
                })}
          </span>
        </>
      );
    case 'action-done':
      return <>{t('dash.trail.actionDone', { result: event.result })}</>;
    case 'milestone-reached':
      return <>{t('dash.trail.milestone', { indicator: event.indicator, target: event.target })}</>;
  }
}

/** One person's growth trail: a timeline, filtered by period, that prints on A4. */
export default function GrowthTrail({
  name,
  data,
  t,
  locale,
  onBack,
}: {
  name: string;
  data: DashboardData;
  t: IslandTranslate;
  locale: Locale;
  onBack: () => void;
}) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const events = trailFor(
    data.docs.map((doc) => (doc.practice === undefined ? doc : { ...doc, practice: undefined })),
    name,
    { from, to },
  );
  return (
    <section className="dash-trail" aria-labelledby="dash-trail-title">
      <p className="dash-trail__back no-print">
        <button type="button" className="button button--small button--quiet" onClick={onBack}>
          {t('dash.trail.back')}
        </button>
      </p>
      <h2 id="dash-trail-title">{t('dash.trail.title', { name })}</h2>
      <p className="dash-section__intro">{t('dash.trail.intro')}</p>
      <form className="dash-trail__filter no-print" onSubmit={(event) => event.preventDefault()}>
        <div className="field field--date">
          <label htmlFor="dash-trail-from" className="field__label">
            {t('dash.trail.from')}
          </label>
          <input
            id="dash-trail-from"
            type="date"
            value={from}
            onChange={(event) => setFrom(event.currentTarget.value)}
          />
        </div>
        <div className="field field--date">
          <label htmlFor="dash-trail-to" className="field__label">
            {t('dash.trail.to')}
          </label>
          <input
            id="dash-trail-to"
            type="date"
            value={to}
            onChange={(event) => setTo(event.currentTarget.value)}
          />
        </div>
        <button type="button" className="button button--small" onClick={() => window.print()}>
          {t('dash.trail.print')}
        </button>
      </form>
      <p className="print-only">
        {from || to ? t('dash.trail.period', { from: from || '…', to: to || '…' }) : t('dash.trail.allTime')}
      </p>
      {events.length === 0 ? (
        <p className="dash-empty-line">{t('dash.trail.empty')}</p>
      ) : (
        <ol className="dash-trail__list">
          {events.map((event, index) => (
            <li
              key={`${event.type}-${event.worksheetId}-${index}`}
              className={`dash-trail__event dash-trail__event--${event.type}`}
            >
              <span className="dash-trail__date">{event.date}</span>
              <span className="dash-trail__type">{t(`dash.trail.type.${event.type}`)}</span>
              <span className="dash-trail__body">
                <EventBody event={event} t={t} />
              </span>
              <a
                className="dash-trail__open no-print"
                href={openHref(kindOf[event.type], event.worksheetId, locale)}
              >
                {t('dash.trail.open')}
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
