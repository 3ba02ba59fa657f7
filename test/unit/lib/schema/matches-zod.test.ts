import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { mulberry32 } from '../../../../src/lib/grow/prng';
import { sampleData, sampleDoc } from '../worksheets/fixtures';

/**
 * The proof that our validator (src/lib/schema) behaves as zod/mini for every schema the
 * browser uses. The schema modules are imported twice: once as they are, once with
 * src/lib/schema replaced by zod/mini itself, so each schema is built from the same source
 * by both libraries. Then both parse the same inputs: fixtures, the filled examples, the
 * workshop practice data, and seeded random damage to them (wrong types, long strings in
 * code points, extra and missing keys, null, long arrays, impossible dates). Success, the
 * parsed data and every issue (code, path, limits, in order) must be identical.
 */

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const schemaIndex = `${root}src/lib/schema/index.ts`;

interface AnyResult {
  success: boolean;
  data?: unknown;
  error?: { issues: readonly object[] } | undefined;
}
type SchemaSet = Record<string, { safeParse(value: unknown): AnyResult }>;

/** Every browser schema, from freshly imported modules (so a mock of src/lib/schema applies). */
async function loadSchemas(): Promise<SchemaSet> {
  const kinds = await import('../../../../src/lib/worksheets/kinds');
  const document = await import('../../../../src/lib/worksheets/document');
  const prepSheet = await import('../../../../src/lib/grow/prep-sheet');
  const request = await import('../../../../src/lib/grow/request');
  const question = await import('../../../../src/lib/grow/question');
  const people = await import('../../../../src/lib/tracking/people');
  const tracking = await import('../../../../src/lib/worksheets/tracking-fields');
  const i18n = await import('../../../../src/lib/i18n');
  const set: SchemaSet = {
    meta: document.worksheetMetaSchema,
    prepSheetContract: prepSheet.prepSheetSchema,
    growRequest: request.growRequestSchema,
    growResponse: request.growResponseSchema,
    growQuestion: question.growQuestionSchema,
    peopleSettings: people.peopleSettingsSchema,
    dateMoves: tracking.dateMovesSchema,
    uiDictionary: i18n.uiDictionarySchema,
  };
  for (const kind of kinds.worksheetKinds) set[kind] = (await kinds.worksheetKindInfo[kind].load()).schema;
  return set;
}

let ours: SchemaSet;
let zods: SchemaSet;

beforeAll(async () => {
  vi.resetModules();
  ours = await loadSchemas();
  vi.resetModules();
  vi.doMock(schemaIndex, () => import('zod/mini'));
  zods = await loadSchemas();
  vi.doUnmock(schemaIndex);
  vi.resetModules();
});

/** Frontmatter of every Markdown file in a content folder, both languages. */
function frontmatters(folder: string): Record<string, unknown>[] {
  return ['en', 'zh-cn'].flatMap((lang) => {
    const dir = `${root}content/${lang}/${folder}`;
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => {
        const text = readFileSync(`${dir}/${name}`, 'utf8');
        return parseYaml(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
      });
  });
}

const examples = frontmatters('examples');
const scenarios = frontmatters('workshop/scenarios');

function exampleData(kind: string): unknown[] {
  return examples
    .filter((example) => example['kind'] === kind)
    .flatMap((example) => ['weak', 'strong'].map((version) => (example[version] as { data: unknown }).data));
}

const four = ['goal', 'reality', 'options', 'will'].map((stage) => ({
  stage,
  text: '  What matters most?  ',
}));
const contractPrep = {
  topics: ['Release stability'],
  wins: ['Shipped on time'],
  metrics: [{ name: 'NPS', current: '40' }],
};

/** Valid (or nearly valid) inputs per schema; the random damage starts from these. */
function seeds(name: string): unknown[] {
  const practicePreps = scenarios.flatMap((scenario) => {
    const practice = scenario['practice'] as { prepSheet?: unknown } | undefined;
    return practice?.prepSheet === undefined ? [] : [practice.prepSheet];
  });
  switch (name) {
    case 'meta':
      return Object.keys(sampleData).map((kind) => sampleDoc(kind as keyof typeof sampleData));
    case 'prepSheetContract':
      return [contractPrep, ...practicePreps];
    case 'growRequest':
      return [
        { locale: 'en', prep: contractPrep },
        { locale: 'zh-CN', prep: contractPrep, perStage: 3, mode: 'rules' },
      ];
    case 'growResponse':
      return [
        { questions: four, source: 'ai' },
        { questions: [...four, ...four], source: 'rules', fallbackReason: 'timeout' },
      ];
    case 'growQuestion':
      return four;
    case 'peopleSettings':
      return [{ me: 'Li', archived: ['Wang'] }, {}];
    case 'dateMoves':
      return [[{ from: '2025-01-01', to: '2025-01-08', on: '2025-01-02' }], undefined];
    case 'uiDictionary':
      return [readDictionary()];
    default:
      return [sampleData[name as keyof typeof sampleData], {}, undefined, ...exampleData(name)];
  }
}

let dictionary: unknown;
function readDictionary(): unknown {
  return dictionary;
}

const astral = '😀';
/** Values that break a field in every way our schemas can notice. */
const damage: (() => unknown)[] = [
  () => undefined,
  () => null,
  () => 0,
  () => -1,
  () => 1.5,
  () => 3,
  () => 11,
  () => 31,
  () => 1e20,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => true,
  () => '',
  () => '   ',
  () => '  padded  ',
  () => 'x'.repeat(81),
  () => 'x'.repeat(121),
  () => 'x'.repeat(501),
  () => 'x'.repeat(2001),
  () => astral.repeat(60),
  () => astral.repeat(61),
  () => astral.repeat(121),
  () => `${astral.repeat(250)}x`,
  () => '2024-02-29',
  () => '2023-02-29',
  () => '2025-13-01',
  () => '2025-06-01T08:00:00.000Z',
  () => '2025-06-01T08:00:00+08:00',
  () => '2025-06-01T08:00+08:00',
  () => 'bad id!',
  () => 'goal',
  () => 'five',
  () => 'done',
  () => 'rules',
  () => 'en',
  () => [],
  () => [''],
  () => Array<string>(60).fill('x'),
  () => ({}),
  () => ({ length: 500 }),
  () => ({ extra: 1 }),
  () => new Date(0),
];

type Path = (string | number)[];

function nodePaths(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value))
    value.forEach((item, index) => paths.push(...nodePaths(item, [...prefix, index])));
  else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) paths.push(...nodePaths(item, [...prefix, key]));
  }
  return paths;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** One random change somewhere in `value`: replace a node, drop or add a key, or grow an array. */
function mutate(value: unknown, random: () => number): unknown {
  const copy: unknown = structuredClone(value);
  const path = pick(nodePaths(copy), random);
  const replacement = pick(damage, random)();
  if (path.length === 0) return replacement;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy) as
    Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1] as string | number;
  const node = (parent as Record<string | number, unknown>)[key];
  switch (pick(['replace', 'replace', 'delete', 'extra', 'grow'] as const, random)) {
    case 'replace':
      (parent as Record<string | number, unknown>)[key] = replacement;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'extra':
      if (!Array.isArray(parent)) parent[`unknown${Math.floor(random() * 3)}`] = replacement;
      break;
    case 'grow':
      if (Array.isArray(node)) {
        const items = node as unknown[];
        (parent as Record<string | number, unknown>)[key] = Array.from({ length: 7 }, () => items).flat();
      } else if (Array.isArray(parent)) parent.push(structuredClone(node), structuredClone(node));
      break;
  }
  return copy;
}

/** What a parse says, in a form both libraries can be compared on (zod's own wording left out). */
function outcome(schema: SchemaSet[string], input: unknown): unknown {
  const result = schema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: (result.error?.issues ?? []).map((issue) => comparable(issue as Record<string, unknown>)),
  };
}

function comparable(issue: Record<string, unknown>): Record<string, unknown> {
  const { message, errors, ...rest } = issue;
  return {
    ...rest,
    ...(issue['code'] === 'custom' ? { message } : {}),
    ...(Array.isArray(errors)
      ? { errors: (errors as Record<string, unknown>[][]).map((branch) => branch.map(comparable)) }
      : {}),
  };
}

const schemaNames = [
  'meta',
  'prepSheetContract',
  'growRequest',
  'growResponse',
  'growQuestion',
  'peopleSettings',
  'dateMoves',
  'uiDictionary',
  ...Object.keys(sampleData),
];
const RANDOM_INPUTS = 400;

describe('src/lib/schema parses exactly as zod/mini', () => {
  beforeAll(async () => {
    dictionary = (await import('../../../../src/lib/i18n/ui/en')).en;
  });

  test('the twin really is zod/mini and ours is not', () => {
    expect('_zod' in (zods['meta'] as object)).toBe(true);
    expect('_zod' in (ours['meta'] as object)).toBe(false);
    expect(Object.keys(ours).sort()).toEqual([...schemaNames].sort());
  });

  test.each(schemaNames)('%s: the seed inputs give the same result', (name) => {
    for (const input of seeds(name)) {
      expect(outcome(ours[name]!, input), JSON.stringify(input)).toStrictEqual(outcome(zods[name]!, input));
    }
  });

  test.each(schemaNames)(
    `%s: ${RANDOM_INPUTS} damaged inputs give the same result`,
    (name) => {
      const random = mulberry32([...name].reduce((hash, char) => hash * 31 + char.charCodeAt(0), 7));
      const starts = seeds(name);
      let failures = 0;
      for (let i = 0; i < RANDOM_INPUTS; i++) {
        let input = pick(starts, random);
        const changes = 1 + Math.floor(random() * 3);
        for (let change = 0; change < changes; change++) input = mutate(input, random);
        const zodResult = outcome(zods[name]!, input);
        if (!(zodResult as { success: boolean }).success) failures++;
        expect(outcome(ours[name]!, input), `input ${i}`).toStrictEqual(zodResult);
      }
      // The damage must reach the rules: most inputs fail, so issues are what is compared.
      expect(failures).toBeGreaterThan(RANDOM_INPUTS / 4);
      // The UI dictionary (over 1,300 keys, hint and export words included) takes ~2.5 s on a
      // quiet 2-core machine: room for a busy one.
    },
    30_000,
  );
});
