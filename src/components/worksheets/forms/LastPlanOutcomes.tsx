import { useEffect, useState } from 'react';
import type { Locale } from '../../../lib/i18n/locales';
import { todayIso } from '../../../lib/dates';
import { displayTitle } from '../../../lib/worksheets/document';
import { relatedWorksheets } from '../../../lib/worksheets/flash-retro/related';
import {
  lastPlanOutcomes,
  type LastPlanOutcomes as Outcomes,
  type PlanOutcome,
} from '../../../lib/worksheets/flows/last-plan';
import { worksheetHref } from '../../../lib/worksheets/href';
import { loadWorksheetStore } from '../../../storage/load';
import type { IslandTranslate } from '../../shared/island-strings';

/** Waits this long after the person changes before looking, so typing a name doesn't read storage on every key. */
const PERSON_DEBOUNCE_MS = 400;

type State = { type: 'loading' } | { type: 'ready'; outcomes: Outcomes | undefined } | { type: 'failed' };

function cueText(action: PlanOutcome, t: IslandTranslate): string {
  switch (action.cue) {
    case 'praise':
      return action.doneOn === ''
        ? t('ws.lastPlan.cue.praise')
        : t('ws.lastPlan.cue.praiseOn', { date: action.doneOn });
    case 'unblock':
      return action.blockedReason === ''
        ? t('ws.lastPlan.cue.unblock')
        : t('ws.lastPlan.cue.unblockBecause', { reason: action.blockedReason });
    case 'ask-what-happened':
      return t('ws.lastPlan.cue.askWhatHappened', { date: action.reviewDate });
    case 'check-progress':
      return action.reviewDate === ''
        ? t('ws.lastPlan.cue.checkProgress')
        : t('ws.lastPlan.cue.checkProgressBy', { date: action.reviewDate });
  }
}

/**
 * "Last time's 5R plan" on the prep sheet and the PREP planner: the person's latest plan,
 * each action with how it turned out and how to open on it. Loaded (with the storage code)
 * only once the worksheet names a person, so a blank page stays light.
 */
export default function LastPlanOutcomes(props: {
  person: string;
  includePractice: boolean;
  t: IslandTranslate;
  locale: Locale;
}) {
  const { person, includePractice, t, locale } = props;
  const [state, setState] = useState<State>({ type: 'loading' });

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const store = await loadWorksheetStore();
          const plans = relatedWorksheets(await store.list(), 'action-plan', person, { includePractice });
          const loaded = await Promise.all(plans.map((plan) => store.load(plan.id)));
          const docs = loaded.flatMap((result) => (result.type === 'success' ? [result.doc] : []));
          if (!cancelled) setState({ type: 'ready', outcomes: lastPlanOutcomes(docs, person, todayIso()) });
        } catch {
          if (!cancelled) setState({ type: 'failed' });
        }
      })();
    }, PERSON_DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [person, includePractice]);

  return (
    <section className="ws-section last-plan" aria-labelledby="last-plan-heading">
      <h2 id="last-plan-heading">{t('ws.lastPlan.heading')}</h2>
      <div aria-live="polite">
        {state.type === 'loading' && <p className="flash-retro__muted">{t('ws.lastPlan.loading')}</p>}
        {state.type === 'failed' && (
          <p className="banner banner--error" role="alert">
            {t('ws.lastPlan.failed')}
          </p>
        )}
        {state.type === 'ready' && state.outcomes === undefined && <p>{t('ws.lastPlan.none', { person })}</p>}
        {state.type === 'ready' && state.outcomes !== undefined && (
          <>
            <p>
              {t('ws.lastPlan.from')}
              <a href={worksheetHref('action-plan', locale, { id: state.outcomes.planId })}>
                {displayTitle(
                  {
                    title: state.outcomes.planTitle,
                    kind: 'action-plan',
                    createdAt: state.outcomes.createdAt,
                  },
                  locale,
                )}
              </a>
            </p>
            {state.outcomes.actions.length === 0 ? (
              <p>{t('ws.lastPlan.empty')}</p>
            ) : (
              <ul className="last-plan__actions">
                {state.outcomes.actions.map((action, index) => (
                  <li key={index} className={`last-plan__action last-plan__action--${action.cue}`}>
                    <span className="last-plan__result">{action.result}</span>
                    <span className="last-plan__cue">{cueText(action, t)}</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
