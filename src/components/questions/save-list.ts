import type { Locale } from '../../lib/i18n/locales';
import type { GrowQuestion } from '../../lib/grow/question';
import { createWorksheet, type WorksheetDoc } from '../../lib/worksheets/document';
import { growListFromQuestions } from '../../lib/worksheets/flows/grow-list';
import { worksheetHref } from '../../lib/worksheets/href';
import { loadWorksheetDefaults } from '../../lib/worksheets/registry';
import { loadWorksheetStore } from '../../storage/load';
import { describeUnexpectedError } from '../../storage/messages';
import type { IslandTranslate } from '../shared/island-strings';
import type { GenerationOutcome } from './generate-client';

/**
 * Saves generated questions as a new GROW list (tagged with the sheet's person, titled after
 * it); what to tell the user: saved (with a link), or why not.
 */
export async function saveQuestionsAsList(
  questions: readonly GrowQuestion[],
  context: {
    outcome: GenerationOutcome | undefined;
    sourceId: string;
    prepDoc: WorksheetDoc<'prep-sheet'>;
    locale: Locale;
    t: IslandTranslate;
  },
): Promise<{ text: string; href?: string }> {
  const { prepDoc, locale, t } = context;
  const data = growListFromQuestions(questions, {
    source: context.outcome?.source ?? 'rules',
    ...(context.sourceId ? { sourcePrepSheetId: context.sourceId } : {}),
  });
  try {
    await loadWorksheetDefaults(['grow-questions'], locale);
  } catch {
    return { text: t('ws.common.moduleUnavailable') };
  }
  const doc = createWorksheet('grow-questions', {
    locale,
    data,
    ...(prepDoc.person ? { person: prepDoc.person } : {}),
    title: prepDoc.title ? t('q.listTitleFrom', { title: prepDoc.title }) : t('q.listTitle'),
  });
  let result;
  try {
    result = await (await loadWorksheetStore()).save(doc);
  } catch {
    return { text: t('ws.common.moduleUnavailable') };
  }
  return result.type === 'success'
    ? { text: t('q.savedList'), href: worksheetHref('grow-questions', locale, { id: result.doc.id }) }
    : { text: describeUnexpectedError(t) };
}
