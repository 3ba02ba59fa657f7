import { isSamePerson } from './person';
import { sentenceRules, type Locale } from '../i18n/locales';
import type { GrowQuestion } from '../grow/question';
import { growStages } from '../grow/question';
import type { PlannedAction } from './action-plan';
import type { WorksheetDoc, WorksheetDocLike } from './document';
import { MAX_LONG, MAX_TEXT } from './fields';
import type { FlashRetroData } from './flash-retro';
// Schemas, not the kinds' modules: a flow needs the other kind's shape, not its hints and
// Markdown, and importing a module would bundle it into every page that uses a flow.
import {
  growListLimits,
  growQuestionsSchema,
  type GrowListSource,
  type GrowQuestionsData,
} from './grow-questions/schema';
import { filled } from './hint';
import { localDateOf } from './dates';
import { createDefaultPrepPlanner, type PrepPlannerData } from './prep-planner/schema';
import type { PrepSheetData } from './prep-sheet';
import { smartArLimits, type Adjustment, type SmartArData } from './smart-ar/schema';

/**
 * The hand-overs between worksheets: one worksheet's content becomes the starting point of
 * the next, as the method moves from preparing to talking to following up. All pure: the
 * caller loads and saves.
 */

interface FlowText {
  listSeparator: string;
  previous: string;
  current: string;
  target: string;
  arrow: string;
}

const text: Record<Locale, FlowText> = {
  'zh-CN': { listSeparator: '：', previous: '上期', current: '本期', target: '目标', arrow: ' → ' },
  en: { listSeparator: ': ', previous: 'previous', current: 'now', target: 'target', arrow: ' → ' },
};

/**
 * A PREP plan started from a prep sheet: Point from the employee's topics, Reason from the
 * manager's metrics, Example from the projects (the conversation picks one or two), Plan
 * left for the conversation itself.
 */
export function planFromPrepSheet(
  prep: PrepSheetData,
  locale: Locale,
  sourcePrepSheetId?: string,
): PrepPlannerData {
  const t = text[locale];
  const lines = (items: readonly string[]) =>
    items
      .filter((item) => item !== '')
      .join('\n')
      .slice(0, MAX_LONG);
  const metricLine = (metric: PrepSheetData['metrics'][number]) => {
    const trend = [
      filled(metric.previous) ? `${t.previous} ${metric.previous.trim()}` : '',
      filled(metric.current) ? `${t.current} ${metric.current.trim()}` : '',
    ].filter((part) => part !== '');
    const parts = [
      trend.join(t.arrow),
      filled(metric.target) ? `${t.target} ${metric.target.trim()}` : '',
    ].filter((part) => part !== '');
    return parts.length === 0
      ? metric.name.trim()
      : `${metric.name.trim()}${t.listSeparator}${parts.join(sentenceRules(locale).listSeparator)}`;
  };
  const plan = createDefaultPrepPlanner(locale);
  return {
    ...plan,
    point: lines(prep.topics.map((topic) => topic.trim())),
    reason: lines(prep.metrics.filter((metric) => filled(metric.name)).map(metricLine)),
    example: lines(
      prep.projects
        .filter((project) => filled(project.name))
        .map((project) =>
          filled(project.progress)
            ? `${project.name.trim()}${t.listSeparator}${project.progress.trim()}`
            : project.name.trim(),
        ),
    ),
    ...(sourcePrepSheetId === undefined ? {} : { sourcePrepSheetId }),
  };
}

export interface OpenActions {
  /** The 5R plan the actions come from. */
  planId: string;
  planTitle: string;
  conversationDate: string;
  /** Actions with a result that are not done yet, with their position in the plan. */
  actions: { index: number; action: PlannedAction }[];
}

/**
 * The open actions of the latest 5R plan for a person, shown first in a flash retro so the
 * next conversation starts from what was promised. "Latest" is by conversation date, then
 * creation. `person` undefined or empty means worksheets not tagged with anyone.
 */
export function openActionsForRetro(
  docs: readonly WorksheetDocLike[],
  person: string | undefined,
): OpenActions | undefined {
  // A document of kind 'action-plan' carries action-plan data: every way into a doc validates it.
  const plans = docs.filter(
    (doc) => doc.kind === 'action-plan' && isSamePerson(doc.person, person),
  ) as WorksheetDoc<'action-plan'>[];
  const order = (doc: WorksheetDoc<'action-plan'>) =>
    `${doc.data.conversationDate || localDateOf(doc.createdAt)}|${doc.createdAt}`;
  const latest = plans.reduce<WorksheetDoc<'action-plan'> | undefined>(
    (best, doc) => (best === undefined || order(doc) > order(best) ? doc : best),
    undefined,
  );
  if (latest === undefined) return undefined;
  return {
    planId: latest.id,
    planTitle: latest.title,
    conversationDate: latest.data.conversationDate,
    actions: latest.data.actions
      .map((action, index) => ({ index, action }))
      .filter(({ action }) => action.state !== 'done' && filled(action.result)),
  };
}

/**
 * A GROW list worksheet from generated questions (the rules engine's or the AI's), in GROW
 * order, each with an id and unticked.
 */
export function growListFromQuestions(
  questions: readonly GrowQuestion[],
  options: { source?: GrowListSource; sourcePrepSheetId?: string } = {},
): GrowQuestionsData {
  const ordered = growStages
    .flatMap((stage) => questions.filter((question) => question.stage === stage))
    .slice(0, growListLimits.questions);
  return growQuestionsSchema.parse({
    questions: ordered.map((question, index) => ({
      id: `q${index + 1}`,
      stage: question.stage,
      text: question.text.slice(0, MAX_TEXT),
    })),
    source: options.source ?? 'rules',
    ...(options.sourcePrepSheetId === undefined ? {} : { sourcePrepSheetId: options.sourcePrepSheetId }),
  });
}

/** A draft adjustment-log entry from a flash retro: its date, its obstacle as the reason, its judgment as the kind. */
export function adjustmentFromRetro(retro: FlashRetroData): Adjustment {
  const reason = [retro.obstacle.trim(), retro.improvement.trim()].filter((part) => part !== '').join('\n');
  return {
    date: retro.date,
    reason: reason.slice(0, MAX_TEXT),
    before: '',
    after: '',
    kind: retro.judgment === 'execution' ? 'execution' : 'goal',
  };
}

export type AppendAdjustmentResult =
  { type: 'success'; data: SmartArData } | { type: 'error'; code: 'too_many_adjustments'; max: number };

/** Adds an entry to a goal's adjustment log, newest last. */
export function appendAdjustment(goal: SmartArData, adjustment: Adjustment): AppendAdjustmentResult {
  if (goal.adjustments.length >= smartArLimits.adjustments) {
    return { type: 'error', code: 'too_many_adjustments', max: smartArLimits.adjustments };
  }
  return { type: 'success', data: { ...goal, adjustments: [...goal.adjustments, adjustment] } };
}
