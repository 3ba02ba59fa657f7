import type { Locale } from '../../lib/i18n/locales';
import type { WorksheetDoc } from '../../lib/worksheets/document';
import type { Hint } from '../../lib/worksheets/hint';
import { worksheetHref } from '../../lib/worksheets/href';
import type { IslandTranslate } from '../shared/island-strings';
import { PrepSheetForm } from '../worksheets/forms/PrepSheetForm';
import { PrepSummary } from './PrepSummary';
import { SavedPrepSheetPicker } from './SavedPrepSheetPicker';

interface Props {
  t: IslandTranslate;
  locale: Locale;
  prepDoc: WorksheetDoc<'prep-sheet'>;
  setPrepDoc: (doc: WorksheetDoc<'prep-sheet'>) => void;
  hints: readonly Hint[];
  /** The saved sheet chosen, or '' for the one filled in here. */
  sourceId: string;
  listAtOnce: boolean;
  choose: (id: string) => void;
  onFailure: () => void;
  /** A saved sheet shows as a summary until the user chooses to edit it here. */
  editing: boolean;
  setEditing: (editing: boolean) => void;
}

/** The prep sheet the questions are built from: a saved one (as a summary until edited) or one filled in here. */
export function PrepSection(props: Props) {
  const { t, locale, prepDoc, setPrepDoc, hints, sourceId } = props;
  return (
    <section className="ws-section no-print" aria-labelledby="q-prep">
      <h2 id="q-prep">{t('q.prepHeading')}</h2>
      <p className="ws-section__intro">{t('q.prepIntro')}</p>
      <SavedPrepSheetPicker
        t={t}
        locale={locale}
        sourceId={sourceId}
        listAtOnce={props.listAtOnce}
        onChoose={props.choose}
        onFailure={props.onFailure}
      />
      {sourceId !== '' && !props.editing ? (
        <PrepSummary
          data={prepDoc.data}
          t={t}
          onEdit={() => props.setEditing(true)}
          href={worksheetHref('prep-sheet', locale, { id: sourceId })}
        />
      ) : (
        <div className="ws-form">
          {sourceId !== '' && <p className="field__help">{t('q.editNote')}</p>}
          <PrepSheetForm
            data={prepDoc.data}
            onChange={(data) => setPrepDoc({ ...prepDoc, data })}
            hints={hints}
            t={t}
            locale={locale}
            doc={prepDoc}
            embedded
          />
        </div>
      )}
    </section>
  );
}
