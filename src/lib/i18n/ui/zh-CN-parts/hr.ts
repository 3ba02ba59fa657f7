/** “hr”部分的界面文案（键以 `hr.` 开头）。 */
export const zhHr = {
  'hr.title': 'hr',
} as const;
