import type { zhHr } from '../zh-CN-parts/hr';

/** Strings of the "hr" area (keys start with `hr.`). */
export const enHr: Record<keyof typeof zhHr, string> = {
  'hr.title': 'hr',
};
