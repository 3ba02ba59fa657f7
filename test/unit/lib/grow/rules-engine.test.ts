import { describe, expect, test } from 'vitest';
import type { PrepSheet } from '../../../../src/lib/grow/prep-sheet';
import { growStages, type GrowQuestion } from '../../../../src/lib/grow/question';
import {
  findQuestionProblems,
  findQuestionSetProblems,
  withoutQuotes,
} from '../../../../src/lib/grow/question-rules';
import { generateRulesQuestions } from '../../../../src/lib/grow/rules-engine';
import type { Slots } from '../../../../src/lib/grow/rules-phrasing';
import { enPhrasings } from '../../../../src/lib/grow/rules-phrasing.en';
import { zhPhrasings } from '../../../../src/lib/grow/rules-phrasing.zh-CN';
import type { Locale } from '../../../../src/lib/i18n/locales';
import { enSheets, injectionSheet, zhSheets } from './support/sample-sheets';

const books = { 'zh-CN': zhPhrasings, en: enPhrasings } as const;
const sheetsByLocale: Record<Locale, Record<string, PrepSheet>> = { 'zh-CN': zhSheets, en: enSheets };

/** How the engine names a topic it does not quote (rules-phrasing.*.ts, `TopicReference`). */
const topicReference: Record<Locale, RegExp> = {
  en: /the topic you raised|topic on your list/u,
  'zh-CN': /你列的这个话题|你列的第.+个话题/u,
};

function texts(questions: readonly GrowQuestion[]): string[] {
  return questions.map((q) => q.text);
}

function generate(locale: Locale, prep: PrepSheet, perStage = 2, seed?: number) {
  return generateRulesQuestions({ locale, prep, perStage }, seed === undefined ? {} : { seed });
}

describe.each(['zh-CN', 'en'] as const)('the %s phrasing book', (locale) => {
  const book = books[locale];
  const slotSamples: Slots[] =
    locale === 'zh-CN'
      ? [
          {
            t: '“带新人”',
            t2: '“客户投诉”',
            n: '“转化率”',
            prev: '9%',
            cur: '11%',
            tgt: '15%',
            p: '“官网改版”',
            prog: '“完成一半”',
          },
          {
            t: '你列的第一个话题',
            t2: '“季度目标拆解和跨部门沟通”',
            n: '“NPS”',
            prev: '30',
            cur: '42',
            tgt: '50',
            p: '“Project Atlas”',
            prog: '“设计稿已确认”',
          },
        ]
      : [
          {
            t: '“mentoring”',
            t2: '“customer escalations”',
            n: '“conversion rate”',
            prev: '9%',
            cur: '11%',
            tgt: '15%',
            p: '“website refresh”',
            prog: '“halfway”',
          },
          {
            t: 'the first topic on your list',
            t2: '“季度目标”',
            n: '“NPS”',
            prev: '30',
            cur: '42',
            tgt: '50',
            p: '“Atlas”',
            prog: '“design signed off”',
          },
        ];

  test.each(growStages)('has at least 12 phrasings and 5 general ones for the %s stage', (stage) => {
    expect(book[stage].length).toBeGreaterThanOrEqual(12);
    expect(book[stage].filter((p) => p.needs === 'none').length).toBeGreaterThanOrEqual(5);
  });

  test.each(growStages)(
    'has phrasings for topics, metrics with a gap, puzzles, wins, support and projects (%s)',
    (stage) => {
      const kinds = new Set(book[stage].map((p) => p.needs));
      for (const kind of ['topic', 'metricGap', 'puzzle', 'win', 'support'] as const)
        expect(kinds).toContain(kind);
      expect(kinds.has('project') || kinds.has('projectProgress')).toBe(true);
    },
  );

  test('renders every phrasing into an open, non-judgmental question in the language', () => {
    for (const stage of growStages) {
      for (const [index, phrasing] of book[stage].entries()) {
        for (const slots of slotSamples) {
          const text = phrasing.render(slots);
          expect({ stage, index, text, problems: findQuestionProblems(text, locale) }).toEqual({
            stage,
            index,
            text,
            problems: [],
          });
        }
      }
    }
  });
});

describe('generateRulesQuestions()', () => {
  describe.each(['zh-CN', 'en'] as const)('in %s', (locale) => {
    const sheets = sheetsByLocale[locale];

    test.each(Object.keys(sheets))('honours every rule of the contract for the %s sheet', (name) => {
      for (const perStage of [1, 2, 3, 4, 5]) {
        const questions = generate(locale, sheets[name]!, perStage);
        expect(findQuestionSetProblems(questions, { locale, perStage })).toEqual([]);
        for (const stage of growStages)
          expect(questions.filter((q) => q.stage === stage)).toHaveLength(perStage);
      }
    });

    test('asks at least one question per stage when the sheet has a single topic only', () => {
      const questions = generate(locale, { topics: [locale === 'en' ? 'Hiring' : '招聘'] }, 5);
      expect(findQuestionSetProblems(questions, { locale, perStage: 5 })).toEqual([]);
      expect(
        texts(questions).filter((t) => t.includes(locale === 'en' ? '“Hiring”' : '“招聘”')).length,
      ).toBeGreaterThanOrEqual(4);
    });

    test("opens the goal stage on one of the employee's own topics", () => {
      for (const sheet of Object.values(sheets)) {
        for (const seed of [0, 1, 2, 3]) {
          const first = generate(locale, sheet, 2, seed)[0]!;
          expect(first.stage).toBe('goal');
          // Quoted whole, or by its place on the list when a quote would read badly.
          const quoted = sheet.topics.some((topic) => first.text.includes(`“${topic}”`));
          expect(quoted || topicReference[locale].test(first.text)).toBe(true);
        }
      }
    });

    test('starts every stage with a question drawn from the sheet', () => {
      const sheet = sheets['sales']!;
      const questions = generate(locale, sheet, 3);
      const quotedStarts = growStages
        .map((stage) => questions.find((q) => q.stage === stage)!.text)
        .filter((t) => t.includes('“'));
      expect(quotedStarts).toHaveLength(4);
    });

    test('quotes metric names and their numbers when current and target differ', () => {
      const sheet = sheets['support']!;
      const all = new Set<string>();
      for (let seed = 0; seed < 12; seed++)
        for (const t of texts(generate(locale, sheet, 3, seed))) all.add(t);
      const metricQuestions = [...all].filter(
        (t) => t.includes(`“${sheet.metrics![0]!.name}”`) || t.includes(`“${sheet.metrics![1]!.name}”`),
      );
      expect(metricQuestions.length).toBeGreaterThan(0);
      expect([...all].some((t) => /4\.6|2 (hours|小时)/u.test(t))).toBe(true);
    });

    test.each(['puzzles', 'wins', 'supportNeeded', 'projects'] as const)(
      "picks up the employee's %s across seeds",
      (field) => {
        const sheet = Object.values(sheets).find((s) => (s[field]?.length ?? 0) > 0)!;
        const words = (sheet[field] ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.name));
        const all = Array.from({ length: 10 }, (_, seed) => texts(generate(locale, sheet, 3, seed))).flat();
        expect(all.some((t) => words.some((w) => t.includes(`“${w}`)))).toBe(true);
      },
    );

    test('gives the same questions for the same sheet and seed', () => {
      const sheet = sheets['sales']!;
      expect(generate(locale, sheet, 3, 7)).toEqual(generate(locale, sheet, 3, 7));
      expect(generate(locale, sheet)).toEqual(generate(locale, sheet, 2, 0));
    });

    test('gives another set for another seed', () => {
      for (const sheet of Object.values(sheets)) {
        const sets = new Set([0, 1, 2, 3, 4].map((seed) => JSON.stringify(generate(locale, sheet, 2, seed))));
        expect(sets.size).toBeGreaterThanOrEqual(4);
      }
    });

    test('accepts a string seed', () => {
      const sheet = sheets['growth']!;
      expect(generateRulesQuestions({ locale, prep: sheet, perStage: 2 }, { seed: 'again' })).toEqual(
        generateRulesQuestions({ locale, prep: sheet, perStage: 2 }, { seed: 'again' }),
      );
    });

    test('makes five different sheets read differently', () => {
      const lists = Object.values(sheets).map((sheet) => texts(generate(locale, sheet, 2)));
      for (let a = 0; a < lists.length; a++) {
        for (let b = a + 1; b < lists.length; b++) {
          const shared = lists[a]!.filter((t) => lists[b]!.includes(t));
          expect(shared.length).toBeLessThanOrEqual(2);
        }
      }
    });

    test('does not fill one template with five sheets: the question skeletons differ too', () => {
      // A skeleton is a question with the employee's words and numbers taken out.
      const skeleton = (text: string) =>
        text
          .replace(/“[^”]*”/gu, '“…”')
          .replace(/\d+/gu, 'N')
          .replace(topicReference[locale], 'REF');
      const perSheet = Object.values(sheets).map(
        (sheet) => new Set(texts(generate(locale, sheet, 2)).map(skeleton)),
      );
      const sheetsUsing = new Map<string, number>();
      for (const skeletons of perSheet)
        for (const one of skeletons) sheetsUsing.set(one, (sheetsUsing.get(one) ?? 0) + 1);
      const total = perSheet.reduce((sum, skeletons) => sum + skeletons.size, 0);
      expect(sheetsUsing.size).toBeGreaterThanOrEqual(Math.ceil(total * 0.8));
      expect(Math.max(...sheetsUsing.values())).toBeLessThanOrEqual(2);
    });

    test('quotes a prompt-injection attempt as plain words and stays open and in language', () => {
      const questions = generate(locale, injectionSheet, 3);
      expect(findQuestionSetProblems(questions, { locale, perStage: 3 })).toEqual([]);
      for (const text of texts(questions)) {
        expect(text).not.toContain('\n');
        // Whatever the sheet says appears only inside quotation marks, as the employee's words.
        expect(withoutQuotes(text)).not.toMatch(/prep_sheet|role|system|ignore|忽略|instructions/iu);
      }
      expect(
        texts(questions).some((t) => /“[^”]*(Ignore previous|忽略之前|prep_sheet|PREP_SHEET)/u.test(t)),
      ).toBe(true);
    });

    test('does not quote text that carries a judgmental word, and refers to the topic instead', () => {
      const sheet: PrepSheet = {
        topics: [locale === 'en' ? 'I always miss deadlines' : '我总是拖到最后一天'],
      };
      const questions = generate(locale, sheet, 3);
      expect(findQuestionSetProblems(questions, { locale, perStage: 3 })).toEqual([]);
      expect(texts(questions).join(' ')).toMatch(
        locale === 'en' ? /the topic you raised/u : /你列的这个话题/u,
      );
    });

    test('refers to a 500-character topic by its place instead of quoting it cut off', () => {
      const long = (locale === 'en' ? 'customer onboarding and activation ' : '客户上手和激活')
        .repeat(40)
        .slice(0, 500);
      const questions = generate(locale, { topics: [long, locale === 'en' ? 'Team morale' : '团队士气'] }, 5);
      expect(findQuestionSetProblems(questions, { locale, perStage: 5 })).toEqual([]);
      for (const text of texts(questions)) expect(text.length).toBeLessThanOrEqual(200);
      expect(texts(questions).some((t) => t.includes('…”'))).toBe(false);
      expect(texts(questions).some((t) => topicReference[locale].test(t))).toBe(true);
    });

    test('quotes a topic written as a statement, and refers to one written as a question', () => {
      const [question, statement] =
        locale === 'en'
          ? ['Should I move into product management?', 'Public speaking']
          : ['是否转向产品经理', '英语能力'];
      const all = [0, 1, 2, 3].flatMap((seed) =>
        texts(generate(locale, { topics: [question, statement] }, 5, seed)),
      );
      expect(all.join(' ')).not.toContain(`“${question.replace(/[?？]$/u, '')}`);
      expect(all.some((t) => t.includes(`“${statement}”`))).toBe(true);
      expect(all.some((t) => topicReference[locale].test(t))).toBe(true);
    });
  });

  test('writes the two languages independently rather than as translations of one template', () => {
    const zh = texts(generate('zh-CN', zhSheets['sales']!, 5));
    const en = texts(generate('en', enSheets['sales']!, 5));
    expect(zh.every((t) => /\p{Script=Han}/u.test(t))).toBe(true);
    expect(en.every((t) => !/\p{Script=Han}/u.test(t))).toBe(true);
  });

  test('keeps a Chinese question in Chinese when the sheet is written in English', () => {
    const questions = generate('zh-CN', enSheets['growth']!, 4);
    expect(findQuestionSetProblems(questions, { locale: 'zh-CN', perStage: 4 })).toEqual([]);
  });

  test('keeps an English question in English when the sheet is written in Chinese', () => {
    const questions = generate('en', zhSheets['growth']!, 4);
    expect(findQuestionSetProblems(questions, { locale: 'en', perStage: 4 })).toEqual([]);
  });

  test('strips line breaks and invisible characters from quoted text', () => {
    const questions = generate('en', { topics: ['team\nmorale\u200B and \u202Eroles'] }, 2);
    const quoted = texts(questions).find((t) => t.includes('“team'));
    expect(quoted).toContain('“team morale and roles”');
  });
});
