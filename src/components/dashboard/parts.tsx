import type { ReactNode } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { localizePath } from '../../lib/i18n/paths';
import type { GuideRef, HealthState } from '../../lib/tracking/model';
import { healthLabel } from '../../lib/tracking/text';
import type { StoredPeopleSettings } from '../../lib/tracking/people';
import type { WorksheetDocLike } from '../../lib/worksheets/document';
import type { IslandTranslate } from '../shared/island-strings';
import { worksheetHref } from '../../lib/worksheets/href';
import type { WorksheetKind } from '../../lib/worksheets/kinds';

/** What the dashboards read once after the first render: every worksheet, the people settings, today. */
export interface DashboardData {
  docs: WorksheetDocLike[];
  settings: StoredPeopleSettings;
  today: string;
}

/** Health never by color alone: a shape, a word, and a class for the color. */
const healthIcon: Record<HealthState, string> = {
  'off-track': '✕',
  'at-risk': '!',
  'on-track': '✓',
  'no-data': '?',
};

export function HealthBadge({ state, locale }: { state: HealthState; locale: Locale }) {
  return (
    <span className={`health health--${state}`}>
      <span className="health__icon" aria-hidden="true">
        {healthIcon[state]}
      </span>
      {healthLabel(state, locale)}
    </span>
  );
}

export function guideHref(guide: GuideRef, locale: Locale): string {
  return localizePath(`/guide/${guide.module}/#${guide.anchor}`, locale);
}

export function GuideLink({
  guide,
  locale,
  t,
  label,
}: {
  guide: GuideRef;
  locale: Locale;
  t: IslandTranslate;
  label: string;
}) {
  return (
    <a className="dash-why" href={guideHref(guide, locale)} aria-label={t('dash.whyLabel', { item: label })}>
      {t('dash.why')}
    </a>
  );
}

/** A stored worksheet's page, built like every worksheet address (`worksheetHref`). */
export function openHref(kind: WorksheetKind, id: string, locale: Locale): string {
  return worksheetHref(kind, locale, { id });
}

export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section className="dash-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro !== undefined && <p className="dash-section__intro">{intro}</p>}
      {children}
    </section>
  );
}

/** A share 0–1 as a whole percentage. */
export const pct = (share: number | undefined) => (share === undefined ? 0 : Math.round(share * 100));
