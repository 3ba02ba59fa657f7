/** 新建 PREP 谈话规划时预先排好的议程（键以 `agenda.default.` 开头）；时长在代码里。 */
export const zhPrepPlannerAgenda = {
  'agenda.default.opening': '开场：上次的微行动做得怎样',
  'agenda.default.pointReason': '主题与依据（Point · Reason）',
  'agenda.default.example': '实例（Example）：一起看具体情境',
  'agenda.default.plan': '计划（Plan）：定下 5R 行动',
} as const;
