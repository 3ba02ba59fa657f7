import type { WorksheetKind } from '../../../lib/worksheets/kinds';

/** Ways to take a worksheet away from the page. */
export type TakeAwayAction =
  'copyMarkdown' | 'exportJson' | 'exportMarkdown' | 'sendLink' | 'print' | 'newWorksheet';

/**
 * One primary action, the rest in a menu: the prep sheet travels as a file to the manager;
 * every other worksheet is most often pasted into a chat, a mail or notes.
 */
export function takeAwayActions(kind: WorksheetKind): { primary: TakeAwayAction; menu: TakeAwayAction[] } {
  const sendsFile = kind === 'prep-sheet';
  return {
    primary: sendsFile ? 'exportJson' : 'copyMarkdown',
    menu: [sendsFile ? 'copyMarkdown' : 'exportJson', 'exportMarkdown', 'sendLink', 'print', 'newWorksheet'],
  };
}
