import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { SealedPreview } from './sealed/SealedPreview';
import { UnlockForm } from './sealed/UnlockForm';
import { describeSealedErrorLater } from '../shared/describe-load-error-later';
import { openSealedLink, readSealedHeader, type SealedMode } from '../../lib/share/sealed-link';
import { newWorksheetId, type WorksheetDocLike } from '../../lib/worksheets/document';
import { getWorksheetModule, loadWorksheetMarkdown } from '../../lib/worksheets/registry';
import { getWorksheetStore } from '../../storage';
import { islandTranslator, type IslandStrings } from '../shared/island-strings';

type State =
  | { type: 'reading' }
  | { type: 'empty' }
  | { type: 'failed'; message: string; mode?: SealedMode }
  | { type: 'passphrase'; error?: string }
  | { type: 'preview'; doc: WorksheetDocLike; mode: SealedMode };

import type { Saving } from './sealed/SealedPreview';

/** Opens the link in `hash` (with the passphrase, if any) into what the page shows next. */
async function openToState(
  hash: string,
  secret: string | undefined,
  locale: Locale,
  unavailable: string,
): Promise<State> {
  const result = await openSealedLink(hash, secret);
  if (result.type !== 'success') {
    const message = await describeSealedErrorLater(result, locale, unavailable);
    return result.code === 'wrong_passphrase'
      ? { type: 'passphrase', error: message }
      : { type: 'failed', message };
  }
  try {
    // The preview shows the worksheet as Markdown: its writer loads on demand.
    await loadWorksheetMarkdown([result.kind], locale);
  } catch {
    return { type: 'failed', message: unavailable };
  }
  const now = new Date().toISOString();
  const doc: WorksheetDocLike = {
    id: result.envelope?.id ?? newWorksheetId(),
    kind: result.kind,
    schemaVersion: getWorksheetModule(result.kind).migrations.currentVersion,
    revision: 0,
    title: result.title,
    ...(result.person ? { person: result.person } : {}),
    createdAt: result.envelope?.createdAt ?? now,
    updatedAt: result.envelope?.updatedAt ?? now,
    data: result.data,
  };
  return { type: 'preview', doc, mode: result.mode };
}

/**
 * `/worksheets/open/#sealed=…`: decrypts an encrypted worksheet link in this browser, shows
 * what it holds, and saves it to My worksheets only when asked, with the import rules
 * (an id already here: keep both or replace). Nothing is stored before that, and a link
 * that does not open says exactly why.
 */
export default function OpenSealedLink({ locale, strings }: { locale: Locale; strings: IslandStrings }) {
  const t = useMemo(() => islandTranslator(strings), [strings]);
  const unavailable = t('ws.common.moduleUnavailable');
  const id = useId();
  const [state, setState] = useState<State>({ type: 'reading' });
  const [mode, setMode] = useState<SealedMode>();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [saving, setSaving] = useState<Saving>({ type: 'idle' });

  const open = async (hash: string, secret?: string) =>
    setState(await openToState(hash, secret, locale, unavailable));

  useEffect(() => {
    const read = () => {
      setSaving({ type: 'idle' });
      const hash = window.location.hash;
      if (hash === '' || hash === '#') {
        setState({ type: 'empty' });
        return;
      }
      const header = readSealedHeader(hash);
      if (header.type === 'error') {
        setMode(undefined);
        void describeSealedErrorLater(header, locale, unavailable).then((message) =>
          setState({ type: 'failed', message }),
        );
        return;
      }
      setMode(header.mode);
      if (header.mode === 'passphrase') setState({ type: 'passphrase' });
      else void open(hash);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
    // `open` only uses state setters, the locale and its words.
  }, [locale, unavailable]);

  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await open(window.location.hash, passphrase);
    setBusy(false);
  };

  const save = async (choice: 'keep-both' | 'replace' | undefined) => {
    if (state.type !== 'preview') return;
    const store = getWorksheetStore();
    try {
      if (choice === undefined && (await store.ids()).includes(state.doc.id)) {
        setSaving({ type: 'conflict' });
        return;
      }
      const result = await store.importDocs([state.doc], choice ?? 'keep-both');
      const written = result.type === 'success' ? result.written[0] : undefined;
      setSaving(written ? { type: 'saved', id: written.id } : { type: 'failed' });
    } catch {
      setSaving({ type: 'failed' });
    }
  };

  return (
    <div className="sealed-open">
      {mode && (
        <p className="sealed-open__readers">
          {t(mode === 'key' ? 'sealed.open.readersKey' : 'sealed.open.readersPassphrase')}
        </p>
      )}
      {state.type === 'reading' && <p role="status">{t('sealed.open.reading')}</p>}
      {state.type === 'empty' && <p className="banner banner--info">{t('sealed.open.noLink')}</p>}
      {state.type === 'failed' && (
        <div className="banner banner--error" role="alert">
          <p>{state.message}</p>
        </div>
      )}
      {state.type === 'passphrase' && (
        <UnlockForm
          id={id}
          t={t}
          error={state.error}
          passphrase={passphrase}
          setPassphrase={setPassphrase}
          busy={busy}
          unlock={(event) => void unlock(event)}
        />
      )}
      {state.type === 'preview' && (
        <SealedPreview
          id={id}
          doc={state.doc}
          locale={locale}
          t={t}
          saving={saving}
          save={(choice) => void save(choice)}
        />
      )}
    </div>
  );
}
