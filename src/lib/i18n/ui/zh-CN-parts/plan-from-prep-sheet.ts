/** 从准备单开始 PREP 规划时，指标数值前的用语（键以 `flow.planFromPrepSheet.` 开头）。 */
export const zhPlanFromPrepSheet = {
  'flow.planFromPrepSheet.previous': '上期',
  'flow.planFromPrepSheet.current': '本期',
  'flow.planFromPrepSheet.target': '目标',
} as const;
