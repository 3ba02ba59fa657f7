import type { zhSmartArScale } from '../zh-CN-parts/smart-ar-scale';

/** The five-step likelihood's names, for the form's options and the export (keys start with `ws.smartAr.fiveStep.`). */
export const enSmartArScale: Record<keyof typeof zhSmartArScale, string> = {
  'ws.smartAr.fiveStep.1': 'very unlikely',
  'ws.smartAr.fiveStep.2': 'unlikely',
  'ws.smartAr.fiveStep.3': 'even',
  'ws.smartAr.fiveStep.4': 'likely',
  'ws.smartAr.fiveStep.5': 'very likely',
};
