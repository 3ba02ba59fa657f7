import { MAX_TEXT } from '../fields';
import { asRecord, defineMigrations, type MigrationStep } from '../migrations';

/**
 * Version 0 stored `likelihood` as free text ("7", "70%", "比较有把握"). Version 1 stores a
 * scale and a number so that hints and dashboards can compare it. Numbers become a 0–10
 * score, the five named steps become the five-step scale, and anything else becomes "not
 * estimated" with the text moved to the front of `missingConditions`, so nothing the user
 * wrote is lost.
 */
const fiveStepWords: readonly (readonly string[])[] = [
  ['很没把握', '非常低', 'very unlikely', 'very low'],
  ['没太大把握', '较低', '低', 'unlikely', 'low'],
  ['一半一半', '一般', '中等', 'even', 'medium', 'fifty-fifty'],
  ['比较有把握', '较高', '高', 'likely', 'high'],
  ['很有把握', '非常高', 'very likely', 'very high'],
];

export function readLegacyLikelihood(text: string): { scale: 'ten' | 'five'; value: number } | undefined {
  const trimmed = text.normalize('NFKC').trim().toLowerCase();
  const percent = /^(\d{1,3})\s*[%％]$/.exec(trimmed);
  if (percent) return { scale: 'ten', value: clampTen(Math.round(Number(percent[1]) / 10)) };
  const outOfTen = /^(\d{1,2}(?:\.\d+)?)\s*(?:\/\s*10|分)?$/.exec(trimmed);
  if (outOfTen) return { scale: 'ten', value: clampTen(Math.round(Number(outOfTen[1]))) };
  const step = fiveStepWords.findIndex((words) => words.includes(trimmed));
  if (step !== -1) return { scale: 'five', value: step + 1 };
  return undefined;
}

function clampTen(value: number): number {
  return Math.min(10, Math.max(0, value));
}

export const likelihoodToScale: MigrationStep = {
  id: 'smart-ar/1-likelihood-scale',
  from: 0,
  description: 'likelihood: free text → { scale, value }',
  up(data) {
    const record = asRecord(data);
    if (record === undefined || typeof record['likelihood'] !== 'string') return data;
    const text = record['likelihood'];
    const read = readLegacyLikelihood(text);
    if (read !== undefined) return { ...record, likelihood: read };
    const missing = typeof record['missingConditions'] === 'string' ? record['missingConditions'] : '';
    // Cut to the field's limit rather than fail validation and lose the whole worksheet.
    const kept = [text.trim(), missing.trim()]
      .filter((part) => part !== '')
      .join('\n')
      .slice(0, MAX_TEXT);
    return { ...record, likelihood: { scale: 'ten', value: null }, missingConditions: kept };
  },
};

/**
 * Version 2 records progress for the dashboards: each milestone gets where it stands now
 * (`current`) and the day it was reached (`reachedOn`), the goal gets the moves of its next
 * review date and a likelihood log. Old worksheets start with nothing recorded (no day is
 * known for the score they hold, and a reading with an invented day would fake a trend);
 * every field they had is kept as it was.
 */
export const progressTracking: MigrationStep = {
  id: 'smart-ar/2-progress-tracking',
  from: 1,
  description: 'milestones: + current, reachedOn; + nextReviewMoves, likelihoodLog',
  up(data) {
    const record = asRecord(data);
    if (record === undefined) return data;
    const milestones = Array.isArray(record['milestones'])
      ? (record['milestones'] as unknown[]).map((milestone) => {
          const entry = asRecord(milestone);
          return entry === undefined ? milestone : { current: '', reachedOn: '', ...entry };
        })
      : record['milestones'];
    return {
      ...record,
      ...(milestones === undefined ? {} : { milestones }),
      nextReviewMoves: Array.isArray(record['nextReviewMoves']) ? record['nextReviewMoves'] : [],
      likelihoodLog: Array.isArray(record['likelihoodLog']) ? record['likelihoodLog'] : [],
    };
  },
};

export const smartArMigrations = defineMigrations('smart-ar', 2, [likelihoodToScale, progressTracking]);
