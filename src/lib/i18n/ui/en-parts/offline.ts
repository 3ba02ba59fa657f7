import type { zhOffline } from '../zh-CN-parts/offline';

/** Strings for working offline, the update prompt, the phone menu and encrypted links (keys start with `offline.`, `menu.`, `sealed.`). */
export const enOffline: Record<keyof typeof zhOffline, string> = {
  'offline.updateAvailable': 'A new version of the toolkit is ready.',
  'offline.reload': 'Reload',
  'offline.dismiss': 'Later',
  'offline.waitingForSave':
    'Your latest changes are still being saved. The page reloads as soon as they are.',
  'offline.notSavable':
    'Your changes live only on this page right now (browser storage is unavailable), and reloading would lose them. Export them first, then choose Reload.',

  'q.local.offline':
    'You’re offline, so your browser generated these with the built-in rules and sent nothing. Try AI again once you’re back online.',

  'menu.open': 'Menu',
  'menu.label': 'Show or hide the site navigation',
};
