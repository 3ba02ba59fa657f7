import type { Locale } from '../../lib/i18n/locales';
import { MAX_PICKED_ITEMS, type PickedItem } from '../../lib/tracking/next-conversation';
import type { RiskSignal } from '../../lib/tracking/signals';
import { describeSignal, signalLabel } from '../../lib/tracking/text';
import type { IslandTranslate } from '../shared/island-strings';
import { GuideLink } from './parts';

/** Risk signals, each with its reason in words, a box to pick it for the next 1:1, and its guide section. */
export function SignalList({
  signals,
  t,
  locale,
  picked,
  onPick,
  person,
}: {
  signals: readonly RiskSignal[];
  t: IslandTranslate;
  locale: Locale;
  picked: Map<string, PickedItem>;
  onPick: (id: string, item: PickedItem | undefined) => void;
  person: string;
}) {
  if (signals.length === 0) return <p className="dash-empty-line">{t('dash.noSignals')}</p>;
  return (
    <ul className="dash-signals">
      {signals.map((signal) => {
        const label = signalLabel(signal.code, locale);
        const facts = describeSignal(signal, locale);
        const key = `${person}|${signal.id}`;
        const checked = picked.has(key);
        return (
          <li key={signal.id} className={`dash-signal dash-signal--${signal.code}`}>
            <label className="dash-pick">
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && picked.size >= MAX_PICKED_ITEMS}
                onChange={(event) => onPick(key, event.currentTarget.checked ? { label, facts } : undefined)}
              />
              <span>
                <strong>{label}</strong> {facts}
              </span>
            </label>{' '}
            <GuideLink guide={signal.guide} locale={locale} t={t} label={label} />
          </li>
        );
      })}
    </ul>
  );
}
