import type { UiKey } from '../i18n';
import type { WorksheetKind } from '../worksheets/kinds';
import type { SmartArLetter } from '../worksheets/smart-ar/schema';

/**
 * Blank, printable copies of the worksheets, described as data and labelled with the
 * worksheet forms' own dictionary keys (`ws.<kind>.*`), so the paper copy and the form say
 * the same thing in both languages. Each layout lists its A4 pages explicitly: the page count
 * is part of the contract (the index shows it, the print test checks it).
 */

export type BlankItem =
  /** A label, an optional help line and ruled lines to write on. */
  | { type: 'lines'; label: UiKey; help?: UiKey; lines: number }
  /** Numbered ruled lines: "1. ____", for topics or things done well. */
  | { type: 'numbered'; label: UiKey; help?: UiKey; count: number }
  /** A table with column headings and empty rows. `widths` are relative column widths. */
  | {
      type: 'table';
      label: UiKey;
      help?: UiKey;
      columns: readonly UiKey[];
      rows: number;
      widths?: readonly number[];
    }
  /** Options to tick, one of which applies. */
  | { type: 'choices'; label: UiKey; help?: UiKey; options: readonly UiKey[] }
  /** Items to tick, each with what counts as done; `tally` adds room to count (GROW questions). */
  | {
      type: 'checks';
      label: UiKey;
      help?: UiKey;
      items: readonly { label: UiKey; help?: UiKey }[];
      tally?: boolean;
    }
  /** Short one-line fields side by side: a date, a name. */
  | { type: 'fields'; labels: readonly UiKey[] }
  /** Ruled lines with no label of their own (the section heading says what they are for). */
  | { type: 'rule'; lines: number }
  /** One box to tick on its own, e.g. "micro-action: can be done this week". */
  | { type: 'tick'; label: UiKey }
  /** A row of numbered boxes to circle, e.g. 0–10. */
  | { type: 'scale'; label: UiKey; help?: UiKey; from: number; to: number }
  /** A free box of a given height, for a paragraph read aloud. */
  | { type: 'box'; label: UiKey; help?: UiKey; heightMm: number }
  /** Two items side by side (they stack on a narrow screen). */
  | { type: 'pair'; items: readonly [BlankItem, BlankItem] }
  /** The same items `count` times under a numbered heading (`label` holds `{n}`). */
  | { type: 'repeat'; label: UiKey; count: number; items: readonly BlankItem[] };

export interface BlankSection {
  heading: UiKey;
  intro?: UiKey;
  items: readonly BlankItem[];
}

export interface BlankLayout {
  /** The sheet's pages; each starts on a new sheet of paper. */
  pages: readonly (readonly BlankSection[])[];
}

const smartArLetter = (letter: SmartArLetter): BlankItem => ({
  type: 'lines',
  label: `ws.smartAr.letter.${letter}`,
  help: `ws.smartAr.letter.${letter}Help`,
  lines: 1,
});

export const blankLayouts: Record<WorksheetKind, BlankLayout> = {
  'smart-ar': {
    pages: [
      [
        {
          heading: 'ws.smartAr.goalSection',
          intro: 'ws.smartAr.goalIntro',
          items: [
            { type: 'lines', label: 'ws.smartAr.direction', help: 'ws.smartAr.directionHelp', lines: 1 },
            { type: 'lines', label: 'ws.smartAr.goal', help: 'ws.smartAr.goalHelp', lines: 2 },
            {
              type: 'table',
              label: 'ws.smartAr.milestones',
              columns: ['ws.smartAr.indicator', 'ws.smartAr.target', 'ws.smartAr.date'],
              widths: [3, 2, 1.2],
              rows: 3,
            },
          ],
        },
        {
          heading: 'ws.smartAr.lettersSection',
          intro: 'ws.smartAr.lettersIntro',
          items: [
            { type: 'pair', items: [smartArLetter('specific'), smartArLetter('measurable')] },
            { type: 'pair', items: [smartArLetter('achievable'), smartArLetter('relevant')] },
            { type: 'pair', items: [smartArLetter('timeBased'), smartArLetter('agile')] },
            smartArLetter('reviewable'),
          ],
        },
      ],
      [
        {
          heading: 'ws.smartAr.likelihoodSection',
          intro: 'ws.smartAr.likelihoodIntro',
          items: [
            { type: 'scale', label: 'ws.smartAr.likelihood', from: 0, to: 10 },
            {
              type: 'lines',
              label: 'ws.smartAr.missingConditions',
              help: 'ws.smartAr.missingConditionsHelp',
              lines: 3,
            },
          ],
        },
        {
          heading: 'ws.smartAr.reviewSection',
          items: [{ type: 'fields', labels: ['ws.smartAr.reviewCadence', 'ws.smartAr.nextReviewDate'] }],
        },
        {
          heading: 'ws.smartAr.adjustmentsSection',
          intro: 'ws.smartAr.adjustmentsIntro',
          items: [
            {
              type: 'table',
              label: 'ws.smartAr.adjustments',
              columns: [
                'ws.smartAr.date',
                'ws.smartAr.adjustmentKind',
                'ws.smartAr.reason',
                'ws.smartAr.before',
                'ws.smartAr.after',
              ],
              widths: [1.1, 1.1, 2.4, 2, 2],
              rows: 8,
            },
          ],
        },
      ],
    ],
  },

  'prep-sheet': {
    pages: [
      [
        {
          heading: 'ws.prepSheet.employeeSection',
          intro: 'ws.prepSheet.employeeIntro',
          items: [
            { type: 'fields', labels: ['ws.prepSheet.meetingDate'] },
            { type: 'numbered', label: 'ws.prepSheet.topics', count: 3 },
            { type: 'numbered', label: 'ws.prepSheet.wins', count: 2 },
            { type: 'numbered', label: 'ws.prepSheet.puzzles', count: 2 },
            { type: 'numbered', label: 'ws.prepSheet.supportNeeded', count: 3 },
          ],
        },
      ],
      [
        {
          heading: 'ws.prepSheet.managerSection',
          intro: 'ws.prepSheet.managerIntro',
          items: [
            {
              type: 'table',
              label: 'ws.prepSheet.metrics',
              columns: [
                'ws.prepSheet.metricName',
                'ws.prepSheet.previous',
                'ws.prepSheet.current',
                'ws.prepSheet.target',
              ],
              widths: [2.5, 1, 1, 1],
              rows: 5,
            },
            {
              type: 'table',
              label: 'ws.prepSheet.projects',
              columns: ['ws.prepSheet.projectName', 'ws.prepSheet.progress'],
              widths: [2, 3],
              rows: 5,
            },
          ],
        },
      ],
    ],
  },

  'prep-planner': {
    pages: [
      [
        {
          heading: 'ws.prepPlanner.prepSection',
          intro: 'ws.prepPlanner.prepIntro',
          items: [
            { type: 'lines', label: 'ws.prepPlanner.point', help: 'ws.prepPlanner.pointHelp', lines: 2 },
            { type: 'lines', label: 'ws.prepPlanner.reason', help: 'ws.prepPlanner.reasonHelp', lines: 2 },
            { type: 'lines', label: 'ws.prepPlanner.example', help: 'ws.prepPlanner.exampleHelp', lines: 2 },
            { type: 'lines', label: 'ws.prepPlanner.plan', help: 'ws.prepPlanner.planHelp', lines: 2 },
          ],
        },
        {
          heading: 'ws.prepPlanner.agendaSection',
          intro: 'ws.prepPlanner.agendaIntro',
          items: [
            {
              type: 'table',
              label: 'ws.prepPlanner.agenda',
              columns: ['ws.prepPlanner.blockLabel', 'ws.prepPlanner.minutes'],
              widths: [5, 1],
              rows: 4,
            },
          ],
        },
      ],
    ],
  },

  feedback: {
    pages: [
      [
        {
          heading: 'ws.feedback.setupSection',
          intro: 'ws.feedback.setupIntro',
          items: [
            {
              type: 'choices',
              label: 'ws.feedback.scenario',
              options: [
                'ws.feedback.scenarioPositive',
                'ws.feedback.scenarioImprovement',
                'ws.feedback.scenarioNegative',
              ],
            },
            {
              type: 'choices',
              label: 'ws.feedback.framework',
              options: ['ws.feedback.framework3e', 'ws.feedback.frameworkBest'],
            },
          ],
        },
        {
          heading: 'ws.feedback.draft3eSection',
          intro: 'ws.feedback.draft3eIntro',
          items: [
            { type: 'lines', label: 'ws.feedback.encourage', help: 'ws.feedback.encourageHelp', lines: 3 },
            { type: 'lines', label: 'ws.feedback.explore', help: 'ws.feedback.exploreHelp', lines: 3 },
            { type: 'lines', label: 'ws.feedback.empower', help: 'ws.feedback.empowerHelp', lines: 3 },
          ],
        },
      ],
      [
        {
          heading: 'ws.feedback.draftBestSection',
          intro: 'ws.feedback.draftBestIntro',
          items: [
            { type: 'lines', label: 'ws.feedback.behavior', help: 'ws.feedback.behaviorHelp', lines: 3 },
            { type: 'lines', label: 'ws.feedback.effect', help: 'ws.feedback.effectHelp', lines: 3 },
            { type: 'lines', label: 'ws.feedback.seek', help: 'ws.feedback.seekHelp', lines: 3 },
            { type: 'lines', label: 'ws.feedback.target', help: 'ws.feedback.targetHelp', lines: 3 },
          ],
        },
        {
          heading: 'ws.feedback.readAloudSection',
          intro: 'ws.feedback.readAloudIntro',
          items: [{ type: 'rule', lines: 5 }],
        },
      ],
    ],
  },

  'grow-questions': {
    pages: [
      [
        {
          heading: 'ws.grow.listSection',
          intro: 'ws.grow.listIntro',
          items: (['goal', 'reality', 'options', 'will'] as const).map((stage): BlankItem => ({
            type: 'table',
            label: `ws.grow.stage.${stage}`,
            help: `ws.grow.stage.${stage}Help`,
            columns: ['ws.grow.question', 'ws.grow.asked', 'ws.grow.answer'],
            widths: [3, 0.7, 3],
            rows: 2,
          })),
        },
        {
          heading: 'ws.grow.commitmentSection',
          items: [{ type: 'lines', label: 'ws.grow.commitment', help: 'ws.grow.commitmentHelp', lines: 2 }],
        },
      ],
    ],
  },

  'action-plan': {
    pages: [
      [
        {
          heading: 'ws.actionPlan.planSection',
          intro: 'ws.actionPlan.planIntro',
          items: [
            { type: 'fields', labels: ['ws.actionPlan.conversationDate'] },
            {
              type: 'repeat',
              label: 'ws.actionPlan.actionN',
              count: 3,
              items: [
                {
                  type: 'pair',
                  items: [
                    { type: 'lines', label: 'ws.actionPlan.result', lines: 2 },
                    { type: 'lines', label: 'ws.actionPlan.resource', lines: 2 },
                  ],
                },
                { type: 'fields', labels: ['ws.actionPlan.responsible', 'ws.actionPlan.reviewDate'] },
                {
                  type: 'pair',
                  items: [
                    { type: 'lines', label: 'ws.actionPlan.risk', lines: 1 },
                    { type: 'lines', label: 'ws.actionPlan.contingency', lines: 1 },
                  ],
                },
                { type: 'tick', label: 'ws.actionPlan.microAction' },
              ],
            },
          ],
        },
      ],
    ],
  },

  'flash-retro': {
    pages: [
      [
        {
          heading: 'ws.flashRetro.questionsSection',
          intro: 'ws.flashRetro.questionsIntro',
          items: [
            { type: 'fields', labels: ['ws.flashRetro.date'] },
            {
              type: 'numbered',
              label: 'ws.flashRetro.satisfied',
              help: 'ws.flashRetro.satisfiedHelp',
              count: 3,
            },
            { type: 'lines', label: 'ws.flashRetro.obstacle', help: 'ws.flashRetro.obstacleHelp', lines: 2 },
            { type: 'lines', label: 'ws.flashRetro.tried', help: 'ws.flashRetro.triedHelp', lines: 2 },
            {
              type: 'lines',
              label: 'ws.flashRetro.improvement',
              help: 'ws.flashRetro.improvementHelp',
              lines: 2,
            },
          ],
        },
        {
          heading: 'ws.flashRetro.judgmentSection',
          intro: 'ws.flashRetro.judgmentIntro',
          items: [
            {
              type: 'choices',
              label: 'ws.flashRetro.judgment',
              options: [
                'ws.flashRetro.judgmentGoal',
                'ws.flashRetro.judgmentExecution',
                'ws.flashRetro.judgmentUnsure',
              ],
            },
          ],
        },
      ],
    ],
  },

  'observer-checklist': {
    pages: [
      [
        {
          heading: 'ws.observer.setupSection',
          items: [
            { type: 'fields', labels: ['ws.observer.scenario'] },
            {
              type: 'fields',
              labels: ['ws.observer.manager', 'ws.observer.employee', 'ws.observer.observer'],
            },
            {
              type: 'choices',
              label: 'ws.observer.inPlay',
              help: 'ws.observer.inPlayHelp',
              options: ['ws.observer.inPlayPrep', 'ws.observer.inPlayThreeE', 'ws.observer.inPlayBest'],
            },
          ],
        },
        {
          heading: 'ws.observer.checklistSection',
          intro: 'ws.observer.checklistIntro',
          items: [
            {
              type: 'checks',
              label: 'ws.observer.prep',
              items: [
                { label: 'ws.observer.prep.point', help: 'ws.observer.prep.pointHelp' },
                { label: 'ws.observer.prep.reason', help: 'ws.observer.prep.reasonHelp' },
                { label: 'ws.observer.prep.example', help: 'ws.observer.prep.exampleHelp' },
                { label: 'ws.observer.prep.plan', help: 'ws.observer.prep.planHelp' },
                { label: 'ws.observer.prepInOrder', help: 'ws.observer.prepInOrderHelp' },
              ],
            },
            {
              type: 'checks',
              label: 'ws.observer.grow',
              tally: true,
              items: [
                { label: 'ws.observer.grow.goal', help: 'ws.observer.grow.goalHelp' },
                { label: 'ws.observer.grow.reality', help: 'ws.observer.grow.realityHelp' },
                { label: 'ws.observer.grow.options', help: 'ws.observer.grow.optionsHelp' },
                { label: 'ws.observer.grow.will', help: 'ws.observer.grow.willHelp' },
              ],
            },
            {
              type: 'checks',
              label: 'ws.observer.threeE',
              items: [
                { label: 'ws.observer.threeE.encourage', help: 'ws.observer.threeE.encourageHelp' },
                { label: 'ws.observer.threeE.explore', help: 'ws.observer.threeE.exploreHelp' },
                { label: 'ws.observer.threeE.empower', help: 'ws.observer.threeE.empowerHelp' },
              ],
            },
          ],
        },
      ],
      [
        {
          // The checklist continues from page 1, under the same heading.
          heading: 'ws.observer.checklistSection',
          items: [
            {
              type: 'checks',
              label: 'ws.observer.best',
              items: [
                { label: 'ws.observer.best.behavior', help: 'ws.observer.best.behaviorHelp' },
                { label: 'ws.observer.best.effect', help: 'ws.observer.best.effectHelp' },
                { label: 'ws.observer.best.seek', help: 'ws.observer.best.seekHelp' },
                { label: 'ws.observer.best.target', help: 'ws.observer.best.targetHelp' },
              ],
            },
            {
              type: 'checks',
              label: 'ws.observer.fiveR',
              items: [
                { label: 'ws.observer.fiveR.result', help: 'ws.observer.fiveR.resultHelp' },
                { label: 'ws.observer.fiveR.resource', help: 'ws.observer.fiveR.resourceHelp' },
                { label: 'ws.observer.fiveR.responsible', help: 'ws.observer.fiveR.responsibleHelp' },
                { label: 'ws.observer.fiveR.review', help: 'ws.observer.fiveR.reviewHelp' },
                { label: 'ws.observer.fiveR.risk', help: 'ws.observer.fiveR.riskHelp' },
                { label: 'ws.observer.microAction', help: 'ws.observer.microActionHelp' },
              ],
            },
          ],
        },
        {
          heading: 'ws.observer.notesSection',
          intro: 'ws.observer.notesIntro',
          items: [
            { type: 'lines', label: 'ws.observer.quotes', help: 'ws.observer.quotesHelp', lines: 4 },
            { type: 'lines', label: 'ws.observer.moments', help: 'ws.observer.momentsHelp', lines: 3 },
          ],
        },
        {
          heading: 'ws.observer.debriefSection',
          intro: 'ws.observer.debriefIntro',
          items: [
            { type: 'lines', label: 'ws.observer.wentWell', help: 'ws.observer.wentWellHelp', lines: 2 },
            { type: 'lines', label: 'ws.observer.tryNext', help: 'ws.observer.tryNextHelp', lines: 2 },
          ],
        },
      ],
    ],
  },
};

/** Every dictionary key a layout prints, for the test that checks they exist and need no parameters. */
export function layoutKeys(layout: BlankLayout): UiKey[] {
  const keys: UiKey[] = [];
  const visit = (item: BlankItem) => {
    switch (item.type) {
      case 'fields':
        keys.push(...item.labels);
        return;
      case 'rule':
        return;
      case 'pair':
        item.items.forEach(visit);
        return;
      case 'repeat':
        // The repeat label carries `{n}`; the renderer fills it.
        item.items.forEach(visit);
        return;
      case 'table':
        keys.push(item.label, ...item.columns);
        break;
      case 'choices':
        keys.push(item.label, ...item.options);
        break;
      case 'checks':
        keys.push(item.label);
        for (const check of item.items) keys.push(check.label, ...(check.help ? [check.help] : []));
        break;
      case 'tick':
        keys.push(item.label);
        return;
      default:
        keys.push(item.label);
    }
    if (item.help !== undefined) keys.push(item.help);
  };
  for (const page of layout.pages) {
    for (const section of page) {
      keys.push(section.heading, ...(section.intro ? [section.intro] : []));
      section.items.forEach(visit);
    }
  }
  return keys;
}

/** The inline sizes an item prints: a `width` per table column, a `height` for a box. */
export function blankItemStyles(item: BlankItem): { columns: string[]; box?: string } {
  if (item.type === 'box') return { columns: [], box: `height: ${item.heightMm}mm` };
  if (item.type !== 'table') return { columns: [] };
  const widths = item.widths ?? item.columns.map(() => 1);
  const total = widths.reduce((sum, width) => sum + width, 0);
  return { columns: widths.map((width) => `width: ${((width / total) * 100).toFixed(1)}%`) };
}

/**
 * Every distinct inline style a layout prints. The strict CSP blocks style attributes unless
 * their exact text is hashed into the page's policy, so the page lists these there.
 */
export function layoutAttributeStyles(layout: BlankLayout): string[] {
  const styles = new Set<string>();
  const visit = (item: BlankItem): void => {
    if (item.type === 'pair' || item.type === 'repeat') {
      item.items.forEach(visit);
      return;
    }
    const { columns, box } = blankItemStyles(item);
    columns.forEach((style) => styles.add(style));
    if (box) styles.add(box);
  };
  layout.pages.flat().forEach((section) => section.items.forEach(visit));
  return [...styles];
}
