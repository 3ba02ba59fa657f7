import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { stepTimingProblems } from '../../../../src/lib/content/agenda-timing';
import { agendaSchema, scenarioSchema, type Agenda } from '../../../../src/lib/content/workshop-schema';
import { localeInfo, locales, type Locale } from '../../../../src/lib/i18n/locales';

const CONTENT = join(import.meta.dirname, '..', '..', '..', '..', 'content');
const folderOf = (locale: Locale, kind: 'agendas' | 'scenarios') =>
  join(CONTENT, localeInfo[locale].contentFolder, 'workshop', kind);

function frontMatter(path: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
  return parseYaml(match?.[1] ?? '');
}

const agendaIds = readdirSync(folderOf('zh-CN', 'agendas'))
  .map((file) => file.replace(/\.md$/, ''))
  .sort();

/** Agendas whose blocks do not all have steps yet; remove an id once its steps are written. */
const STEPS_PENDING = new Set<string>([]);

const agendaOf = (locale: Locale, id: string): Agenda =>
  agendaSchema.parse(frontMatter(join(folderOf(locale, 'agendas'), `${id}.md`)));

const scenariosOf = (locale: Locale) =>
  readdirSync(folderOf(locale, 'scenarios')).map((file) => ({
    id: file.replace(/\.md$/, ''),
    ...scenarioSchema.parse(frontMatter(join(folderOf(locale, 'scenarios'), file))),
  }));

const blocksOf = (agenda: Agenda) => agenda.sessions.flatMap((session) => session.blocks);

describe('the step timing rule', () => {
  const base = { id: 'roleplay', minutes: 15, setup: 'trios', debrief: ['What worked?'] };

  test('fails a block whose steps fill all 15 of 15 minutes with no debrief step', () => {
    const block = {
      ...base,
      steps: [
        { label: 'Read the briefs', minutes: 3 },
        { label: 'Round one', minutes: 6 },
        { label: 'Round two', minutes: 6 },
      ],
    };
    expect(stepTimingProblems(block)).toHaveLength(1);
    expect(stepTimingProblems(block)[0]).toContain('fill 15 of 15 minutes with no debrief step');
  });

  test('passes the same block with a minute of slack or a debrief step', () => {
    const slack = [
      { label: 'Read the briefs', minutes: 3 },
      { label: 'Round one', minutes: 5 },
      { label: 'Round two', minutes: 6 },
    ];
    expect(stepTimingProblems({ ...base, steps: slack })).toEqual([]);
    const debrief = [
      { label: 'Read the briefs', minutes: 3 },
      { label: 'Round one', minutes: 5 },
      { label: 'Round two', minutes: 5 },
      { label: 'Debrief', minutes: 2, debrief: true },
    ];
    expect(stepTimingProblems({ ...base, steps: debrief })).toEqual([]);
  });

  test('fails steps that add up to more than the block', () => {
    const steps = [{ label: 'Too long', minutes: 16, debrief: true }];
    expect(stepTimingProblems({ ...base, steps })[0]).toContain('16 minutes, more than its 15');
  });

  test('lets a short plenary block without debrief questions be filled exactly', () => {
    const steps = [{ label: 'Welcome', minutes: 5 }];
    expect(stepTimingProblems({ id: 'opening', minutes: 5, setup: 'plenary', debrief: [], steps })).toEqual(
      [],
    );
  });

  test('the agenda schema reports the rule on the block', () => {
    const result = agendaSchema.safeParse({
      title: 'Agenda',
      description: 'A description long enough for the schema.',
      order: 1,
      audience: 'Managers',
      sessions: [
        {
          title: 'Session',
          minutes: 15,
          blocks: [
            {
              id: 'roleplay',
              title: 'Role-play',
              minutes: 15,
              goal: 'Participants can do the thing.',
              say: ['One point to make.'],
              setup: 'pairs',
              steps: [{ label: 'Practice the whole time', minutes: 15 }],
            },
          ],
        },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['sessions', 0, 'blocks', 0, 'steps']);
  });
});

describe.each(agendaIds)('agenda %s', (id) => {
  test.each([...locales])('%s: blocks add up to each session and steps follow the rule', (locale) => {
    const agenda = agendaOf(locale, id);
    for (const session of agenda.sessions) {
      expect(session.blocks.reduce((sum, block) => sum + block.minutes, 0)).toBe(session.minutes);
      for (const block of session.blocks) {
        expect(stepTimingProblems(block), block.id).toEqual([]);
        const total = (block.steps ?? []).reduce((sum, step) => sum + step.minutes, 0);
        expect(total, block.id).toBeLessThanOrEqual(block.minutes);
      }
    }
  });

  test.skipIf(STEPS_PENDING.has(id)).each([...locales])('%s: every block has its steps', (locale) => {
    for (const block of blocksOf(agendaOf(locale, id)))
      expect(block.steps?.length, block.id).toBeGreaterThan(0);
  });

  test.each([...locales])('%s: a scenario that groups play fits the block that names it', (locale) => {
    const scenarios = scenariosOf(locale);
    for (const block of blocksOf(agendaOf(locale, id))) {
      // A trio role-play (manager, employee, observer) runs the whole scenario it names. Pairs and
      // solo blocks that only borrow a scenario's prep sheet or goal, and plenary demos (whose
      // excerpt length the demo script sets), are not role-plays, unless a step names the scenario.
      // A step with `scenario: <id>` runs a version cut to that step's minutes, which fit the block.
      const cut = new Set((block.steps ?? []).flatMap((step) => (step.scenario ? [step.scenario] : [])));
      for (const scenarioId of cut) expect(scenarios.map((s) => s.id)).toContain(scenarioId);
      const roleplay = block.setup === 'trios';
      const text = [
        ...(roleplay
          ? [
              ...block.say,
              ...block.materials.map((item) => (typeof item === 'string' ? item : item.text)),
              block.setupNotes ?? '',
            ]
          : []),
        ...(block.steps ?? []).map((step) => step.label),
      ]
        .join('\n')
        .toLowerCase();
      for (const scenario of scenarios)
        if (!cut.has(scenario.id) && text.includes(scenario.title.toLowerCase()))
          expect(scenario.minutes, `${block.id} uses "${scenario.id}"`).toBeLessThanOrEqual(block.minutes);
    }
  });

  test('zh-CN and en have the same block ids, block minutes and step minutes', () => {
    const shape = (locale: Locale) =>
      agendaOf(locale, id).sessions.map((session) => ({
        minutes: session.minutes,
        blocks: session.blocks.map((block) => ({
          id: block.id,
          minutes: block.minutes,
          steps: (block.steps ?? []).map((step) => step.minutes),
        })),
      }));
    expect(shape('en')).toEqual(shape('zh-CN'));
  });
});
