import type { UiKey } from '../i18n';
import { frameworkFields, type FeedbackData } from '../worksheets/feedback/schema';
import type { FlashRetroData } from '../worksheets/flash-retro/schema';
import type { PrepSheetData } from '../worksheets/prep-sheet/schema';
import { smartArLetters, type SmartArData } from '../worksheets/smart-ar/schema';
import { exampleDataSchemas, type ExampleKind } from './example-schema';

/**
 * What a filled example shows on `/examples/`: the worksheet's filled fields, labelled with the
 * worksheet form's own labels (so a term changed in the UI dictionary changes here too). Empty
 * fields are left out: an example shows what was written, and a weak example's gaps show as
 * missing rows. Pure; the page renders the rows.
 */

export type ExampleRow =
  | { type: 'text'; label: UiKey; text: string }
  | { type: 'choice'; label: UiKey; choice: UiKey }
  | { type: 'list'; label: UiKey; items: string[] }
  | { type: 'table'; label: UiKey; columns: UiKey[]; rows: string[][] };

const filled = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '');

function text(label: UiKey, value: string): ExampleRow[] {
  return value.trim() === '' ? [] : [{ type: 'text', label, text: value.trim() }];
}

function list(label: UiKey, items: readonly string[]): ExampleRow[] {
  const kept = filled(items);
  return kept.length === 0 ? [] : [{ type: 'list', label, items: kept }];
}

function table(label: UiKey, columns: UiKey[], rows: string[][]): ExampleRow[] {
  const kept = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
  return kept.length === 0 ? [] : [{ type: 'table', label, columns, rows: kept }];
}

function prepSheetRows(data: PrepSheetData): ExampleRow[] {
  return [
    ...text('ws.prepSheet.meetingDate', data.meetingDate),
    ...list('ws.prepSheet.topics', data.topics),
    ...list('ws.prepSheet.wins', data.wins),
    ...list('ws.prepSheet.puzzles', data.puzzles),
    ...list('ws.prepSheet.supportNeeded', data.supportNeeded),
    ...table(
      'ws.prepSheet.metrics',
      ['ws.prepSheet.metricName', 'ws.prepSheet.previous', 'ws.prepSheet.current', 'ws.prepSheet.target'],
      data.metrics.map((m) => [m.name, m.previous, m.current, m.target]),
    ),
    ...table(
      'ws.prepSheet.projects',
      ['ws.prepSheet.projectName', 'ws.prepSheet.progress'],
      data.projects.map((p) => [p.name, p.progress]),
    ),
  ];
}

function smartArRows(data: SmartArData): ExampleRow[] {
  const likelihood =
    data.likelihood.value === null
      ? ''
      : `${data.likelihood.value} / ${data.likelihood.scale === 'ten' ? 10 : 5}`;
  return [
    ...text('ws.smartAr.direction', data.direction),
    ...text('ws.smartAr.goal', data.goal),
    ...table(
      'ws.smartAr.milestones',
      ['ws.smartAr.indicator', 'ws.smartAr.target', 'ws.smartAr.date'],
      data.milestones.map((m) => [m.indicator, m.target, m.date]),
    ),
    ...smartArLetters.flatMap((letter) => text(`ws.smartAr.letter.${letter}` as UiKey, data.letters[letter])),
    ...text('ws.smartAr.likelihood', likelihood),
    ...text('ws.smartAr.missingConditions', data.missingConditions),
    ...text('ws.smartAr.reviewCadence', data.reviewCadence),
  ];
}

const scenarioLabel = {
  positive: 'ws.feedback.scenarioPositive',
  improvement: 'ws.feedback.scenarioImprovement',
  negative: 'ws.feedback.scenarioNegative',
} as const satisfies Record<FeedbackData['scenario'], UiKey>;

const frameworkLabel = {
  '3e': 'ws.feedback.framework3e',
  best: 'ws.feedback.frameworkBest',
} as const satisfies Record<FeedbackData['framework'], UiKey>;

function feedbackRows(data: FeedbackData): ExampleRow[] {
  return [
    { type: 'choice', label: 'ws.feedback.scenario', choice: scenarioLabel[data.scenario] },
    { type: 'choice', label: 'ws.feedback.framework', choice: frameworkLabel[data.framework] },
    ...frameworkFields[data.framework].flatMap((field) => text(`ws.feedback.${field}` as UiKey, data[field])),
  ];
}

const judgmentLabel = {
  goal: 'ws.flashRetro.judgmentGoal',
  execution: 'ws.flashRetro.judgmentExecution',
  unsure: 'ws.flashRetro.judgmentUnsure',
} as const satisfies Record<NonNullable<FlashRetroData['judgment']>, UiKey>;

function flashRetroRows(data: FlashRetroData): ExampleRow[] {
  return [
    ...text('ws.flashRetro.date', data.date),
    ...list('ws.flashRetro.satisfied', data.satisfied),
    ...text('ws.flashRetro.obstacle', data.obstacle),
    ...text('ws.flashRetro.tried', data.tried),
    ...text('ws.flashRetro.improvement', data.improvement),
    ...(data.judgment === null
      ? []
      : [{ type: 'choice', label: 'ws.flashRetro.judgment', choice: judgmentLabel[data.judgment] } as const]),
  ];
}

/** The worksheet data of an example version, with every default filled in. Throws on data the schema refuses. */
export function exampleData(kind: ExampleKind, data: unknown) {
  return exampleDataSchemas[kind].parse(data);
}

/** The rows to show for one example version. */
export function exampleRows(kind: ExampleKind, data: unknown): ExampleRow[] {
  switch (kind) {
    case 'prep-sheet':
      return prepSheetRows(exampleDataSchemas[kind].parse(data));
    case 'smart-ar':
      return smartArRows(exampleDataSchemas[kind].parse(data));
    case 'feedback':
      return feedbackRows(exampleDataSchemas[kind].parse(data));
    case 'flash-retro':
      return flashRetroRows(exampleDataSchemas[kind].parse(data));
  }
}
