import type { WorksheetDocLike } from '../worksheets/document';
import { addDays } from '../dates';
import { personCoverage, teamCoverage, type PersonCoverage, type TeamCoverage } from './coverage';
import { goalHealth, personHealth, type GoalHealth } from './health';
import {
  groupByPerson,
  healthRank,
  isArchived,
  isMine,
  planDate,
  type GoalDoc,
  type HealthState,
  type PeopleSettings,
  type PersonDocs,
  type PlanDoc,
} from './model';
import { riskSignals, type RiskSignal } from './signals';
import { coachingPolicy } from '../policy';
import type { PlannedAction } from '../worksheets/action-plan/schema';

/**
 * The two dashboards' figures, computed in one pass over the stored worksheets.
 * `teamView` is the manager's "My team"; `progressView` the employee's "My progress".
 */

export interface GoalRow {
  id: string;
  title: string;
  goal: string;
  health: GoalHealth;
}

export interface TeamRow {
  key: string;
  name: string;
  health: HealthState;
  goals: GoalRow[];
  signals: RiskSignal[];
  coverage: PersonCoverage;
  /** Worksheets about this person. */
  worksheetCount: number;
}

export interface TeamView {
  rows: TeamRow[];
  coverage: TeamCoverage;
  /** People archived on this device, by name, with how many worksheets they have. */
  archived: { key: string; name: string; worksheetCount: number }[];
}

function goalRows(goals: readonly GoalDoc[], today: string): GoalRow[] {
  return goals
    .map((goal) => ({
      id: goal.id,
      title: goal.title,
      goal: goal.data.goal,
      health: goalHealth(goal, today),
    }))
    .sort((a, b) => healthRank[b.health.state] - healthRank[a.health.state]);
}

function countDocs(person: PersonDocs): number {
  return (
    person.goals.length +
    person.plans.length +
    person.retros.length +
    person.feedback.length +
    person.prepSheets.length +
    person.planners.length
  );
}

/**
 * Orders rows by what needs attention first: worse health, then more signals, then no
 * conversation in the window, then longer since the last one, then name.
 */
export function byAttention(a: TeamRow, b: TeamRow): number {
  return (
    healthRank[b.health] - healthRank[a.health] ||
    b.signals.length - a.signals.length ||
    Number(b.coverage.overdue) - Number(a.coverage.overdue) ||
    (b.coverage.daysSince ?? Number.POSITIVE_INFINITY) - (a.coverage.daysSince ?? Number.POSITIVE_INFINITY) ||
    a.name.localeCompare(b.name)
  );
}

/** The manager's view: one row per person (not "me", not untagged, not archived), attention first. */
export function teamView(
  docs: readonly WorksheetDocLike[],
  today: string,
  settings: PeopleSettings = {},
  options: { includePractice?: boolean } = {},
): TeamView {
  const people = groupByPerson(docs, options);
  const rows: TeamRow[] = [];
  const archived: TeamView['archived'] = [];
  for (const person of people.values()) {
    if (person.key === '' || isMine(person.name, settings)) continue;
    if (isArchived(person.name, settings)) {
      archived.push({ key: person.key, name: person.name, worksheetCount: countDocs(person) });
      continue;
    }
    const goals = goalRows(person.goals, today);
    rows.push({
      key: person.key,
      name: person.name,
      health: personHealth(goals.map((goal) => goal.health)),
      goals,
      signals: riskSignals(person, today),
      coverage: personCoverage(person, today),
      worksheetCount: countDocs(person),
    });
  }
  rows.sort(byAttention);
  archived.sort((a, b) => a.name.localeCompare(b.name));
  return { rows, coverage: teamCoverage(rows.map((row) => row.coverage)), archived };
}

export interface ActionRow {
  planId: string;
  index: number;
  action: PlannedAction;
  planDate: string;
  person: string;
}

export interface ProgressView {
  goals: GoalRow[];
  /** Open and blocked actions by review date (past it, within the week, later, none), and done ones newest first. */
  actions: {
    overdue: ActionRow[];
    thisWeek: ActionRow[];
    later: ActionRow[];
    undated: ActionRow[];
    done: ActionRow[];
  };
  /** What stands in the way: blocked actions, and the obstacles named in flash retros (newest first). */
  obstacles: (
    | { source: 'action'; planId: string; result: string; reason: string; date: string }
    | { source: 'retro'; retroId: string; obstacle: string; tried: string; date: string }
  )[];
  adjustments: {
    goalId: string;
    goal: string;
    date: string;
    kind: 'goal' | 'execution';
    reason: string;
    before: string;
    after: string;
  }[];
  signals: RiskSignal[];
  health: HealthState;
}

function actionRows(plans: readonly PlanDoc[]): ActionRow[] {
  return plans.flatMap((plan) =>
    plan.data.actions
      .map((action, index) => ({
        planId: plan.id,
        index,
        action,
        planDate: planDate(plan),
        person: plan.person ?? '',
      }))
      .filter((row) => row.action.result.trim() !== ''),
  );
}

const byReviewDate = (a: ActionRow, b: ActionRow) =>
  a.action.reviewDate < b.action.reviewDate ? -1 : a.action.reviewDate > b.action.reviewDate ? 1 : 0;

/**
 * The employee's view over "my" worksheets (see `isMine`): goals with their health, actions
 * by review date (overdue, due within `microActionWithinDays`, later, undated; done ones
 * newest first), obstacles and the adjustment trace.
 */
export function progressView(
  docs: readonly WorksheetDocLike[],
  today: string,
  settings: PeopleSettings = {},
  options: { includePractice?: boolean } = {},
): ProgressView {
  const mine = docs.filter((doc) => isMine(doc.person, settings));
  const merged = [...groupByPerson(mine, options).values()];
  const person: PersonDocs = {
    name: settings.me ?? '',
    key: '',
    goals: merged.flatMap((entry) => entry.goals),
    plans: merged.flatMap((entry) => entry.plans),
    retros: merged.flatMap((entry) => entry.retros),
    feedback: merged.flatMap((entry) => entry.feedback),
    prepSheets: merged.flatMap((entry) => entry.prepSheets),
    planners: merged.flatMap((entry) => entry.planners),
  };
  const goals = goalRows(person.goals, today);
  const weekEnd = addDays(today, coachingPolicy.microActionWithinDays - 1);
  const all = actionRows(person.plans);
  const open = all.filter((row) => row.action.state !== 'done').sort(byReviewDate);
  const obstacles: ProgressView['obstacles'] = [
    ...all
      .filter((row) => row.action.state === 'blocked')
      .map((row) => ({
        source: 'action' as const,
        planId: row.planId,
        result: row.action.result,
        reason: row.action.blockedReason,
        date: row.planDate,
      })),
    ...person.retros
      .filter((retro) => retro.data.obstacle.trim() !== '')
      .map((retro) => ({
        source: 'retro' as const,
        retroId: retro.id,
        obstacle: retro.data.obstacle,
        tried: retro.data.tried,
        date: retro.data.date || retro.createdAt.slice(0, 10),
      })),
  ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const adjustments = person.goals
    .flatMap((goal) =>
      goal.data.adjustments.map((adjustment) => ({
        goalId: goal.id,
        goal: goal.data.goal || goal.title,
        ...adjustment,
      })),
    )
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return {
    goals,
    actions: {
      overdue: open.filter((row) => row.action.reviewDate !== '' && row.action.reviewDate < today),
      thisWeek: open.filter((row) => row.action.reviewDate >= today && row.action.reviewDate <= weekEnd),
      later: open.filter((row) => row.action.reviewDate > weekEnd),
      undated: open.filter((row) => row.action.reviewDate === ''),
      done: all
        .filter((row) => row.action.state === 'done')
        .sort((a, b) => (a.action.doneOn < b.action.doneOn ? 1 : a.action.doneOn > b.action.doneOn ? -1 : 0)),
    },
    obstacles,
    adjustments,
    signals: riskSignals(person, today),
    health: personHealth(goals.map((goal) => goal.health)),
  };
}
