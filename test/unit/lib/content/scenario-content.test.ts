import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { scenarioSchema, scenarioSectionIds } from '../../../../src/lib/content/workshop-schema';
import { localeInfo, locales, type Locale } from '../../../../src/lib/i18n/locales';

const CONTENT = join(import.meta.dirname, '..', '..', '..', '..', 'content');
const folderOf = (locale: Locale) => join(CONTENT, localeInfo[locale].contentFolder, 'workshop', 'scenarios');

function read(locale: Locale, id: string) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(
    readFileSync(join(folderOf(locale), `${id}.md`), 'utf8'),
  );
  return { data: scenarioSchema.parse(parseYaml(match?.[1] ?? '')), body: match?.[2] ?? '' };
}

const ids = readdirSync(folderOf('zh-CN'))
  .map((file) => file.replace(/\.md$/, ''))
  .sort();

/** The hard-conversation scenarios (issue 12): one round each, one or two frameworks. */
const hardConversations = [
  'low-performer-plan',
  'pay-or-promotion',
  'disputed-data-employee-wrong',
  'disputed-data-manager-wrong',
  'tears-or-anger',
  'goal-overridden',
  'time-zones',
];

/** A role-play round is at most 20 minutes including the changeover between rounds. */
const ROUND_MINUTES = 20;
const CHANGEOVER_MINUTES = 5;

describe('role-play scenarios in both languages', () => {
  test('the hard-conversation scenarios exist, including the stable pay-or-promotion address', () => {
    for (const id of hardConversations) expect(ids).toContain(id);
  });

  describe.each(ids.map((id) => [id]))('%s', (id) => {
    test.each(locales)('%s has the five sections, in order, each with its anchor', (locale) => {
      const anchors = [...read(locale, id).body.matchAll(/^##\s+.*\{#([\w-]+)\}\s*$/gm)].map((m) => m[1]);
      expect(anchors).toEqual([...scenarioSectionIds]);
    });

    // Agendas run a scenario in one time slot for both languages, so every scenario (not only
    // the hard conversations) must have the same shape in both.
    test('has the same order, frameworks, length and practice worksheets in both languages', () => {
      const shape = (locale: Locale) => {
        const { data } = read(locale, id);
        return {
          order: data.order,
          frameworks: data.frameworks,
          minutes: data.minutes,
          practice: {
            prepSheet: data.practice.prepSheet !== undefined,
            goal: data.practice.goal !== undefined,
            feedback: data.practice.feedback && [
              data.practice.feedback.framework,
              data.practice.feedback.scenario,
            ],
          },
        };
      };
      expect(shape('en')).toEqual(shape('zh-CN'));
    });
  });

  describe.each(hardConversations.map((id) => [id]))('%s', (id) => {
    test.each(locales)(
      '%s practices one or two frameworks and fits a round with its changeover',
      (locale) => {
        const { data } = read(locale, id);
        expect(data.frameworks.length).toBeLessThanOrEqual(2);
        expect(data.minutes + CHANGEOVER_MINUTES).toBeLessThanOrEqual(ROUND_MINUTES);
      },
    );
  });

  test('not every brief hides a secret: some employee briefs say there is none', () => {
    for (const locale of locales) {
      const open = hardConversations.filter((id) => {
        const brief = /\{#employee\}([\s\S]*?)\n## /.exec(read(locale, id).body)?.[1] ?? '';
        return /没有隐藏的秘密|no hidden secret/.test(brief);
      });
      expect(open, locale).toEqual(['low-performer-plan', 'disputed-data-employee-wrong']);
    }
  });
});

describe('links in the English content', () => {
  /** Every Markdown file under content/en/, recursively. */
  const files = (readdirSync(join(CONTENT, 'en'), { recursive: true }) as string[]).filter((f) =>
    f.endsWith('.md'),
  );

  test.each(files)('%s links to English pages, not the default language', (file) => {
    const text = readFileSync(join(CONTENT, 'en', file), 'utf8');
    const wrong = [...text.matchAll(/\]\((\/[^)\s]*)\)/g)]
      .map((m) => m[1])
      .filter((href) => !href?.startsWith('/en/'));
    expect(wrong).toEqual([]);
  });
});
