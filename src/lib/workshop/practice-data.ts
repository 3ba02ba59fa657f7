import type { Scenario } from '../content/workshop-schema';
import { sentenceRules, type Locale } from '../i18n/locales';
import { createDefaultFeedback, type FeedbackData } from '../worksheets/feedback/schema';
import type { PrepSheetData } from '../worksheets/prep-sheet/schema';
import type { WorksheetData } from '../worksheets/registry';
import { createDefaultSmartAr, type SmartArData } from '../worksheets/smart-ar/schema';

/**
 * A scenario's practice data as worksheet data: the shape in the scenario's front matter
 * (content/README.md) becomes what each worksheet's schema stores, so a trainee opens a
 * filled prep sheet, goal and feedback draft. Pure; the page saves the result.
 */

export type ScenarioPractice = Scenario['practice'];
type PracticePrep = NonNullable<ScenarioPractice['prepSheet']>;
type PracticeGoal = NonNullable<ScenarioPractice['goal']>;
type PracticeFeedback = NonNullable<ScenarioPractice['feedback']>;

/** The worksheets a scenario can fill, in the order a conversation uses them. */
export const practiceKinds = ['prep-sheet', 'smart-ar', 'feedback'] as const;
export type PracticeKind = (typeof practiceKinds)[number];

/**
 * The same id every time, so loading a scenario again replaces its worksheets instead of
 * adding copies. Scenario ids are lowercase words and hyphens, which worksheet ids allow.
 */
export function practiceWorksheetId(scenarioId: string, kind: PracticeKind): string {
  return `practice-${scenarioId}-${kind}`;
}

export function prepSheetFromPractice(prep: PracticePrep): PrepSheetData {
  return {
    meetingDate: '',
    topics: [...prep.topics],
    wins: [...(prep.wins ?? [])],
    puzzles: [...(prep.puzzles ?? [])],
    supportNeeded: [...(prep.supportNeeded ?? [])],
    metrics: (prep.metrics ?? []).map((metric) => ({
      name: metric.name,
      previous: metric.previous ?? '',
      current: metric.current ?? '',
      target: metric.target ?? '',
    })),
    projects: (prep.projects ?? []).map((project) => ({
      name: project.name,
      progress: project.progress ?? '',
    })),
  };
}

/** The goal as drafted; the letters, likelihood and review are what the role-play works out. */
export function smartArFromPractice(goal: PracticeGoal): SmartArData {
  return {
    ...createDefaultSmartAr(),
    direction: goal.direction,
    goal: goal.statement,
    milestones: goal.milestones.map((milestone) => ({
      indicator: milestone.indicator,
      target: milestone.target,
      date: '',
      current: '',
      reachedOn: '',
    })),
  };
}

const sentenceEnd = /[。！？.!?…”"')）]$/u;

/** Joins the facts into one passage, closing each with the language's full stop. */
function facts(parts: readonly string[], locale: Locale): string {
  const { fullStop, sentenceJoiner } = sentenceRules(locale);
  const sentences = parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (sentenceEnd.test(part) ? part : `${part}${fullStop}`));
  return sentences.join(sentenceJoiner);
}

/**
 * The facts behind the feedback. BEST keeps them as Behavior and Effect. The feedback form
 * shows only the chosen framework's fields, so for 3E they also go where that framework
 * uses facts: Encourage for praise, Explore (whose question the trainee then adds) for an
 * improvement. Behavior and Effect stay filled either way, so switching framework loses nothing.
 */
export function feedbackFromPractice(feedback: PracticeFeedback, locale: Locale): FeedbackData {
  const data: FeedbackData = {
    ...createDefaultFeedback(),
    scenario: feedback.scenario,
    framework: feedback.framework,
    behavior: feedback.behavior,
    effect: feedback.effect,
  };
  if (feedback.framework === '3e') {
    const passage = facts([feedback.behavior, feedback.effect], locale);
    if (feedback.scenario === 'positive') data.encourage = passage;
    else data.explore = passage;
  }
  return data;
}

/** One worksheet a scenario fills. */
export type PracticeWorksheet = {
  [K in PracticeKind]: { kind: K; id: string; data: WorksheetData<K> };
}[PracticeKind];

/** Every worksheet the scenario has data for, with its fixed id. */
export function practiceWorksheets(
  scenarioId: string,
  practice: ScenarioPractice,
  locale: Locale,
): PracticeWorksheet[] {
  const worksheets: PracticeWorksheet[] = [];
  if (practice.prepSheet) {
    worksheets.push({
      kind: 'prep-sheet',
      id: practiceWorksheetId(scenarioId, 'prep-sheet'),
      data: prepSheetFromPractice(practice.prepSheet),
    });
  }
  if (practice.goal) {
    worksheets.push({
      kind: 'smart-ar',
      id: practiceWorksheetId(scenarioId, 'smart-ar'),
      data: smartArFromPractice(practice.goal),
    });
  }
  if (practice.feedback) {
    worksheets.push({
      kind: 'feedback',
      id: practiceWorksheetId(scenarioId, 'feedback'),
      data: feedbackFromPractice(practice.feedback, locale),
    });
  }
  return worksheets;
}
