import { describe, expect, test } from 'vitest';
import { MAX_TEXT } from '../../../../src/lib/grow/prep-sheet';
import { growStages } from '../../../../src/lib/grow/question';
import { findQuestionSetProblems, withoutQuotes } from '../../../../src/lib/grow/question-rules';
import { growResponseSchema } from '../../../../src/lib/grow/request';
import { generateRulesQuestions } from '../../../../src/lib/grow/rules-engine';
import { randomPrepGenerator } from './support/random-prep';

/**
 * Property tests: the contract's invariants over many generated sheets, in both languages
 * and every perStage, including hostile text. Seeded, so a failure reproduces exactly.
 */
const SHEETS = 600;
const generator = randomPrepGenerator(20_261_125, { hostileShare: 0.2 });
const cases = Array.from({ length: SHEETS }, (_, index) => ({
  index,
  locale: generator.locale(),
  perStage: generator.perStage(),
  prep: generator.prep(),
}));

describe(`generateRulesQuestions() over ${SHEETS} random prep sheets`, () => {
  test('covers both languages and every perStage', () => {
    expect(new Set(cases.map((c) => c.locale))).toEqual(new Set(['zh-CN', 'en']));
    expect(new Set(cases.map((c) => c.perStage))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  test('honours every invariant of the contract for every sheet', () => {
    const failures: unknown[] = [];
    for (const { index, locale, perStage, prep } of cases) {
      const questions = generateRulesQuestions({ locale, prep, perStage });
      const problems = findQuestionSetProblems(questions, { locale, perStage });
      const counts = growStages.map((stage) => questions.filter((q) => q.stage === stage).length);
      const schema = growResponseSchema.safeParse({ questions, source: 'rules' });
      const tooLong = questions.filter((q) => q.text.length > MAX_TEXT);
      if (
        problems.length > 0 ||
        counts.some((n) => n !== perStage) ||
        !schema.success ||
        tooLong.length > 0
      ) {
        failures.push({ index, locale, perStage, problems, counts, questions });
      }
    }
    expect(failures).toEqual([]);
  });

  test('opens every stage with a question tied to the sheet', () => {
    const tiedToSheet = (text: string) =>
      text.includes('“') || /你列的|the (first|second|third) topic|the topic you raised/u.test(text);
    for (const { locale, perStage, prep } of cases) {
      const questions = generateRulesQuestions({ locale, prep, perStage });
      for (const stage of growStages) {
        expect(tiedToSheet(questions.find((q) => q.stage === stage)?.text ?? '')).toBe(true);
      }
    }
  });

  test("keeps the sheet's text inside quotation marks, never in the question's own words", () => {
    for (const { locale, perStage, prep } of cases.slice(0, 200)) {
      for (const { text } of generateRulesQuestions({ locale, prep, perStage })) {
        expect(text).not.toMatch(/[\n\r\t\u200B\u202E]/u);
        expect(withoutQuotes(text)).not.toMatch(
          /<script|Ignore previous|忽略之前|developer mode|DROP TABLE/iu,
        );
      }
    }
  });

  test('is deterministic for the same sheet and seed', () => {
    for (const { locale, perStage, prep } of cases.slice(0, 100)) {
      expect(generateRulesQuestions({ locale, prep, perStage }, { seed: 5 })).toEqual(
        generateRulesQuestions({ locale, prep, perStage }, { seed: 5 }),
      );
    }
  });

  test('gives another set for another seed on most sheets', () => {
    const sample = cases.slice(0, 200);
    const changed = sample.filter(({ locale, perStage, prep }) => {
      const a = JSON.stringify(generateRulesQuestions({ locale, prep, perStage }, { seed: 1 }));
      const b = JSON.stringify(generateRulesQuestions({ locale, prep, perStage }, { seed: 2 }));
      return a !== b;
    });
    expect(changed.length / sample.length).toBeGreaterThan(0.9);
  });
});
