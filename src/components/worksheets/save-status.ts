import type { Locale } from '../../lib/i18n/locales';
import type { IslandTranslate } from '../shared/island-strings';
import type { SaveState } from './use-worksheet';

/** The toolbar's one line about saving: "Saved at 14:05", "Saving…", "Kept in this tab only"… */
export function saveStatusText(
  state: SaveState,
  lastSavedAt: string | undefined,
  t: IslandTranslate,
  locale: Locale,
): string {
  if (state === 'saving') return t('ws.common.saving');
  if (state === 'saved' && lastSavedAt) {
    const time = new Date(lastSavedAt).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
    return t('ws.common.savedAt', { time });
  }
  if (state === 'memory') return t('ws.common.keptInTab');
  if (state === 'failed') return t('ws.common.notSaved');
  return t('ws.common.notStarted');
}
