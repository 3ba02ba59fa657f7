import type { zhPrepPlannerAgenda } from '../zh-CN-parts/prep-planner-agenda';

/** The agenda a new PREP planner starts with (keys start with `agenda.default.`); the minutes are in code. */
export const enPrepPlannerAgenda: Record<keyof typeof zhPrepPlannerAgenda, string> = {
  'agenda.default.opening': 'Opening: how did last time’s micro-action go?',
  'agenda.default.pointReason': 'Topic and evidence (Point · Reason)',
  'agenda.default.example': 'Examples, explored together (Example)',
  'agenda.default.plan': 'Plan and 5R actions (Plan)',
};
