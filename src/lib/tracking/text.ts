import type { Locale } from '../i18n/locales';
import { pluralOf } from '../i18n/plural';
import { sectionText } from '../i18n/sections';
import type { HealthReason } from './health';
import type { HealthState } from './model';
import type { RiskSignal } from './signals';

/**
 * The dashboards' words (dictionary section `tracking`, loaded with the dashboards' first read): the name of each health state and the reason
 * behind it, each risk signal as a sentence. Facts are quoted as the user wrote them and
 * rendered as text, never HTML.
 */

const str = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** Cuts a quoted text to one short line. */
export function quote(text: string | number | undefined, max = 60): string {
  const line = str(text).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The name of a health state: "At risk". */
export function healthLabel(state: HealthState, locale: Locale): string {
  return sectionText(locale, 'tracking')(`tracking.health.${state}`);
}

type Facts = Record<string, string | number>;

/** Why a goal has its health state, in one sentence with the user's own figures. */
export function describeReason(reason: HealthReason, locale: Locale): string {
  const t = sectionText(locale, 'tracking');
  const f: Facts = reason.facts;
  const facts = { ...f, milestone: quote(f['indicator'] || f['target']) };
  if (reason.code === 'low-likelihood' && f['trend'] === 'down')
    return t('tracking.reason.low-likelihood-falling', facts);
  return t(`tracking.reason.${reason.code}`, facts);
}

/** Short name of each signal, for filters and headings. */
export function signalLabel(code: RiskSignal['code'], locale: Locale): string {
  return sectionText(locale, 'tracking')(`tracking.signalLabel.${code}`);
}

/** A risk signal as a sentence, its quoted facts cut to one short line. */
export function describeSignal(signal: RiskSignal, locale: Locale): string {
  const t = sectionText(locale, 'tracking');
  const f: Facts = signal.facts;
  const facts = {
    ...f,
    result: quote(f['result']),
    reason: quote(f['reason']),
    what: quote(f['what']),
    title: quote(f['title']),
  };
  switch (signal.code) {
    case 'overdue-action':
      return t(`tracking.signal.overdue-action.${pluralOf(Number(f['days']), locale)}`, facts);
    case 'blocked-action':
      return t(
        f['reason'] ? 'tracking.signal.blocked-action' : 'tracking.signal.blocked-action-no-reason',
        facts,
      );
    case 'review-delayed':
      return t(
        f['date'] ? 'tracking.signal.review-delayed' : 'tracking.signal.review-delayed-no-date',
        facts,
      );
    case 'feedback-no-follow-up':
      return t(
        f['title']
          ? 'tracking.signal.feedback-no-follow-up'
          : 'tracking.signal.feedback-no-follow-up-untitled',
        facts,
      );
    default:
      return t(`tracking.signal.${signal.code}`, facts);
  }
}
