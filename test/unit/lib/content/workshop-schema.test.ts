import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { agendaSchema, scenarioSchema } from '../../../../src/lib/content/workshop-schema';
import { localeInfo, locales } from '../../../../src/lib/i18n/locales';

const CONTENT = join(import.meta.dirname, '..', '..', '..', '..', 'content');

function frontMatter(path: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
  return parseYaml(match?.[1] ?? '');
}

const block = (id: string, minutes: number) => ({
  id,
  title: `Block ${id}`,
  minutes,
  goal: 'Participants can do the thing.',
  say: ['One point to make.'],
  setup: 'plenary',
  steps: [{ label: 'The whole block', minutes }],
});

const agenda = (blocks: ReturnType<typeof block>[], minutes: number) => ({
  title: 'Agenda',
  description: 'A description long enough for the schema.',
  order: 1,
  audience: 'Managers',
  sessions: [{ title: 'Session', minutes, blocks }],
});

describe('agendaSchema', () => {
  test('accepts an agenda whose blocks add up to the session length', () => {
    expect(agendaSchema.safeParse(agenda([block('a', 10), block('b', 20)], 30)).success).toBe(true);
  });

  test('rejects blocks that do not add up, naming the session and both totals', () => {
    const result = agendaSchema.safeParse(agenda([block('a', 10), block('b', 25)], 30));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['sessions', 0, 'minutes']);
    expect(result.error?.issues[0]?.message).toContain('35 minutes, not 30');
  });

  test('rejects a block id used twice', () => {
    const result = agendaSchema.safeParse(agenda([block('a', 10), block('a', 20)], 30));
    expect(result.error?.issues[0]?.message).toContain('"a" is used twice');
  });
});

describe.each(['agendas', 'scenarios'] as const)('shipped workshop %s', (folder) => {
  const files = readdirSync(join(CONTENT, localeInfo['zh-CN'].contentFolder, 'workshop', folder)).sort();

  test('exist with the same file names in every language', () => {
    for (const locale of locales) {
      expect(readdirSync(join(CONTENT, localeInfo[locale].contentFolder, 'workshop', folder)).sort()).toEqual(
        files,
      );
    }
  });

  test.each(files)('%s passes its schema in every language', (file) => {
    for (const locale of locales) {
      const data = frontMatter(join(CONTENT, localeInfo[locale].contentFolder, 'workshop', folder, file));
      const result = (folder === 'agendas' ? agendaSchema : scenarioSchema).safeParse(data);
      expect(result.error?.issues ?? [], `${locale}/${file}`).toEqual([]);
    }
  });

  if (folder === 'agendas') {
    test.each(files)('%s has the same block ids and minutes in every language', (file) => {
      const timing = (locale: (typeof locales)[number]) =>
        agendaSchema
          .parse(frontMatter(join(CONTENT, localeInfo[locale].contentFolder, 'workshop', folder, file)))
          .sessions.map((session) => session.blocks.map((b) => `${b.id}:${b.minutes}`));
      expect(timing('en')).toEqual(timing('zh-CN'));
    });
  }
});
