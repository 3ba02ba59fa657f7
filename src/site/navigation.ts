import type { UiKey } from '../lib/i18n';

/** The main navigation: one entry per top-level area of the site, in order. */
export const primaryNav: { path: string; label: UiKey }[] = [
  { path: '/', label: 'nav.home' },
  { path: '/guide/', label: 'nav.guide' },
  { path: '/worksheets/', label: 'nav.worksheets' },
  { path: '/dashboard/', label: 'dash.nav' },
  { path: '/questions/', label: 'nav.questions' },
  { path: '/workshop/', label: 'nav.workshop' },
  { path: '/hr/', label: 'nav.hr' },
];
