import { useEffect } from 'react';
import { shouldWarnBeforeLeaving } from '../../../storage/messages';
import type { StorageStatus } from '../../../storage/worksheet-store';
import { reportUnsavedEdits } from '../../site/unsaved-edits';
import { editsOnlyInMemory, reloadRisk, type SaveState } from './editor-rules';

/**
 * While edits live only in memory, leaving the page asks first; and the "update available,
 * reload" prompt is told when a reload would lose edits.
 */
export function useLeaveGuards(saveState: SaveState, storageStatus: StorageStatus | undefined): void {
  const warnBeforeLeaving = shouldWarnBeforeLeaving(
    storageStatus,
    editsOnlyInMemory(saveState, storageStatus),
  );
  useEffect(() => {
    if (!warnBeforeLeaving) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [warnBeforeLeaving]);

  const risk = reloadRisk(saveState, storageStatus);
  useEffect(() => {
    reportUnsavedEdits(risk);
  }, [risk]);
}
