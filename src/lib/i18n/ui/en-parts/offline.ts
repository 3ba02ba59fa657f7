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

  'ws.observer.chooseScenario': 'Choose a role-play scenario',
  'ws.observer.chooseScenarioHelp':
    'Fills in its id and ticks the frameworks it practises below; change them if your trio plays it differently.',
  'ws.observer.chooseScenarioNone': '(none: type it below)',

  'menu.open': 'Menu',
  'menu.label': 'Show or hide the site navigation',

  'sealed.send.button': 'Send as a link',
  'sealed.send.title': 'Send as an encrypted link',
  'sealed.send.intro':
    'The whole worksheet (title, person and everything in it) is compressed, encrypted and put into the link itself. The part of a link after # is never sent to any server, so this site never sees it.',
  'sealed.send.who': 'Who can open it',
  'sealed.send.modeKey': 'Anyone who has the whole link',
  'sealed.send.modePassphrase': 'Only someone with the link and a passphrase',
  'sealed.send.passphrase': 'Passphrase',
  'sealed.send.passphraseHelp':
    'At least {min} characters. Tell it to them another way (in person or by phone), never in the same message as the link.',
  'sealed.send.passphraseShort': 'The passphrase needs at least {min} characters.',
  'sealed.send.make': 'Make the link',
  'sealed.send.working': 'Encrypting…',
  'sealed.send.link': 'Encrypted link',
  'sealed.send.copy': 'Copy the link',
  'sealed.send.copied': 'Link copied.',
  'sealed.send.copyFailed': 'Couldn’t copy. Select the link above and copy it yourself.',
  'sealed.send.readersKey':
    'Anyone who has this whole link can read the worksheet, and nobody else can (this site included), so send it only to the person who needs it.',
  'sealed.send.readersPassphrase':
    'Only someone who has both this link and the passphrase can read the worksheet; nobody else can, this site included.',
  'sealed.send.long':
    'This link is {length} characters long, and some chat tools and mail clients cut long links. If it doesn’t open for them, send the file from Export JSON instead.',
  'sealed.send.close': 'Close',
  'sealed.send.unavailable':
    'The encryption code couldn’t load (the connection may have dropped). Try again once you’re online, or use Export JSON.',

  'sealed.open.title': 'Open a worksheet link',
  'sealed.open.lead':
    'A worksheet someone sent you with “Send as a link”: it is decrypted here, in your browser, for you to read before you decide to keep it.',
  'sealed.open.readersKey':
    'The worksheet in this link is encrypted: anyone who has the whole link can read it, and nobody else can, this site included.',
  'sealed.open.readersPassphrase':
    'The worksheet in this link is encrypted: only someone with both the link and its passphrase can read it; nobody else can, this site included.',
  'sealed.open.reading': 'Decrypting…',
  'sealed.open.passphraseTitle': 'This link needs a passphrase',
  'sealed.open.passphrase': 'Passphrase',
  'sealed.open.passphraseHelp': 'The sender should have told you another way. Opening takes a second or two.',
  'sealed.open.unlock': 'Open',
  'sealed.open.holds': 'What the link holds',
  'sealed.open.kind': 'Worksheet',
  'sealed.open.worksheetTitle': 'Title',
  'sealed.open.person': 'Person',
  'sealed.open.updated': 'Last changed',
  'sealed.open.content': 'Content',
  'sealed.open.save': 'Save to my worksheets',
  'sealed.open.conflict':
    'You already have this worksheet (perhaps an earlier version someone sent). Keep both, or replace yours with the one in the link?',
  'sealed.open.keepBoth': 'Keep both',
  'sealed.open.replace': 'Replace mine',
  'sealed.open.saved': 'Saved to My worksheets.',
  'sealed.open.openIt': 'Open the worksheet',
  'sealed.open.saveFailed': 'Couldn’t save: browser storage failed. The link still works; try again later.',
  'sealed.open.noLink':
    'There is no link here yet. Open the encrypted link someone sent you (an address with …/worksheets/open/#sealed=).',
};
