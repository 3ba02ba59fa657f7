/** 五级达成把握的名称：表单的选项和导出都用它（键以 `ws.smartAr.fiveStep.` 开头）。 */
export const zhSmartArScale = {
  'ws.smartAr.fiveStep.1': '很没把握',
  'ws.smartAr.fiveStep.2': '没太大把握',
  'ws.smartAr.fiveStep.3': '一半一半',
  'ws.smartAr.fiveStep.4': '比较有把握',
  'ws.smartAr.fiveStep.5': '很有把握',
} as const;
