import { useEffect, useRef, useState } from 'react';
import type { PlannedAction } from '../../../../lib/worksheets/action-plan/schema';
import {
  plansToRead,
  relatedFound,
  relatedLookupDelay,
  withTickedAction,
  type Related,
} from '../../../../lib/worksheets/flash-retro/form-rules';
import { loadWorksheetStore } from '../../../../storage/load';

/**
 * The person's last 5R plan (its open actions) and SMART-AR goals, looked up in the store
 * from an effect whenever the person changes; `relatedLookupDelay` says when. The second value
 * shows a tick saved in the plan at once.
 */
export function useRelatedWorksheets(
  person: string,
  includePractice: boolean,
  wanted: boolean,
): [Related, (index: number, action: PlannedAction) => void] {
  const [related, setRelated] = useState<Related>({ type: 'idle' });
  const firstRun = useRef(true);

  useEffect(() => {
    const delay = relatedLookupDelay(person, wanted, firstRun.current);
    if (delay === undefined) {
      setRelated({ type: 'idle' });
      return;
    }
    let cancelled = false;
    firstRun.current = false;
    setRelated({ type: 'loading' });
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const store = await loadWorksheetStore();
          const summaries = await store.list();
          const plans = plansToRead(summaries, person, includePractice);
          const loaded = await Promise.all(plans.map((plan) => store.load(plan.id)));
          const docs = loaded.flatMap((result) => (result.type === 'success' ? [result.doc] : []));
          const found = relatedFound(summaries, plans, docs, person, includePractice);
          if (!cancelled) setRelated(found);
        } catch {
          if (!cancelled) setRelated({ type: 'failed' });
        }
      })();
    }, delay);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [person, includePractice, wanted]);

  const ticked = (index: number, action: PlannedAction) =>
    setRelated((old) => withTickedAction(old, index, action));
  return [related, ticked];
}
