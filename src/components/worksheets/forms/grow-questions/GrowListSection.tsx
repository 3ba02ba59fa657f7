import type { Locale } from '../../../../lib/i18n/locales';
import { growListLimits, type GrowQuestionsData } from '../../../../lib/worksheets/grow-questions';
import { askedProgress, sourceNoteKey } from '../../../../lib/worksheets/grow-questions/form-rules';
import { worksheetHref } from '../../../../lib/worksheets/href';
import type { IslandTranslate } from '../../../shared/island-strings';
import type { GrowListActions } from './use-grow-list';

/** The list's heading: where its questions came from, how many were asked, and what a press just did. */
export function GrowListSection(props: {
  data: GrowQuestionsData;
  actions: Pick<GrowListActions, 'announcement' | 'full'>;
  t: IslandTranslate;
  locale: Locale;
}) {
  const { data, t, locale, actions } = props;
  const noteKey = sourceNoteKey(data.source);
  return (
    <section className="ws-section" aria-labelledby="grow-list">
      <h2 id="grow-list">{t('ws.grow.listSection')}</h2>
      <p className="ws-section__intro">{t('ws.grow.listIntro')}</p>
      {noteKey && (
        <p className="field__help">
          {t(noteKey)}
          {data.sourcePrepSheetId !== undefined && (
            <>
              {' '}
              <a href={worksheetHref('prep-sheet', locale, { id: data.sourcePrepSheetId })}>
                {t('ws.grow.openSheet')}
              </a>
            </>
          )}
        </p>
      )}
      <p className="grow-progress">{t('ws.grow.progress', askedProgress(data))}</p>
      <p className="visually-hidden" role="status">
        {actions.announcement}
      </p>
      {actions.full && (
        <p className="repeating__full" role="alert">
          {t('ws.grow.full', { max: growListLimits.questions })}
        </p>
      )}
    </section>
  );
}
