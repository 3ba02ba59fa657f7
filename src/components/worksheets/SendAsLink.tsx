import { useId, useState } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { localizePath } from '../../lib/i18n/paths';
import { describeSealedErrorLater } from '../shared/describe-load-error-later';
import { LONG_LINK_WARNING } from '../../lib/share/prefill-fragment';
import { MIN_PASSPHRASE_LENGTH, sealWorksheet, type SealedMode } from '../../lib/share/sealed-link';
import type { WorksheetDocLike } from '../../lib/worksheets/document';
import { getWorksheetModule } from '../../lib/worksheets/registry';
import { copyText } from '../shared/download';
import { ChoiceField } from './fields';
import type { IslandTranslate } from '../shared/island-strings';

export interface SendAsLinkProps {
  doc: WorksheetDocLike;
  locale: Locale;
  t: IslandTranslate;
  onClose: () => void;
}

type Outcome = { type: 'link'; url: string; mode: SealedMode } | { type: 'error'; message: string };

/** Seals the worksheet into a link for `/worksheets/open/` in `locale`, or says why it cannot. */
async function makeSealedLink(
  doc: WorksheetDocLike,
  mode: SealedMode,
  passphrase: string,
  locale: Locale,
  t: IslandTranslate,
): Promise<Outcome> {
  const result = await sealWorksheet(
    {
      kind: doc.kind,
      title: doc.title,
      person: doc.person,
      data: doc.data,
      schemaVersion: getWorksheetModule(doc.kind).migrations.currentVersion,
      envelope: { id: doc.id, createdAt: doc.createdAt, updatedAt: doc.updatedAt },
    },
    mode === 'passphrase' ? passphrase : undefined,
  );
  if (result.type === 'success') {
    return {
      type: 'link',
      url: `${window.location.origin}${localizePath('/worksheets/open/', locale)}#${result.fragment}`,
      mode,
    };
  }
  return {
    type: 'error',
    message: await describeSealedErrorLater(result, locale, t('ws.common.moduleUnavailable')),
  };
}

/**
 * "Send as a link": the worksheet, encrypted, in a link's fragment (`sealed-link.ts`), for
 * `/worksheets/open/` in the same language. Loaded only when the user asks for it, so the
 * crypto and link code never weigh on the worksheet page.
 */
export default function SendAsLink({ doc, locale, t, onClose }: SendAsLinkProps) {
  const id = useId();
  const [mode, setMode] = useState<SealedMode>('key');
  const [passphrase, setPassphrase] = useState('');
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [copied, setCopied] = useState<string>();
  const tooShort = mode === 'passphrase' && passphrase.length < MIN_PASSPHRASE_LENGTH;

  const make = async () => {
    if (tooShort) {
      setOutcome({
        type: 'error',
        message: t('sealed.send.passphraseShort', { min: MIN_PASSPHRASE_LENGTH }),
      });
      return;
    }
    setWorking(true);
    setCopied(undefined);
    const made = await makeSealedLink(doc, mode, passphrase, locale, t);
    setWorking(false);
    setOutcome(made);
  };

  const copy = async (url: string) =>
    setCopied((await copyText(url)) ? t('sealed.send.copied') : t('sealed.send.copyFailed'));

  return (
    <section className="ws-send" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sealed.send.title')}</h2>
      <p>{t('sealed.send.intro')}</p>
      <ChoiceField
        label={t('sealed.send.who')}
        value={mode}
        options={[
          { value: 'key', label: t('sealed.send.modeKey') },
          { value: 'passphrase', label: t('sealed.send.modePassphrase') },
        ]}
        onChange={(next) => {
          setMode(next);
          setOutcome(undefined);
        }}
      />
      {mode === 'passphrase' && (
        <div className="field">
          <label htmlFor={`${id}-passphrase`} className="field__label">
            {t('sealed.send.passphrase')}
          </label>
          <p className="field__help" id={`${id}-passphrase-help`}>
            {t('sealed.send.passphraseHelp', { min: MIN_PASSPHRASE_LENGTH })}
          </p>
          <input
            id={`${id}-passphrase`}
            type="password"
            autoComplete="new-password"
            value={passphrase}
            aria-describedby={`${id}-passphrase-help`}
            onChange={(event) => {
              setPassphrase(event.currentTarget.value);
              setOutcome(undefined);
            }}
          />
        </div>
      )}
      <div className="ws-send__actions">
        <button type="button" className="button button--small" disabled={working} onClick={() => void make()}>
          {t('sealed.send.make')}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          {t('sealed.send.close')}
        </button>
      </div>
      <p role="status" className="ws-send__status">
        {working ? t('sealed.send.working') : outcome?.type === 'error' ? outcome.message : (copied ?? '')}
      </p>
      {outcome?.type === 'link' && (
        <div className="ws-send__result">
          <label htmlFor={`${id}-link`} className="field__label">
            {t('sealed.send.link')}
          </label>
          <textarea
            id={`${id}-link`}
            readOnly
            rows={3}
            value={outcome.url}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p className="ws-send__readers">
            {t(outcome.mode === 'key' ? 'sealed.send.readersKey' : 'sealed.send.readersPassphrase')}
          </p>
          {outcome.url.length > LONG_LINK_WARNING && (
            <p className="ws-send__warning">{t('sealed.send.long', { length: outcome.url.length })}</p>
          )}
          <button type="button" className="button button--small" onClick={() => void copy(outcome.url)}>
            {t('sealed.send.copy')}
          </button>
        </div>
      )}
    </section>
  );
}
