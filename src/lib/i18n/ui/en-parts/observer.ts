import type { zhObserver } from '../zh-CN-parts/observer';
import { termName, terms } from '../../../method/terms';
import { coachingPolicy as policy } from '../../../policy';

/** Strings of the observer checklist (keys start with `ws.observer.`). */
export const enObserver: Record<keyof typeof zhObserver, string> = {
  'ws.observer.setupSection': 'The role-play',
  'ws.observer.setupIntro':
    'Filled in by the observer of a trio. Use pseudonyms: this sheet may well end up printed and passed around.',
  'ws.observer.scenario': 'Scenario played',
  'ws.observer.scenarioHelp': 'The scenario id (such as sales-slump) or a few words about the situation.',
  'ws.observer.manager': 'Playing the manager',
  'ws.observer.employee': 'Playing the employee',
  'ws.observer.observer': 'Observer',
  'ws.observer.inPlay': 'Frameworks this role-play practices',
  'ws.observer.inPlayHelp':
    'GROW questions and the 5R plan are watched in every round. Tick the others as the scenario brief asks; unticked ones don’t count.',
  'ws.observer.inPlayPrep': 'PREP structure',
  'ws.observer.inPlayThreeE': '3E developmental feedback',
  'ws.observer.inPlayBest': 'BEST for a behavior that must change',

  'ws.observer.checklistSection': 'Tick as you listen',
  'ws.observer.checklistIntro':
    'Tick only what you actually heard, not what the manager probably meant. If you’re unsure, leave it and jot a note below to ask about in the debrief.',
  'ws.observer.score': 'Score: {done} of {total}',
  'ws.observer.sectionCount': '{done}/{total}',

  'ws.observer.prepHelp': 'Did the conversation move from Point to Reason, Example and Plan?',
  'ws.observer.prep.pointHelp': 'Today’s topic, said in one sentence at the start.',
  'ws.observer.prep.reasonHelp': 'Data and first-hand observations, not impressions.',
  'ws.observer.prep.exampleHelp': 'One or two concrete situations both people remember.',
  'ws.observer.prep.planHelp': 'It ended on a concrete next behavior.',
  'ws.observer.prepInOrderHelp': 'Facts first, solutions after: no advice before the situation was clear.',

  'ws.observer.growHelp':
    'Tap “+1” each time you hear a question of that type. A good conversation has at least one of each.',
  'ws.observer.grow.goalHelp':
    'What do they want to achieve? “What would you like to be different by month end?”',
  'ws.observer.grow.realityHelp': 'Where do things stand, in facts?',
  'ws.observer.grow.optionsHelp': 'What could they try? Several ideas, theirs first.',
  'ws.observer.grow.willHelp': 'Which step will they take first, and when?',
  'ws.observer.growStage.goal': termName(terms.grow.goal, 'en'),
  'ws.observer.growStage.reality': termName(terms.grow.reality, 'en'),
  'ws.observer.growStage.options': termName(terms.grow.options, 'en'),
  'ws.observer.growStage.will': termName(terms.grow.will, 'en'),
  'ws.observer.growCounter': '{stage} questions counted',
  'ws.observer.growMore': 'One more {stage} question',
  'ws.observer.growLess': 'One fewer {stage} question',
  'ws.observer.growTotal': '{count} GROW questions heard in all.',

  'ws.observer.threeEHelp': 'Specific praise, causes explored together, then support.',
  'ws.observer.threeE.encourageHelp': 'Named one specific thing the employee did well.',
  'ws.observer.threeE.exploreHelp': 'Looked for causes with questions instead of summing them up.',
  'ws.observer.threeE.empowerHelp': 'Offered a resource, an opportunity or support.',

  'ws.observer.bestHelp': 'When a behavior had to change, were all four parts there?',
  'ws.observer.best.behaviorHelp': 'Observable facts with dates or counts; no labels.',
  'ws.observer.best.effectHelp': 'The concrete effect on the team, customers or the work.',
  'ws.observer.best.seekHelp': 'A genuine question about their view, then silence to hear it.',
  'ws.observer.best.targetHelp': 'The way forward was worked out together.',

  'ws.observer.fiveRHelp': 'In the last 5–10 minutes, were the actions pinned down?',
  'ws.observer.fiveR.resultHelp': 'The visible outcome once it’s done.',
  'ws.observer.fiveR.resourceHelp': 'The support needed, and who arranges it.',
  'ws.observer.fiveR.responsibleHelp': 'Who leads, who helps.',
  'ws.observer.fiveR.reviewHelp': 'A day to look at progress together.',
  'ws.observer.fiveR.riskHelp': 'What could get in the way, and what happens then.',
  'ws.observer.microActionHelp': `At least one action can be done within ${policy.microActionWithinDays} days; the next talk starts there.`,

  'ws.observer.notesSection': 'Notes',
  'ws.observer.notesIntro':
    'Write down what was said rather than what you thought of it. In the debrief, one exact quote beats “it felt a bit rushed”.',
  'ws.observer.quotesHelp': 'Key sentences from either side, as close to word for word as you can.',
  'ws.observer.momentsHelp':
    'A change in mood, a silence, a question that got them talking. Note roughly which minute.',

  'ws.observer.debriefSection': 'Debrief',
  'ws.observer.debriefIntro':
    'Five minutes after the role-play: what went well first, then the manager picks one thing to try next time.',
  'ws.observer.wentWellHelp': 'One or two specific moments, quoted if you can.',
  'ws.observer.tryNextHelp': 'Just one, chosen by the person who played the manager.',

  'ws.observer.summarySection': 'Debrief summary',
  'ws.observer.summaryIntro':
    'Updates as you fill in the checklist. Printing this page prints only the summary, on one A4 sheet.',
  'ws.observer.summaryPart': 'Part',
  'ws.observer.summaryScore': 'Done',
  'ws.observer.summaryDetail': 'Details',
  'ws.observer.summaryMissing': 'Not heard: {items}',
  'ws.observer.summaryAllDone': 'All done',
  'ws.observer.summaryNotInPlay': 'Not practiced',
  'ws.observer.summaryGrowCounts': 'Goal {goal} · Reality {reality} · Options {options} · Will {will}',
  'ws.observer.summaryGrowLine': '{counts}. {gaps}',
  'ws.observer.summaryEmpty': '(not filled in)',
};
