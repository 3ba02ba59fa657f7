// This file imports no kind module on purpose (no fixtures, no all-kinds): it proves that
// storage and links load the module of each kind they meet, the way a worksheet page that
// bundles only its own kind needs them to.
import { describe, expect, test } from 'vitest';
import { checksum, decodePrefill } from '../../../src/lib/share/prefill-link';
import { migrateAndValidate } from '../../../src/lib/worksheets/document';
import {
  getWorksheetModule,
  isWorksheetModuleLoaded,
  loadAllWorksheetModules,
  loadWorksheetModules,
  WorksheetModuleNotLoadedError,
} from '../../../src/lib/worksheets/registry';
import { worksheetKey } from '../../../src/storage/keys';
import { createMemoryBackend } from '../../../src/storage/memory-backend';
import { createWorksheetStore } from '../../../src/storage/worksheet-store';

/** A stored worksheet as another tab or an older visit left it, written straight to the backend. */
function storedFlashRetro(id: string) {
  return {
    id,
    kind: 'flash-retro',
    schemaVersion: 1,
    revision: 1,
    title: 'Week 12',
    createdAt: '2025-06-01T08:00:00.000Z',
    updatedAt: '2025-06-01T08:00:00.000Z',
    data: {},
  };
}

describe('worksheet modules load kind by kind', () => {
  test('a kind nobody imported is not loaded, and reading it synchronously is a loud programming error', () => {
    expect(isWorksheetModuleLoaded('observer-checklist')).toBe(false);
    expect(() => getWorksheetModule('observer-checklist')).toThrow(WorksheetModuleNotLoadedError);
    expect(() =>
      migrateAndValidate({ ...storedFlashRetro('x'), kind: 'observer-checklist', data: {} }),
    ).toThrow(/observer-checklist/);
  });

  test('the store loads the module of a worksheet it reads, then migrates and validates it', async () => {
    expect(isWorksheetModuleLoaded('flash-retro')).toBe(false);
    const backend = createMemoryBackend();
    await backend.set(worksheetKey('retro-1'), storedFlashRetro('retro-1'));
    const store = createWorksheetStore({ backend, channel: null, requestPersist: null });

    const result = await store.load('retro-1');

    expect(result.type).toBe('success');
    expect(isWorksheetModuleLoaded('flash-retro')).toBe(true);
    store.dispose();
  });

  test('the store loads the module of a worksheet it is asked to save', async () => {
    expect(isWorksheetModuleLoaded('action-plan')).toBe(false);
    const store = createWorksheetStore({
      backend: createMemoryBackend(),
      channel: null,
      requestPersist: null,
    });

    const result = await store.save({
      ...storedFlashRetro('plan-1'),
      kind: 'action-plan',
      revision: 0,
      data: {},
    });

    expect(result.type).toBe('success');
    expect(isWorksheetModuleLoaded('action-plan')).toBe(true);
    store.dispose();
  });

  test('a pre-filled link loads the module of the kind it carries', async () => {
    expect(isWorksheetModuleLoaded('grow-questions')).toBe(false);
    // Built by hand so no encoder loads the module first: deflate-raw of the JSON payload.
    const json = JSON.stringify({ k: 'grow-questions', v: 1, d: {} });
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    const body = `v1.${Buffer.from(bytes).toString('base64url')}`;

    const result = await decodePrefill(`#prefill=${body}.${checksum(body)}`);

    expect(result.type).toBe('success');
    expect(isWorksheetModuleLoaded('grow-questions')).toBe(true);
  });

  test('loading twice, or loading everything, is safe and leaves every kind usable', async () => {
    await loadWorksheetModules(['smart-ar', 'smart-ar']);
    await loadAllWorksheetModules();
    expect(getWorksheetModule('observer-checklist').kind).toBe('observer-checklist');
    expect(getWorksheetModule('smart-ar').migrations.currentVersion).toBeGreaterThan(0);
  });
});
