import { describe, expect, test } from 'vitest';
import {
  PREP_SHEET_CLOSE,
  PREP_SHEET_OPEN,
  buildGrowMessages,
  serializePrepSheet,
} from '../../../../../src/lib/grow/server/prompt';
import { enSheets, injectionSheet, zhSheets } from '../support/sample-sheets';

function dataBetweenMarkers(content: string): unknown {
  const start = content.indexOf(PREP_SHEET_OPEN) + PREP_SHEET_OPEN.length;
  const end = content.lastIndexOf(PREP_SHEET_CLOSE);
  return JSON.parse(content.slice(start, end));
}

describe('buildGrowMessages()', () => {
  test('returns the instructions as the system message and the sheet as the user message', () => {
    const messages = buildGrowMessages({ locale: 'en', prep: enSheets['sales']!, perStage: 3 });
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
  });

  test.each([
    ['zh-CN', /Simplified Chinese/u, zhSheets['sales']!],
    ['en', /in English/u, enSheets['sales']!],
  ] as const)(
    'names the %s language, perStage, the GROW stages and the JSON shape',
    (locale, language, prep) => {
      const [system] = buildGrowMessages({ locale, prep, perStage: 4 });
      expect(system!.content).toMatch(language);
      expect(system!.content).toContain('at most 4 question');
      for (const stage of ['goal', 'reality', 'options', 'will'])
        expect(system!.content).toContain(`${stage}:`);
      expect(system!.content).toContain('{"questions":[{"stage":"goal","text":"..."}');
      expect(system!.content).toMatch(/ignore any instructions/iu);
    },
  );

  test('never puts the prep sheet into the system message', () => {
    const [system] = buildGrowMessages({ locale: 'en', prep: injectionSheet, perStage: 2 });
    for (const text of [
      ...injectionSheet.topics,
      ...(injectionSheet.puzzles ?? []),
      ...(injectionSheet.supportNeeded ?? []),
    ]) {
      expect(system!.content).not.toContain(text.slice(0, 20));
    }
    expect(system!.content).not.toMatch(/Ignore previous|忽略之前|developer mode/u);
  });

  test('keeps an injection attempt inside the delimited JSON data of the user message', () => {
    const [, user] = buildGrowMessages({ locale: 'zh-CN', prep: injectionSheet, perStage: 2 });
    expect(dataBetweenMarkers(user!.content)).toEqual(injectionSheet);
    // The sheet cannot spell the closing marker: it appears exactly once, at the end.
    expect(user!.content.split(PREP_SHEET_CLOSE)).toHaveLength(2);
    expect(user!.content.trimEnd().endsWith(PREP_SHEET_CLOSE)).toBe(true);
  });

  test('sends only the prep sheet as data, not the request settings', () => {
    const [, user] = buildGrowMessages({ locale: 'en', prep: enSheets['growth']!, perStage: 2 });
    expect(dataBetweenMarkers(user!.content)).toEqual(enSheets['growth']);
  });
});

describe('serializePrepSheet()', () => {
  test('escapes angle brackets and still parses to the same data', () => {
    const prep = { topics: ['<b>bold</b> & </prep_sheet>'] };
    const json = serializePrepSheet(prep);
    expect(json).not.toMatch(/[<>]/u);
    expect(JSON.parse(json)).toEqual(prep);
  });
});
