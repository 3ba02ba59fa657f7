import type { WorksheetDoc } from '../../lib/worksheets/document';
import { loadWorksheetStore } from '../../storage/load';
import type { IslandTranslate } from '../shared/island-strings';

/**
 * A saved prep sheet to build questions from, as the page's inline copy (so editing it here
 * never changes the saved one), or why it cannot be used (storage code did not load, or the
 * sheet is gone or not a prep sheet).
 */
export async function loadChosenSheet(
  id: string,
  t: IslandTranslate,
): Promise<{ type: 'sheet'; doc: WorksheetDoc<'prep-sheet'> } | { type: 'problem'; message: string }> {
  let result;
  try {
    result = await (await loadWorksheetStore()).load(id);
  } catch {
    return { type: 'problem', message: t('ws.common.moduleUnavailable') };
  }
  if (result.type === 'success' && result.doc.kind === 'prep-sheet') {
    return { type: 'sheet', doc: { ...result.doc, id: 'inline' } };
  }
  return { type: 'problem', message: t('q.prepMissing') };
}
