/** 团队日历文件的用语（键以 `calendar.team.` 开头）。 */
export const zhTrackingCalendar = {
  'calendar.team.goalReview.alone': '目标复盘：{goal}',
  'calendar.team.goalReview.withPerson': '目标复盘（{person}）：{goal}',
  'calendar.team.retro': '和{person}做一次快闪复盘',
  'calendar.team.retroBody':
    '15 到 20 分钟，三个问题：最满意的三件事、最大的一个障碍、接下来两周先改进的一件事。',
} as const;
