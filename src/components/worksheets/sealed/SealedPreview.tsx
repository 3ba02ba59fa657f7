import type { Locale } from '../../../lib/i18n/locales';
import { displayTitle, type WorksheetDocLike } from '../../../lib/worksheets/document';
import { worksheetHref } from '../../../lib/worksheets/href';
import { worksheetKindInfo } from '../../../lib/worksheets/kinds';
import { worksheetToMarkdown } from '../../../lib/worksheets/registry';
import type { IslandTranslate } from '../../shared/island-strings';

/** Where saving the opened worksheet stands. */
export type Saving =
  { type: 'idle' } | { type: 'conflict' } | { type: 'saved'; id: string } | { type: 'failed' };

function formatDateTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

interface Props {
  id: string;
  doc: WorksheetDocLike;
  locale: Locale;
  t: IslandTranslate;
  saving: Saving;
  save: (choice: 'keep-both' | 'replace' | undefined) => void;
}

/** What the opened link holds, in full, and saving it to this browser (keep both or replace). */
export function SealedPreview({ id, doc, locale, t, saving, save }: Props) {
  return (
    <section aria-labelledby={`${id}-holds`} className="sealed-open__preview">
      <h2 id={`${id}-holds`}>{t('sealed.open.holds')}</h2>
      <dl className="sealed-open__facts">
        <dt>{t('sealed.open.kind')}</dt>
        <dd>{worksheetKindInfo[doc.kind].name[locale]}</dd>
        <dt>{t('sealed.open.worksheetTitle')}</dt>
        <dd>{displayTitle(doc, locale)}</dd>
        {doc.person && (
          <>
            <dt>{t('sealed.open.person')}</dt>
            <dd>{doc.person}</dd>
          </>
        )}
        <dt>{t('sealed.open.updated')}</dt>
        <dd>{formatDateTime(doc.updatedAt, locale)}</dd>
      </dl>
      <h3>{t('sealed.open.content')}</h3>
      <pre className="sealed-open__content">{worksheetToMarkdown(doc, locale)}</pre>
      {saving.type === 'idle' && (
        <button type="button" className="button" onClick={() => save(undefined)}>
          {t('sealed.open.save')}
        </button>
      )}
      {saving.type === 'conflict' && (
        <div className="banner banner--warning" role="alert">
          <p>{t('sealed.open.conflict')}</p>
          <div className="banner__actions">
            <button type="button" className="button button--small" onClick={() => save('keep-both')}>
              {t('sealed.open.keepBoth')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => save('replace')}
            >
              {t('sealed.open.replace')}
            </button>
          </div>
        </div>
      )}
      {saving.type === 'saved' && (
        <div className="banner banner--info" role="status">
          <p>{t('sealed.open.saved')}</p>
          <p>
            <a href={worksheetHref(doc.kind, locale, { id: saving.id })}>{t('sealed.open.openIt')}</a>
          </p>
        </div>
      )}
      {saving.type === 'failed' && (
        <div className="banner banner--error" role="alert">
          <p>{t('sealed.open.saveFailed')}</p>
        </div>
      )}
    </section>
  );
}
