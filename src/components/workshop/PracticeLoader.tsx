import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import type { PracticeWorksheet } from '../../lib/workshop/practice-data';
import {
  describeUnexpectedError,
  getWorksheetStore,
  storageStatusKey,
  type StorageStatus,
} from '../../storage';
import { savePracticeWorksheets } from '../../storage/practice-worksheets';
import { islandTranslator, type IslandStrings } from '../shared/island-strings';
import { worksheetHref } from '../../lib/worksheets/href';

/** One worksheet the scenario fills, with what the page shows for it (built at build time). */
export type PracticeItem = PracticeWorksheet & {
  /** The worksheet kind's name in the page's language. */
  name: string;
  /** The title the worksheet is saved under. */
  title: string;
};

interface Props {
  locale: Locale;
  strings: IslandStrings;
  scenarioId: string;
  person: string;
  items: PracticeItem[];
}

type Message = { tone: 'info' | 'error'; text: string };

/**
 * Saves the scenario's practice worksheets under fixed ids, so loading twice replaces
 * rather than duplicates, and clears all practice data. Reads storage only in an effect.
 */
export default function PracticeLoader({ locale, strings, scenarioId, person, items }: Props) {
  const t = useMemo(() => islandTranslator(strings), [strings]);
  /** Ids of this scenario's worksheets that are stored now; `undefined` until read. */
  const [stored, setStored] = useState<string[]>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  const [status, setStatus] = useState<StorageStatus>();

  useEffect(() => {
    const store = getWorksheetStore();
    let live = true;
    const refresh = async () => {
      const ids = new Set((await store.list()).map((summary) => summary.id));
      if (live) setStored(items.filter((item) => ids.has(item.id)).map((item) => item.id));
    };
    setStatus(store.getStatus());
    const stopStatus = store.onStatus(setStatus);
    const stopExternal = store.onExternalChange(() => void refresh());
    void refresh();
    return () => {
      live = false;
      stopStatus();
      stopExternal();
    };
  }, [items]);

  async function load() {
    setBusy(true);
    setMessage(undefined);
    const { saved, failed } = await savePracticeWorksheets(getWorksheetStore(), items, {
      locale,
      scenarioId,
      person,
    });
    setStored(saved);
    setMessage(
      failed > 0
        ? { tone: 'error', text: t('workshop.practice.failed', { count: failed }) }
        : { tone: 'info', text: t('workshop.practice.loaded', { count: saved.length }) },
    );
    setBusy(false);
  }

  async function clear() {
    if (!window.confirm(t('workshop.practice.clearConfirm'))) return;
    setBusy(true);
    const result = await getWorksheetStore().clearPractice();
    if (result.type === 'success') {
      setStored([]);
      setMessage({
        tone: 'info',
        text:
          result.removed.length === 0
            ? t('workshop.practice.nothingToClear')
            : t('workshop.practice.cleared', { count: result.removed.length }),
      });
    } else {
      setMessage({ tone: 'error', text: describeUnexpectedError(t) });
    }
    setBusy(false);
  }

  const storageKey = status ? storageStatusKey(status) : undefined;
  const storageMessage = storageKey ? t(storageKey) : undefined;
  const storedItems = items.filter((item) => stored?.includes(item.id));
  const openHref = (item: PracticeItem) => worksheetHref(item.kind, locale, { id: item.id });

  return (
    <div className="wk-practice__app">
      {storageMessage && status?.mode === 'memory' && (
        <div className="banner banner--warning" role="alert">
          <p>{storageMessage}</p>
        </div>
      )}
      <div className="wk-practice__buttons" role="group" aria-label={t('workshop.practice.actions')}>
        <button type="button" className="button" onClick={() => void load()} disabled={busy}>
          {busy ? t('workshop.practice.loading') : t('workshop.practice.load')}
        </button>
        <button type="button" className="button button--danger" onClick={() => void clear()} disabled={busy}>
          {t('workshop.practice.clear')}
        </button>
      </div>
      <div aria-live="polite">
        {message && (
          <div className={`banner ${message.tone === 'error' ? 'banner--error' : 'banner--info'}`}>
            <p>{message.text}</p>
          </div>
        )}
      </div>
      {storedItems.length > 0 && (
        <div className="wk-practice__links">
          {!message && <p>{t('workshop.practice.present')}</p>}
          <ul aria-label={t('workshop.practice.openHeading')}>
            {storedItems.map((item) => (
              <li key={item.id}>
                <a href={openHref(item)}>{t('workshop.practice.open', { name: item.name })}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
