import type { zhObserverChecklistMarkdown } from '../zh-CN-parts/observer-checklist-markdown';

/**
 * The observer checklist export's own words (keys start with `md.observer.`). Ticked items
 * and part names use the form's keys (`ws.observer.*`), so the export says what the form says.
 */
export const enObserverChecklistMarkdown: Record<keyof typeof zhObserverChecklistMarkdown, string> = {
  'md.observer.scenario': 'Scenario',
  'md.observer.manager': 'Manager',
  'md.observer.employee': 'Employee',
  'md.observer.observer': 'Observer',
  'md.observer.score': 'Score',
  'md.observer.scoreLine': '{done} of {total}',
  'md.observer.scoreColumns.0': 'Part',
  'md.observer.scoreColumns.1': 'Done',
  'md.observer.notInPlay': 'not practiced',
  'md.observer.growCount.one': '{count} question',
  'md.observer.growCount.other': '{count} questions',
};
