import { useState } from 'react';
import type { Locale } from '../../../../lib/i18n/locales';
import { displayTitle } from '../../../../lib/worksheets/document';
import type { FlashRetroData } from '../../../../lib/worksheets/flash-retro';
import {
  appendFailedMessage,
  goalWithRetro,
  type AppendState,
} from '../../../../lib/worksheets/flash-retro/form-rules';
import type { IslandTranslate } from '../../../shared/island-strings';
import { updateStoredWorksheet } from '../update-stored';

/**
 * Adding the retro to a SMART-AR goal's adjustment log, saved in the goal itself: the state
 * the goal link shows, the press, and a reset for when another goal is picked.
 */
export function useAppendToGoal(
  data: FlashRetroData,
  t: IslandTranslate,
  locale: Locale,
): [AppendState, (goalId: string) => Promise<void>, () => void] {
  const [append, setAppend] = useState<AppendState>({ type: 'idle' });

  const appendToGoal = async (goalId: string) => {
    setAppend({ type: 'working' });
    let full = false;
    const result = await updateStoredWorksheet(
      goalId,
      'smart-ar',
      (goal) => {
        const changed = goalWithRetro(goal, data, t);
        if (changed.type === 'error') full = true;
        return changed;
      },
      { t, locale, notFound: t('ws.flashRetro.appendNotFound') },
    );
    setAppend(
      result.type === 'success'
        ? { type: 'done', goalId, goalTitle: displayTitle(result.doc, locale) }
        : { type: 'failed', message: appendFailedMessage(result.reason, full, t) },
    );
  };

  return [append, appendToGoal, () => setAppend({ type: 'idle' })];
}
