import type { Locale } from '../../../../lib/i18n/locales';
import type { WorksheetDoc } from '../../../../lib/worksheets/document';
import { worksheetHref } from '../../../../lib/worksheets/href';
import { prepSheetForGenerator, type PrepSheetData } from '../../../../lib/worksheets/prep-sheet';
import type { IslandTranslate } from '../../../shared/island-strings';

interface Props {
  data: PrepSheetData;
  doc: WorksheetDoc<'prep-sheet'>;
  t: IslandTranslate;
  locale: Locale;
}

/** Once saved, the way on: a PREP plan, a GROW list, or questions drafted from the sheet. */
export function PrepSheetNextSteps({ data, doc, t, locale }: Props) {
  const saved = doc.revision > 0;
  const canGenerate = prepSheetForGenerator(data).type === 'success';
  return (
    <section className="ws-section" aria-labelledby="prep-next">
      <h2 id="prep-next">{t('ws.prepSheet.nextSection')}</h2>
      <p className="ws-section__intro">{t('ws.prepSheet.nextIntro')}</p>
      {saved ? (
        <>
          <p className="actions">
            <a
              className="button button--small"
              href={worksheetHref('prep-planner', locale, { from: doc.id })}
            >
              {t('ws.prepSheet.toPlanner')}
            </a>
            {canGenerate && (
              <a
                className="button button--small button--quiet"
                href={worksheetHref('grow-questions', locale, { from: doc.id })}
              >
                {t('ws.prepSheet.toGrow')}
              </a>
            )}
            {canGenerate && (
              <a
                className="button button--small button--quiet"
                href={worksheetHref('questions', locale, { from: doc.id })}
              >
                {t('ws.prepSheet.toQuestions')}
              </a>
            )}
          </p>
          {!canGenerate && <p className="field__help">{t('ws.prepSheet.growNeedsTopic')}</p>}
        </>
      ) : (
        <p className="field__help">{t('ws.prepSheet.notSavedYet')}</p>
      )}
    </section>
  );
}
