import type { FormEvent } from 'react';
import type { IslandTranslate } from '../../shared/island-strings';

interface Props {
  id: string;
  t: IslandTranslate;
  error: string | undefined;
  passphrase: string;
  setPassphrase: (value: string) => void;
  busy: boolean;
  unlock: (event: FormEvent) => void;
}

/** The passphrase form of a link sealed with one; the error of a wrong passphrase above it. */
export function UnlockForm({ id, t, error, passphrase, setPassphrase, busy, unlock }: Props) {
  return (
    <form className="sealed-open__unlock" onSubmit={unlock}>
      <h2>{t('sealed.open.passphraseTitle')}</h2>
      {error && (
        <div className="banner banner--error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-passphrase`} className="field__label">
          {t('sealed.open.passphrase')}
        </label>
        <p className="field__help" id={`${id}-help`}>
          {t('sealed.open.passphraseHelp')}
        </p>
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete="off"
          value={passphrase}
          aria-describedby={`${id}-help`}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
        />
      </div>
      <button type="submit" className="button button--small" disabled={busy || passphrase === ''}>
        {t('sealed.open.unlock')}
      </button>
      {busy && <p role="status">{t('sealed.open.reading')}</p>}
    </form>
  );
}
