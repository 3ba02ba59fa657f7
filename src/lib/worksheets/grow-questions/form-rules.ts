import type { GrowQuestion, GrowStage } from '../../grow/question';
import type { Translate, UiKey } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { titleFromSource } from '../derived-title';
import type { WorksheetDoc } from '../document';
import { growListFromQuestions } from '../flows/grow-list';
import { filled, type Hint } from '../hint';
import { moveQuestionWithinStage, positionInStage, type MoveDirection } from './reorder';
import {
  addGrowQuestion,
  type GrowListQuestion,
  type GrowListSource,
  type GrowQuestionsData,
} from './schema';

/**
 * The GROW question list form's decisions, apart from React: what moving, deleting, adding
 * and typing do to the list, where keyboard focus goes then and what is announced, which
 * questions and hints each stage shows, and the list's progress and source lines.
 */

/** Each stage's name, help, short name (in announcements and legends) and add button. */
export const growStageKeys: Record<GrowStage, { name: UiKey; help: UiKey; short: UiKey; add: UiKey }> = {
  goal: {
    name: 'ws.grow.stage.goal',
    help: 'ws.grow.stage.goalHelp',
    short: 'ws.grow.stageShort.goal',
    add: 'ws.grow.add.goal',
  },
  reality: {
    name: 'ws.grow.stage.reality',
    help: 'ws.grow.stage.realityHelp',
    short: 'ws.grow.stageShort.reality',
    add: 'ws.grow.add.reality',
  },
  options: {
    name: 'ws.grow.stage.options',
    help: 'ws.grow.stage.optionsHelp',
    short: 'ws.grow.stageShort.options',
    add: 'ws.grow.add.options',
  },
  will: {
    name: 'ws.grow.stage.will',
    help: 'ws.grow.stage.willHelp',
    short: 'ws.grow.stageShort.will',
    add: 'ws.grow.add.will',
  },
};

/** Where keyboard focus goes after the list changes under it (an item moved, added or deleted). */
export type FocusTarget =
  { type: 'question'; id: string; control: 'text' | MoveDirection } | { type: 'add'; stage: GrowStage };

/** The element a focus target names, as a selector inside the list (see the data attributes the stages render). */
export function focusSelector(target: FocusTarget): string {
  if (target.type === 'add') return `[data-grow-add="${target.stage}"]`;
  return target.control === 'text'
    ? `[data-grow-question="${target.id}"] textarea`
    : `[data-grow-question="${target.id}"] [data-grow-move="${target.control}"]`;
}

/**
 * What a press on the list did: the new data, where focus goes, what is announced, and
 * whether the "list is full" alert shows (`undefined`: it stays as it was).
 */
export interface ListChange {
  data: GrowQuestionsData;
  focus: FocusTarget;
  announcement?: string;
  full?: boolean;
}

const stageName = (stage: GrowStage, t: Translate) => t(growStageKeys[stage].short);

/** The list with one question's text, tick or answer changed. */
export function withQuestionChanged(
  data: GrowQuestionsData,
  id: string,
  change: Partial<GrowListQuestion>,
): GrowQuestionsData {
  return {
    ...data,
    questions: data.questions.map((question) => (question.id === id ? { ...question, ...change } : question)),
  };
}

/**
 * Moves a question up or down within its stage; focus stays on the button pressed and its
 * new place is announced. Nothing happens at the top or bottom of the stage.
 */
export function moveQuestion(
  data: GrowQuestionsData,
  question: GrowListQuestion,
  direction: MoveDirection,
  t: Translate,
): ListChange | undefined {
  const questions = moveQuestionWithinStage(data.questions, question.id, direction);
  if (questions === data.questions) return undefined;
  return {
    data: { ...data, questions: [...questions] },
    focus: { type: 'question', id: question.id, control: direction },
    announcement: t('ws.grow.moved', {
      stage: stageName(question.stage, t),
      n: positionInStage(questions, question.id),
    }),
  };
}

/** Deletes a question; focus goes to its stage's add button, and there is room again. */
export function removeQuestion(
  data: GrowQuestionsData,
  question: GrowListQuestion,
  t: Translate,
): ListChange {
  return {
    data: { ...data, questions: data.questions.filter((candidate) => candidate.id !== question.id) },
    focus: { type: 'add', stage: question.stage },
    announcement: t('ws.grow.deleted', { stage: stageName(question.stage, t) }),
    full: false,
  };
}

/** Adds an empty question at the end of a stage and focuses it; a full list says so instead. */
export function addQuestion(data: GrowQuestionsData, stage: GrowStage): ListChange | { full: true } {
  const result = addGrowQuestion(data, stage);
  if (result.type === 'error') return { full: true };
  return { data: result.data, focus: { type: 'question', id: result.id, control: 'text' } };
}

/** One stage's questions with their place in the whole list (for hint paths) and in the stage. */
export function stageEntries(
  questions: readonly GrowListQuestion[],
  stage: GrowStage,
): { question: GrowListQuestion; index: number; position: number; first: boolean; last: boolean }[] {
  const entries = questions
    .map((question, index) => ({ question, index }))
    .filter((entry) => entry.question.stage === stage);
  return entries.map((entry, position) => ({
    ...entry,
    position,
    first: position === 0,
    last: position === entries.length - 1,
  }));
}

/** The hints shown under a stage's heading: the stage has no question yet. */
export function stageHints(hints: readonly Hint[], stage: GrowStage): Hint[] {
  return hints.filter((hint) => hint.id === `grow-questions/missing-${stage}`);
}

/** How many questions are ticked as asked, of how many. */
export function askedProgress(data: GrowQuestionsData): { asked: number; total: number } {
  return { asked: data.questions.filter((question) => question.asked).length, total: data.questions.length };
}

/** Whether starting from a prep sheet would replace something the user wrote (the chooser then asks first). */
export function listHasContent(data: GrowQuestionsData): boolean {
  return data.questions.some((question) => filled(question.text)) || filled(data.commitment);
}

/** Whether the list opened blank (new, empty, not from a prep sheet): only then is a prep sheet offered to start from. */
export function openedBlank(data: GrowQuestionsData, revision: number): boolean {
  return revision === 0 && data.sourcePrepSheetId === undefined && data.questions.length === 0;
}

/** The line saying where drafted questions came from; none for a list written by hand. */
export function sourceNoteKey(source: GrowListSource): UiKey | undefined {
  if (source === 'rules') return 'ws.grow.sourceRules';
  if (source === 'ai') return 'ws.grow.sourceAi';
  return undefined;
}

/**
 * A new list drafted from a prep sheet's questions: marked as drafted by the rules engine
 * and linked to the sheet, titled after it, tagged with the sheet's person.
 */
export function listFromPrepSheet(
  sheet: WorksheetDoc<'prep-sheet'>,
  questions: readonly GrowQuestion[],
  locale: Locale,
): { data: GrowQuestionsData; title: string; person?: string } {
  return {
    data: growListFromQuestions(questions, { source: 'rules', sourcePrepSheetId: sheet.id }),
    title: titleFromSource('grow-questions', sheet, locale),
    ...(sheet.person ? { person: sheet.person } : {}),
  };
}
