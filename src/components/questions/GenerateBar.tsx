import type { IslandTranslate } from '../shared/island-strings';

interface Props {
  t: IslandTranslate;
  busy: boolean;
  /** A set was generated: offer another. */
  again: boolean;
  generate: (another: boolean) => void;
}

/** Pinned to the bottom of the screen while the sheet above is long: "generate" stays in view. */
export function GenerateBar({ t, busy, again, generate }: Props) {
  return (
    <div className="q-generate no-print">
      <button type="button" className="button" disabled={busy} onClick={() => generate(false)}>
        {busy ? t('q.generating') : t('q.generate')}
      </button>
      {again && (
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => generate(true)}>
          {t('q.anotherSet')}
        </button>
      )}
    </div>
  );
}
