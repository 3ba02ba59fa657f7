import type { Locale } from '../../../lib/i18n/locales';
import type { PresenterBlock } from '../../../lib/workshop/agenda-schedule';
import type { IslandStrings } from '../../shared/island-strings';

export interface PresenterProps {
  locale: Locale;
  strings: IslandStrings;
  agendaTitle: string;
  /** The agenda page, for "exit". */
  agendaHref: string;
  /** Every block of every session, in order; embedded in the page so it runs offline. */
  blocks: PresenterBlock[];
  /** The same agenda's presenter in the other language (the site header is hidden here). */
  otherLanguage: { href: string; label: string; title: string; lang: string };
}
