import type { zhHandouts } from '../zh-CN-parts/handouts';

/** Strings of the "handouts" area (keys start with `handouts.`). */
export const enHandouts: Record<keyof typeof zhHandouts, string> = {
  'handouts.title': 'handouts',
};
