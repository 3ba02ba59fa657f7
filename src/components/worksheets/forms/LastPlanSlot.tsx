import { lazy, Suspense } from 'react';
import type { Locale } from '../../../lib/i18n/locales';
import { ModuleBoundary } from '../../shared/ModuleBoundary';
import type { IslandTranslate } from '../../shared/island-strings';

const LastPlanOutcomes = lazy(() => import('./LastPlanOutcomes'));

/**
 * Where the prep sheet and the PREP planner show the person's last 5R plan. Nothing (and no
 * code, no storage read) until the worksheet names a person.
 */
export function LastPlanSlot(props: {
  person: string | undefined;
  practice: boolean;
  t: IslandTranslate;
  locale: Locale;
}) {
  const person = (props.person ?? '').trim();
  if (person === '') return null;
  return (
    <ModuleBoundary message={props.t('ws.lastPlan.failed')}>
      <Suspense fallback={null}>
        <LastPlanOutcomes
          person={person}
          includePractice={props.practice}
          t={props.t}
          locale={props.locale}
        />
      </Suspense>
    </ModuleBoundary>
  );
}
