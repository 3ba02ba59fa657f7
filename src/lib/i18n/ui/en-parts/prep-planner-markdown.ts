import { termLabel, terms } from '../../../method/terms';

import type { zhPrepPlannerMarkdown } from '../zh-CN-parts/prep-planner-markdown';

/** Headings and words of the PREP planner's Markdown export (keys start with `md.prepPlanner.`). */
export const enPrepPlannerMarkdown: Record<keyof typeof zhPrepPlannerMarkdown, string> = {
  'md.prepPlanner.point': termLabel(terms.prep.point, 'en'),
  'md.prepPlanner.reason': termLabel(terms.prep.reason, 'en'),
  'md.prepPlanner.example': termLabel(terms.prep.example, 'en'),
  'md.prepPlanner.plan': termLabel(terms.prep.plan, 'en'),
  'md.prepPlanner.agenda': 'Agenda',
  'md.prepPlanner.agendaColumns.0': 'Part',
  'md.prepPlanner.agendaColumns.1': 'Minutes',
  'md.prepPlanner.total': '{minutes} minutes in total',
};
