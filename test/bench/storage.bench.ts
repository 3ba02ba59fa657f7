/**
 * Benchmark: the worksheet store over the in-memory backend (the store's own cost: index
 * upkeep, validation, cloning, JSON; IndexedDB adds its own latency on top in a browser).
 * Prints figures; it does not pass or fail on timing.
 *
 *   npx vitest bench --run test/bench/storage.bench.ts
 */
import { test } from 'vitest';
import { createWorksheet, type WorksheetDoc } from '../../src/lib/worksheets/document';
import { parseImportFile, serializeExportFile } from '../../src/lib/worksheets/export-file';
import { worksheetKinds } from '../../src/lib/worksheets/kinds';
import { createWorksheetStore, type WorksheetStore } from '../../src/storage/worksheet-store';
import { sampleData } from '../unit/lib/worksheets/fixtures';

const COUNT = 1000;

/** 1,000 filled worksheets, every kind in turn, spread over 20 people. */
function thousandDocs(): WorksheetDoc[] {
  return Array.from({ length: COUNT }, (_, index) => {
    const kind = worksheetKinds[index % worksheetKinds.length] ?? 'feedback';
    return createWorksheet(kind, {
      id: `w${index}`,
      title: `Worksheet ${index}`,
      person: `person-${index % 20}`,
      data: structuredClone(sampleData[kind]),
      now: new Date(Date.UTC(2025, 0, 1) + index * 60_000),
    });
  });
}

function memoryStore(): WorksheetStore {
  return createWorksheetStore({ backend: null, channel: null, requestPersist: null });
}

async function filledStore(docs: readonly WorksheetDoc[]): Promise<WorksheetStore> {
  const store = memoryStore();
  await store.importDocs(docs, 'keep-both');
  return store;
}

const docs = thousandDocs();
const exportText = serializeExportFile({
  type: 'coaching-toolkit/worksheets',
  version: 1,
  source: 'bench',
  exportedAt: new Date(0).toISOString(),
  worksheets: docs,
});
const exportBytes = new TextEncoder().encode(exportText).length;

test(`save one worksheet (store empty, and holding ${COUNT})`, async ({ bench }) => {
  const empty = memoryStore();
  const full = await filledStore(docs);
  let revision = 0;
  const one = createWorksheet('smart-ar', { id: 'edited', data: structuredClone(sampleData['smart-ar']) });
  await bench.compare(
    bench('save into an empty store', async () => {
      const result = await empty.save({ ...one, revision: revision++ });
      if (result.type !== 'success') throw new Error(result.type);
    }),
    bench(`save into a store of ${COUNT}`, async () => {
      const result = await full.save({ ...one, revision: revision++ });
      if (result.type !== 'success') throw new Error(result.type);
    }),
  );
});

test(`list ${COUNT} stored summaries`, async ({ bench }) => {
  const store = await filledStore(docs);
  await bench('list()', async () => {
    if ((await store.list()).length !== COUNT) throw new Error('wrong count');
  }).run();
});

test(`export ${COUNT} and import ${COUNT} (${(exportBytes / 1024).toFixed(0)} KiB)`, async ({ bench }) => {
  const store = await filledStore(docs);
  await bench.compare(
    bench(`export ${COUNT}: exportAll() + JSON`, async () => {
      const result = await store.exportAll({ source: 'bench' });
      if (result.type !== 'success') throw new Error(result.type);
      serializeExportFile(result.file);
    }),
    bench(`import ${COUNT}: parse + validate`, () => {
      const parsed = parseImportFile(exportText, exportBytes);
      if (parsed.type !== 'success' || parsed.docs.length !== COUNT) throw new Error('import failed');
    }),
    bench(`import ${COUNT}: parse + validate + store`, async () => {
      const parsed = parseImportFile(exportText, exportBytes);
      if (parsed.type !== 'success') throw new Error(parsed.code);
      const imported = await memoryStore().importDocs(parsed.docs, 'keep-both');
      if (imported.type !== 'success' || imported.written.length !== COUNT) throw new Error('store failed');
    }),
  );
});
