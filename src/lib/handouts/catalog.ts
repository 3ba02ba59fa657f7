import type { GuideLink, WorksheetKind } from '../worksheets/kinds';
import { worksheetKinds } from '../worksheets/kinds';
import { blankLayouts } from './blank-layouts';

/**
 * Every printable handout: one A4 sheet per framework, the GROW pocket card, and a blank
 * copy of every worksheet. The id is the address (`/handouts/<id>/`, `/en/handouts/<id>/`)
 * and the content file name, so none may be renamed once published.
 */

/** The frameworks with a one-page sheet, in the order the method teaches them. */
export const frameworkHandoutIds = ['smart-ar', 'prep', '3e', 'grow', 'best', '5r', 'flash-retro'] as const;
export type FrameworkHandoutId = (typeof frameworkHandoutIds)[number];

export const pocketCardId = 'grow-pocket-card';

/** The one-page card of the whole method: five steps, their frameworks and the policy's rhythm. */
export const quickCardId = 'quick-card';

export type BlankHandoutId = `blank-${WorksheetKind}`;
export type HandoutId = FrameworkHandoutId | typeof pocketCardId | typeof quickCardId | BlankHandoutId;

/** The guide section each framework sheet points to (the anchors are the same in every language). */
export const frameworkGuide: Record<FrameworkHandoutId, GuideLink> = {
  'smart-ar': { module: 'goals', section: 'smart-ar' },
  prep: { module: 'conversation', section: 'prep' },
  '3e': { module: 'feedback', section: '3e' },
  grow: { module: 'feedback', section: 'grow' },
  best: { module: 'feedback', section: 'best' },
  '5r': { module: 'action', section: '5r' },
  'flash-retro': { module: 'tracking', section: 'flash-retro' },
};

/**
 * The letters or numbers of each framework's steps, in order. The content files of both
 * languages must list exactly these (a unit test checks), so the sheets teach the same steps.
 */
export const frameworkLetters: Record<FrameworkHandoutId, readonly string[]> = {
  'smart-ar': ['S', 'M', 'A', 'R', 'T', 'A', 'R'],
  prep: ['P', 'R', 'E', 'P'],
  '3e': ['E', 'E', 'E'],
  grow: ['G', 'R', 'O', 'W'],
  best: ['B', 'E', 'S', 'T'],
  '5r': ['R', 'R', 'R', 'R', 'R'],
  'flash-retro': ['1', '2', '3', '?'],
};

export type HandoutInfo =
  | { id: FrameworkHandoutId; type: 'framework'; pages: 1; guide: GuideLink }
  | { id: typeof pocketCardId; type: 'pocket-card'; pages: 1; guide: GuideLink }
  | { id: typeof quickCardId; type: 'quick-card'; pages: 1; guide: GuideLink }
  | { id: BlankHandoutId; type: 'blank'; pages: number; kind: WorksheetKind };

export function blankHandoutId(kind: WorksheetKind): BlankHandoutId {
  return `blank-${kind}`;
}

/** Every handout in menu order, with the number of A4 pages it prints on. */
export const handoutCatalog: readonly HandoutInfo[] = [
  { id: quickCardId, type: 'quick-card', pages: 1, guide: { module: 'overview', section: 'framework' } },
  ...frameworkHandoutIds.map((id): HandoutInfo => ({
    id,
    type: 'framework',
    pages: 1,
    guide: frameworkGuide[id],
  })),
  { id: pocketCardId, type: 'pocket-card', pages: 1, guide: frameworkGuide.grow },
  ...worksheetKinds.map((kind): HandoutInfo => ({
    id: blankHandoutId(kind),
    type: 'blank',
    pages: blankLayouts[kind].pages.length,
    kind,
  })),
];

export function findHandout(id: string): HandoutInfo | undefined {
  return handoutCatalog.find((handout) => handout.id === id);
}

export function isFrameworkHandoutId(value: string): value is FrameworkHandoutId {
  return (frameworkHandoutIds as readonly string[]).includes(value);
}
