import type { SectionLoaders } from './section-loaders';

/** The parts of the English dictionary that code in the browser loads when it needs them. */
export const enSections: SectionLoaders = {
  'markdown-common': () => import('./en-parts/markdown-common').then((part) => part.enMarkdownCommon),
  'flash-retro-hints': () => import('./en-parts/flash-retro-hints').then((part) => part.enFlashRetroHints),
  'flash-retro-markdown': () =>
    import('./en-parts/flash-retro-markdown').then((part) => part.enFlashRetroMarkdown),
  tracking: () => import('./en-parts/tracking').then((part) => part.enTracking),
  'prep-sheet-hints': () => import('./en-parts/prep-sheet-hints').then((part) => part.enPrepSheetHints),
  'prep-sheet-markdown': () =>
    import('./en-parts/prep-sheet-markdown').then((part) => part.enPrepSheetMarkdown),
  'smart-ar-hints': () => import('./en-parts/smart-ar-hints').then((part) => part.enSmartArHints),
  'smart-ar-scale': () => import('./en-parts/smart-ar-scale').then((part) => part.enSmartArScale),
  'smart-ar-markdown': () => import('./en-parts/smart-ar-markdown').then((part) => part.enSmartArMarkdown),
  'prep-planner-hints': () => import('./en-parts/prep-planner-hints').then((part) => part.enPrepPlannerHints),
  'prep-planner-markdown': () =>
    import('./en-parts/prep-planner-markdown').then((part) => part.enPrepPlannerMarkdown),
  'feedback-hints': () => import('./en-parts/feedback-hints').then((part) => part.enFeedbackHints),
  'feedback-markdown': () => import('./en-parts/feedback-markdown').then((part) => part.enFeedbackMarkdown),
  'action-plan-hints': () => import('./en-parts/action-plan-hints').then((part) => part.enActionPlanHints),
  'action-plan-markdown': () =>
    import('./en-parts/action-plan-markdown').then((part) => part.enActionPlanMarkdown),
  'grow-questions-hints': () =>
    import('./en-parts/grow-questions-hints').then((part) => part.enGrowQuestionsHints),
  'grow-questions-markdown': () =>
    import('./en-parts/grow-questions-markdown').then((part) => part.enGrowQuestionsMarkdown),
  'observer-checklist-markdown': () =>
    import('./en-parts/observer-checklist-markdown').then((part) => part.enObserverChecklistMarkdown),
  'observer-labels': () => import('./en-parts/observer-labels').then((part) => part.enObserverLabels),
  'observer-checklist-hints': () =>
    import('./en-parts/observer-checklist-hints').then((part) => part.enObserverChecklistHints),
  'prep-planner-agenda': () =>
    import('./en-parts/prep-planner-agenda').then((part) => part.enPrepPlannerAgenda),
  'action-plan-calendar': () =>
    import('./en-parts/action-plan-calendar').then((part) => part.enActionPlanCalendar),
  'tracking-calendar': () => import('./en-parts/tracking-calendar').then((part) => part.enTrackingCalendar),
  'worksheet-errors': () => import('./en-parts/worksheet-errors').then((part) => part.enWorksheetErrors),
  'link-errors': () => import('./en-parts/link-errors').then((part) => part.enLinkErrors),
  'plan-from-prep-sheet': () =>
    import('./en-parts/plan-from-prep-sheet').then((part) => part.enPlanFromPrepSheet),
  'grow-request': () => import('./en-parts/grow-request').then((part) => part.enGrowRequest),
  'grow-errors': () => import('./en-parts/grow-errors').then((part) => part.enGrowErrors),
  'grow-prompt': () => import('./en-parts/grow-prompt').then((part) => part.enGrowPrompt),
};
