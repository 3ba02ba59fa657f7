/** “handouts”部分的界面文案（键以 `handouts.` 开头）。 */
export const zhHandouts = {
  'handouts.title': 'handouts',
} as const;
