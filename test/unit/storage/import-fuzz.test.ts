import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../../src/lib/grow/prng';
import { migrateAndValidate } from '../../../src/lib/worksheets/document';
import {
  createExportFile,
  parseImportFile,
  serializeExportFile,
} from '../../../src/lib/worksheets/export-file';
import { planImport } from '../../../src/lib/worksheets/import-plan';
import { worksheetKinds } from '../../../src/lib/worksheets/kinds';
import { describeImportFailure, describeImportFileError } from '../../../src/lib/worksheets/messages';
import { isWorksheetKey, STORAGE_KEYS, worksheetKey } from '../../../src/storage/keys';
import { createMemoryBackend } from '../../../src/storage/memory-backend';
import { createWorksheetStore } from '../../../src/storage/worksheet-store';
import { sampleDoc } from '../lib/worksheets/fixtures';

/**
 * Thousands of damaged export files, made deterministically from one seed: the parser must
 * never throw, must only ever hand out worksheets that validate, and must never change what
 * is already stored. The same mutations are then written straight into storage, as a
 * damaged disk or an old bug would leave them: every stored worksheet must still load or be
 * reported damaged, and nothing may throw into the page or silently disappear.
 */

const SEED = 20250601;
const ITERATIONS = 3000;
const IMPORT_EVERY = 25;
const STORED_ITERATIONS = 300;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const baseDocs = [
  ...worksheetKinds.map((kind) => sampleDoc(kind)),
  sampleDoc('feedback', { id: 'second-feedback' }),
];
const baseFile = JSON.parse(
  serializeExportFile(
    createExportFile(baseDocs, { source: 'https://coaching.example', now: new Date('2025-06-01T00:00:00Z') }),
  ),
) as Json;

function fuzzer(random: () => number) {
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;

  const strings = [
    '',
    ' ',
    'x'.repeat(600),
    '2025-02-30',
    '2025-06-01',
    'smart-ar',
    'memo',
    '<script>alert(1)</script>',
    '总是',
    '\u0000',
    '💥'.repeat(50),
    '__proto__',
    '9'.repeat(30),
  ];
  const randomValue = (depth = 0): Json => {
    switch (int(depth > 2 ? 5 : 8)) {
      case 0:
        return null;
      case 1:
        return random() < 0.5;
      case 2:
        return pick([0, -1, 1, 2, 7, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2]);
      case 3:
        return pick(strings);
      case 4:
        return String(random()).slice(2, 2 + int(12));
      case 5:
        return Array.from({ length: int(4) }, () => randomValue(depth + 1));
      case 6:
        return Object.fromEntries(
          Array.from({ length: int(4) }, () => [
            pick(['kind', 'data', 'id', 'a', 'schemaVersion', 'title']),
            randomValue(depth + 1),
          ]),
        );
      default:
        return Array.from({ length: 200 }, () => 'row');
    }
  };

  /** Every container in the tree with a way to change one of its entries. */
  const containers = (value: Json, out: (Json[] | { [key: string]: Json })[] = []) => {
    if (value !== null && typeof value === 'object') {
      out.push(value);
      for (const child of Object.values(value)) containers(child, out);
    }
    return out;
  };

  const structural = [
    (root: Json) => {
      const target = pick(containers(root));
      if (Array.isArray(target)) target.splice(int(target.length + 1), 1);
      else delete target[pick(Object.keys(target).length > 0 ? Object.keys(target) : ['x'])];
    },
    (root: Json) => {
      const target = pick(containers(root));
      if (Array.isArray(target)) target[int(target.length + 1)] = randomValue();
      else target[pick([...Object.keys(target), 'extra'])] = randomValue();
    },
    (root: Json) => {
      const target = pick(containers(root));
      if (Array.isArray(target) && target.length > 0)
        target.push(...Array.from({ length: 1 + int(5) }, () => structuredClone(pick(target))));
    },
    (root: Json) => {
      const sheets = (root as { worksheets?: Json }).worksheets;
      if (Array.isArray(sheets) && sheets.length > 0) {
        const sheet = pick(sheets);
        if (sheet !== null && typeof sheet === 'object' && !Array.isArray(sheet)) {
          sheet[
            pick(['kind', 'schemaVersion', 'id', 'revision', 'createdAt', 'data', 'person', 'practice'])
          ] = randomValue();
        }
      }
    },
    (root: Json) => {
      if (root !== null && typeof root === 'object' && !Array.isArray(root))
        root[pick(['type', 'version', 'worksheets', 'source'])] = randomValue();
    },
  ];

  const textual = [
    (text: string) => text.slice(0, int(text.length)),
    (text: string) => {
      const at = int(text.length);
      return (
        text.slice(0, at) +
        pick(['{', '}', '"', ',', ':', '[', '\\', 'null', '\u2028', '\uFEFF']) +
        text.slice(at)
      );
    },
    (text: string) => {
      const at = int(text.length);
      return text.slice(0, at) + text.slice(at + 1 + int(40));
    },
    // Prototype pollution attempts that JSON.parse keeps as own properties.
    (text: string) =>
      text.replace(
        '"worksheets":',
        '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"worksheets":',
      ),
    (text: string) => text.replace('"data":', '"data":{"__proto__":{"polluted":true}},"_data":'),
  ];

  return (): string => {
    const root = structuredClone(baseFile);
    for (let count = 1 + int(3); count > 0; count -= 1) pick(structural)(root);
    let text = JSON.stringify(root);
    if (random() < 0.3) text = pick(textual)(text);
    return text;
  };
}

const knownFileErrors = ['too_large', 'not_json', 'wrong_shape', 'newer_version'];
const knownDocErrors = [
  'not_object',
  'unknown_kind',
  'newer_version',
  'unsupported_version',
  'migration_failed',
  'invalid_data',
];

describe('parseImportFile() under fuzzing', () => {
  test(`survives ${ITERATIONS} mutated export files and never changes stored data`, async () => {
    const backend = createMemoryBackend();
    const store = createWorksheetStore({ backend, channel: null, requestPersist: null });
    for (const doc of baseDocs) expect((await store.save(doc)).type).toBe('success');
    const before = backend.snapshot();

    const next = fuzzer(mulberry32(SEED));
    const seen = { success: 0, error: 0, failures: 0, imported: 0 };
    for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
      const text = next();
      let result: ReturnType<typeof parseImportFile> | undefined;
      expect(() => {
        result = parseImportFile(text, new TextEncoder().encode(text).length);
      }, `iteration ${iteration}`).not.toThrow();
      if (result === undefined) continue;

      if (result.type === 'error') {
        seen.error += 1;
        expect(knownFileErrors).toContain(result.code);
        expect(describeImportFileError(result, 'zh-CN')).not.toBe('');
        expect(describeImportFileError(result, 'en')).not.toBe('');
        continue;
      }
      seen.success += 1;
      for (const doc of result.docs)
        expect(migrateAndValidate(doc)).toEqual({ type: 'success', doc, migrated: false });
      for (const failure of result.failures) {
        seen.failures += 1;
        expect(knownDocErrors).toContain(failure.error.code);
        expect(describeImportFailure(failure, 'en')).toMatch(/^Worksheet \d+/);
        expect(describeImportFailure(failure, 'zh-CN')).toMatch(/^第 \d+ 份/);
      }
      // Parsing alone touches nothing.
      if (iteration % IMPORT_EVERY !== 0) continue;
      // Now and then import for real; conflicts are kept alongside, never replacing what is stored.
      planImport(await store.ids(), result.docs);
      const imported = await store.importDocs(result.docs, 'keep-both');
      expect(imported.type).toBe('success');
      if (imported.type === 'success') seen.imported += imported.written.length;
    }

    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // The mix is varied enough to mean something.
    expect(seen.success).toBeGreaterThan(ITERATIONS / 10);
    expect(seen.error).toBeGreaterThan(ITERATIONS / 20);
    expect(seen.failures).toBeGreaterThan(ITERATIONS / 10);
    expect(seen.imported).toBeGreaterThan(100);

    // What was stored before is byte for byte what is stored now.
    const after = backend.snapshot();
    for (const [key, value] of before) {
      if (key === 'worksheet-index') continue;
      expect(after.get(key), key).toEqual(value);
    }
    // And whatever the imports added is valid.
    for (const summary of await store.list()) {
      expect((await store.load(summary.id)).type, summary.id).toBe('success');
    }
    store.dispose();
  }, 60_000);

  test(`survives ${STORED_ITERATIONS} rounds of damaged envelopes already in storage: each loads or is reported damaged`, async () => {
    const random = mulberry32(SEED + 1);
    const next = fuzzer(random);
    const seen = { stored: 0, loaded: 0, unreadable: 0, damaged: 0, indexBroken: 0 };
    for (let round = 0; round < STORED_ITERATIONS; round += 1) {
      const backend = createMemoryBackend();
      const setup = createWorksheetStore({ backend, channel: null, requestPersist: null });
      for (const doc of baseDocs) expect((await setup.save(doc)).type).toBe('success');
      setup.dispose();

      // Overwrite some stored worksheets (and add strays) with mutated envelopes, or the raw
      // text of a file that is no longer JSON.
      const text = next();
      let mutated: unknown[];
      try {
        const parsed = JSON.parse(text) as { worksheets?: unknown };
        mutated = Array.isArray(parsed.worksheets) ? parsed.worksheets : [parsed];
      } catch {
        mutated = [text];
      }
      for (const [i, envelope] of mutated.slice(0, 4).entries()) {
        const target = random() < 0.7 ? (baseDocs[i % baseDocs.length]?.id ?? 'x') : `stray-${round}-${i}`;
        await backend.set(worksheetKey(target), envelope);
      }
      if (random() < 0.15) {
        seen.indexBroken += 1;
        await backend.set(STORAGE_KEYS.WORKSHEET_INDEX, mutated[0] ?? null);
      }

      // A new page over that storage.
      const store = createWorksheetStore({ backend, channel: null, requestPersist: null });
      const storedIds = (await backend.keys())
        .filter(isWorksheetKey)
        .map((key) => key.slice(STORAGE_KEYS.WORKSHEET_PREFIX.length));
      seen.stored += storedIds.length;
      const listed = await store.list();
      const damaged = await store.damaged();
      // Nothing vanishes: every stored worksheet is listed or reported damaged.
      const visible = new Set([...listed.map((summary) => summary.id), ...damaged.map((entry) => entry.id)]);
      for (const id of storedIds) expect(visible.has(id), `round ${round}: ${id}`).toBe(true);
      for (const summary of listed) {
        const loaded = await store.load(summary.id);
        if (loaded.type === 'success') seen.loaded += 1;
        else seen.unreadable += 1;
        if (loaded.type === 'error')
          expect([...knownDocErrors, 'not_found'], `round ${round}`).toContain(loaded.code);
      }
      seen.damaged += damaged.length;
      // "Export everything" carries each one, readable or raw, and the file can be written.
      const exported = await store.exportAll({ source: 'https://coaching.example' });
      if (exported.type !== 'success') throw new Error(`round ${round}: ${JSON.stringify(exported)}`);
      expect(exported.file.worksheets.length + (exported.file.damaged?.length ?? 0), `round ${round}`).toBe(
        storedIds.length,
      );
      expect(() => serializeExportFile(exported.file)).not.toThrow();
      // And the store still saves.
      expect((await store.save(sampleDoc('flash-retro', { id: `after-${round}` }))).type).toBe('success');
      store.dispose();
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    console.log(
      `stored-envelope fuzz: ${seen.stored} stored worksheets in ${STORED_ITERATIONS} rounds, ${seen.loaded} loaded, ${seen.unreadable} listed but unreadable (exported raw), ${seen.damaged} reported damaged, 0 lost`,
    );
    expect(seen.loaded).toBeGreaterThan(STORED_ITERATIONS);
    expect(seen.damaged).toBeGreaterThan(STORED_ITERATIONS / 4);
    expect(seen.indexBroken).toBeGreaterThan(10);
  }, 120_000);

  test('is deterministic: the same seed gives the same files', () => {
    const first = fuzzer(mulberry32(SEED));
    const second = fuzzer(mulberry32(SEED));
    for (let i = 0; i < 50; i += 1) expect(first()).toBe(second());
  });
});
