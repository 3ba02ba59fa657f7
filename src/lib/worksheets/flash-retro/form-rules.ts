import type { Translate, UiKey } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import type { PlannedAction } from '../action-plan/schema';
import { displayTitle, MAX_PERSON, type WorksheetDocLike, type WorksheetSummary } from '../document';
import { adjustmentFromRetro, appendAdjustment, openActionsForRetro, type OpenActions } from '../flows/retro';
import type { SmartArData } from '../smart-ar/schema';
import { relatedWorksheets } from './related';
import { createDefaultFlashRetro, SATISFIED_COUNT, type FlashRetroData, type RetroJudgment } from './schema';

/**
 * The flash retro form's decisions, apart from React and storage: when to look up the
 * person's other worksheets and what was found, what a tick or a typed row does to the data,
 * which part of each section shows and which sentence it says.
 */

/** What the retro knows about the person's other worksheets. */
export type Related =
  | { type: 'idle' }
  | { type: 'loading' }
  | {
      type: 'ready';
      open: OpenActions | undefined;
      plan: WorksheetSummary | undefined;
      goals: WorksheetSummary[];
    }
  | { type: 'failed' };

/** Waits this long after the person field changes before looking again, so typing a name doesn't query on every key. */
export const PERSON_DEBOUNCE_MS = 300;

/**
 * Whether to read storage for the person's plans and goals: after how many milliseconds, or
 * `undefined` for not at all. With no person yet, only when `wanted`: a blank retro then opens
 * without reading storage (or loading its code). The first look is at once; later ones wait
 * for typing to pause.
 */
export function relatedLookupDelay(person: string, wanted: boolean, firstRun: boolean): number | undefined {
  if (person === '' && !wanted) return undefined;
  return firstRun ? 0 : PERSON_DEBOUNCE_MS;
}

/** The person's 5R plans whose documents the lookup reads, newest change first. */
export function plansToRead(
  summaries: readonly WorksheetSummary[],
  person: string,
  includePractice: boolean,
): WorksheetSummary[] {
  return relatedWorksheets(summaries, 'action-plan', person, { includePractice });
}

/** What the lookup found: the latest plan's open actions (and its summary) and the person's SMART-AR goals. */
export function relatedFound(
  summaries: readonly WorksheetSummary[],
  plans: readonly WorksheetSummary[],
  docs: readonly WorksheetDocLike[],
  person: string,
  includePractice: boolean,
): Extract<Related, { type: 'ready' }> {
  const open = openActionsForRetro(docs, person);
  return {
    type: 'ready',
    open,
    plan: open === undefined ? undefined : plans.find((plan) => plan.id === open.planId),
    goals: relatedWorksheets(summaries, 'smart-ar', person, { includePractice }),
  };
}

/** A tick saved in the plan shows at once; the action stays listed with its new state. */
export function withTickedAction(related: Related, index: number, action: PlannedAction): Related {
  if (related.type !== 'ready' || !related.open) return related;
  return {
    ...related,
    open: {
      ...related.open,
      actions: related.open.actions.map((item) => (item.index === index ? { index, action } : item)),
    },
  };
}

/** The satisfied rows as shown: always three, blank where nothing was written. */
export function satisfiedRows(satisfied: readonly string[]): string[] {
  return Array.from({ length: SATISFIED_COUNT }, (_, i) => satisfied[i] ?? '');
}

/** The satisfied list with row `index` typed into; shorter stored lists are padded to three first. */
export function withSatisfied(satisfied: readonly string[], index: number, value: string): string[] {
  return satisfiedRows(satisfied).map((row, i) => (i === index ? value : row));
}

/** A sentence about the person's worksheets, or about those not tagged with anyone. */
function aboutPerson(person: string, t: Translate, untagged: UiKey, tagged: UiKey): string {
  return person === '' ? t(untagged) : t(tagged, { person });
}

export const judgmentKeys: Record<RetroJudgment, UiKey> = {
  goal: 'ws.flashRetro.judgmentGoal',
  execution: 'ws.flashRetro.judgmentExecution',
  unsure: 'ws.flashRetro.judgmentUnsure',
};

/**
 * What follows the goal-or-execution call: an execution problem points to a new 5R plan, a
 * goal problem to the person's SMART-AR goal; unsure or undecided, nothing.
 */
export function judgmentFollowUp(judgment: RetroJudgment | null): 'new-plan' | 'goal-link' | undefined {
  if (judgment === 'execution') return 'new-plan';
  if (judgment === 'goal') return 'goal-link';
  return undefined;
}

/** What the first section shows: the lookup's progress, no plan yet, or the last plan's open actions. */
export type OpenSectionView =
  | { type: 'idle' }
  | { type: 'loading' }
  | { type: 'failed' }
  | { type: 'no-plan'; text: string }
  | {
      type: 'plan';
      open: OpenActions;
      /** The plan link's words: its title as the list shows it, else as stored, else its id. */
      planTitle: string;
      /** " · conversation on …"; none when the plan has no date. */
      dateNote: string | undefined;
      allDone: boolean;
    };

export function openSectionView(
  related: Related,
  person: string,
  t: Translate,
  locale: Locale,
): OpenSectionView {
  if (related.type !== 'ready') return { type: related.type };
  const open = related.open;
  if (open === undefined) {
    return {
      type: 'no-plan',
      text: aboutPerson(person, t, 'ws.flashRetro.noPlanUntagged', 'ws.flashRetro.noPlan'),
    };
  }
  return {
    type: 'plan',
    open,
    planTitle: related.plan ? displayTitle(related.plan, locale) : open.planTitle || open.planId,
    dateNote:
      open.conversationDate === ''
        ? undefined
        : ` · ${t('ws.flashRetro.planDate', { date: open.conversationDate })}`,
    allDone: open.actions.length === 0,
  };
}

/** What the goal link shows for a goal problem: the lookup's progress, no goals yet, or the goals to pick from. */
export type GoalLinkView =
  | { type: 'nothing' }
  | { type: 'loading' }
  | { type: 'idle' }
  | { type: 'no-goals'; text: string }
  | { type: 'pick'; goals: WorksheetSummary[]; linked: WorksheetSummary | undefined; help: string };

export function goalLinkView(
  related: Related,
  person: string,
  linkedGoalId: string | undefined,
  t: Translate,
): GoalLinkView {
  if (related.type === 'failed') return { type: 'nothing' };
  if (related.type !== 'ready') return { type: related.type };
  if (related.goals.length === 0) {
    return {
      type: 'no-goals',
      text: aboutPerson(person, t, 'ws.flashRetro.noGoalsUntagged', 'ws.flashRetro.noGoals'),
    };
  }
  return {
    type: 'pick',
    goals: related.goals,
    linked: related.goals.find((goal) => goal.id === linkedGoalId),
    help: aboutPerson(person, t, 'ws.flashRetro.goalPickHelpUntagged', 'ws.flashRetro.goalPickHelp'),
  };
}

/** Adding the retro to the linked goal's adjustment log, as the goal link shows it. */
export type AppendState =
  | { type: 'idle' }
  | { type: 'working' }
  | { type: 'done'; goalId: string; goalTitle: string }
  | { type: 'failed'; message: string };

/**
 * The goal with this retro added to its adjustment log, or the sentence for a full log.
 * `full` marks that refusal apart from other failures to add (see `appendFailedMessage`).
 */
export function goalWithRetro(
  goal: SmartArData,
  retro: FlashRetroData,
  t: Translate,
): { type: 'success'; data: SmartArData } | { type: 'error'; reason: string; full: true } {
  const appended = appendAdjustment(goal, adjustmentFromRetro(retro));
  if (appended.type === 'success') return appended;
  return { type: 'error', reason: t('ws.flashRetro.appendFull', { max: appended.max }), full: true };
}

/** A full log is said as it is; anything else is a failure to add, with its reason. */
export function appendFailedMessage(reason: string, full: boolean, t: Translate): string {
  return full ? reason : t('ws.flashRetro.appendFailed', { reason });
}

/** The add button shows until this goal has the retro; it says it is working while it saves. */
export function appendButton(
  append: AppendState,
  linkedId: string,
  t: Translate,
): { label: string; disabled: boolean } | undefined {
  if (append.type === 'done' && append.goalId === linkedId) return undefined;
  return {
    label: append.type === 'working' ? t('ws.flashRetro.appending') : t('ws.flashRetro.append'),
    disabled: append.type === 'working',
  };
}

/** The polite status line under the goal link: said once the retro was added, empty otherwise. */
export function appendStatus(append: AppendState, t: Translate): string {
  return append.type === 'done' ? t('ws.flashRetro.appended', { goal: append.goalTitle }) : '';
}

/**
 * A retro opened for a person (from a 5R plan's link) starts tagged with them and dated
 * today; with no name in the address it opens as usual. Names are cut to the person field's length.
 */
export function prefillForPerson(
  person: string | undefined,
  today: string,
): { data: FlashRetroData; person: string } | undefined {
  const name = (person ?? '').slice(0, MAX_PERSON);
  return name === '' ? undefined : { data: createDefaultFlashRetro(today), person: name };
}
