/**
 * 中文词典中按需加载的部分：浏览器里的代码用到时才加载（见 `../sections.ts`）。
 * 每一部分也并入 `zh-CN.ts` 的完整词典。新增一部分时，其他语言缺了它就无法通过类型检查。
 */
export const zhSections = {
  'markdown-common': () => import('./zh-CN-parts/markdown-common').then((part) => part.zhMarkdownCommon),
  'flash-retro-hints': () => import('./zh-CN-parts/flash-retro-hints').then((part) => part.zhFlashRetroHints),
  'flash-retro-markdown': () =>
    import('./zh-CN-parts/flash-retro-markdown').then((part) => part.zhFlashRetroMarkdown),
  tracking: () => import('./zh-CN-parts/tracking').then((part) => part.zhTracking),
  'prep-sheet-hints': () => import('./zh-CN-parts/prep-sheet-hints').then((part) => part.zhPrepSheetHints),
  'prep-sheet-markdown': () =>
    import('./zh-CN-parts/prep-sheet-markdown').then((part) => part.zhPrepSheetMarkdown),
  'smart-ar-hints': () => import('./zh-CN-parts/smart-ar-hints').then((part) => part.zhSmartArHints),
  'smart-ar-scale': () => import('./zh-CN-parts/smart-ar-scale').then((part) => part.zhSmartArScale),
  'smart-ar-markdown': () => import('./zh-CN-parts/smart-ar-markdown').then((part) => part.zhSmartArMarkdown),
  'prep-planner-hints': () =>
    import('./zh-CN-parts/prep-planner-hints').then((part) => part.zhPrepPlannerHints),
  'prep-planner-markdown': () =>
    import('./zh-CN-parts/prep-planner-markdown').then((part) => part.zhPrepPlannerMarkdown),
  'feedback-hints': () => import('./zh-CN-parts/feedback-hints').then((part) => part.zhFeedbackHints),
  'feedback-markdown': () =>
    import('./zh-CN-parts/feedback-markdown').then((part) => part.zhFeedbackMarkdown),
  'action-plan-hints': () => import('./zh-CN-parts/action-plan-hints').then((part) => part.zhActionPlanHints),
  'action-plan-markdown': () =>
    import('./zh-CN-parts/action-plan-markdown').then((part) => part.zhActionPlanMarkdown),
  'grow-questions-hints': () =>
    import('./zh-CN-parts/grow-questions-hints').then((part) => part.zhGrowQuestionsHints),
  'grow-questions-markdown': () =>
    import('./zh-CN-parts/grow-questions-markdown').then((part) => part.zhGrowQuestionsMarkdown),
  'observer-checklist-markdown': () =>
    import('./zh-CN-parts/observer-checklist-markdown').then((part) => part.zhObserverChecklistMarkdown),
  'observer-labels': () => import('./zh-CN-parts/observer-labels').then((part) => part.zhObserverLabels),
  'observer-checklist-hints': () =>
    import('./zh-CN-parts/observer-checklist-hints').then((part) => part.zhObserverChecklistHints),
  'prep-planner-agenda': () =>
    import('./zh-CN-parts/prep-planner-agenda').then((part) => part.zhPrepPlannerAgenda),
  'action-plan-calendar': () =>
    import('./zh-CN-parts/action-plan-calendar').then((part) => part.zhActionPlanCalendar),
  'tracking-calendar': () =>
    import('./zh-CN-parts/tracking-calendar').then((part) => part.zhTrackingCalendar),
  'worksheet-errors': () => import('./zh-CN-parts/worksheet-errors').then((part) => part.zhWorksheetErrors),
  'link-errors': () => import('./zh-CN-parts/link-errors').then((part) => part.zhLinkErrors),
  'plan-from-prep-sheet': () =>
    import('./zh-CN-parts/plan-from-prep-sheet').then((part) => part.zhPlanFromPrepSheet),
  'grow-request': () => import('./zh-CN-parts/grow-request').then((part) => part.zhGrowRequest),
  'grow-errors': () => import('./zh-CN-parts/grow-errors').then((part) => part.zhGrowErrors),
  'grow-prompt': () => import('./zh-CN-parts/grow-prompt').then((part) => part.zhGrowPrompt),
};
