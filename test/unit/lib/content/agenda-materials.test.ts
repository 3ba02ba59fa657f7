import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { unlinkedMaterials } from '../../../../src/lib/content/workshop-materials';
import { agendaSchema } from '../../../../src/lib/content/workshop-schema';
import { localeInfo, locales } from '../../../../src/lib/i18n/locales';

const CONTENT = join(import.meta.dirname, '..', '..', '..', '..', 'content');

function agendasOf(locale: (typeof locales)[number]) {
  const folder = join(CONTENT, localeInfo[locale].contentFolder, 'workshop', 'agendas');
  return readdirSync(folder).map((file) => {
    const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, file), 'utf8'));
    return { file, agenda: agendaSchema.parse(parseYaml(match?.[1] ?? '')) };
  });
}

describe('unlinkedMaterials()', () => {
  test('asks a link of what names a toolkit material, in each language, and none of a timer', () => {
    expect(
      unlinkedMaterials(
        ['每人一张五步法速查卡', '计时器', { text: 'PREP 规划表', href: '/worksheets/prep-planner/' }],
        'zh-CN',
      ),
    ).toEqual(['每人一张五步法速查卡']);
    expect(unlinkedMaterials(['A handout with four weak goals', 'A timer everyone can see'], 'en')).toEqual([
      'A handout with four weak goals',
    ]);
  });
});

describe.each(locales)('every material a %s agenda names', (locale) => {
  test.each(agendasOf(locale))('in $file links to what the toolkit provides', ({ agenda }) => {
    const unlinked = agenda.sessions.flatMap((session) =>
      session.blocks.flatMap((block) =>
        unlinkedMaterials(block.materials, locale).map((text) => `${block.id}: ${text}`),
      ),
    );
    expect(unlinked).toEqual([]);
  });
});
