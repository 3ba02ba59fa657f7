import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { WorksheetDocLike } from '../../../src/lib/worksheets/document';
import { createAutosaver, flushOnPageHide } from '../../../src/storage/autosave';
import { createMemoryBackend } from '../../../src/storage/memory-backend';
import { createWorksheetStore, type SaveResult } from '../../../src/storage/worksheet-store';
import { sampleDoc } from '../lib/worksheets/fixtures';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A save function that records what it was given and succeeds with the next revision. */
function recordingSave() {
  const calls: WorksheetDocLike[] = [];
  const save = vi.fn((doc: WorksheetDocLike): Promise<SaveResult> => {
    calls.push(doc);
    return Promise.resolve({
      type: 'success',
      doc: { ...sampleDoc('feedback'), id: doc.id, title: doc.title, revision: doc.revision + 1 },
      mode: 'persistent',
    });
  });
  return { save, calls };
}

describe('createAutosaver()', () => {
  test('saves once, 300 ms after the last change', async () => {
    const { save, calls } = recordingSave();
    const autosaver = createAutosaver(save);
    autosaver.schedule({ ...sampleDoc('feedback'), title: 'a' });
    await vi.advanceTimersByTimeAsync(200);
    autosaver.schedule({ ...sampleDoc('feedback'), title: 'ab' });
    await vi.advanceTimersByTimeAsync(299);
    expect(save).not.toHaveBeenCalled();
    expect(autosaver.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((doc) => doc.title)).toEqual(['ab']);
    expect(autosaver.pending).toBe(false);
  });

  test('honours a custom delay', async () => {
    const { save } = recordingSave();
    const autosaver = createAutosaver(save, { delayMs: 1000 });
    autosaver.schedule(sampleDoc('feedback'));
    await vi.advanceTimersByTimeAsync(999);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('flush() saves at once, as on pagehide', async () => {
    const { save, calls } = recordingSave();
    const autosaver = createAutosaver(save);
    autosaver.schedule({ ...sampleDoc('feedback'), title: 'leaving' });
    await expect(autosaver.flush()).resolves.toMatchObject({ type: 'success' });
    expect(calls.map((doc) => doc.title)).toEqual(['leaving']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('flush() with nothing pending saves nothing', async () => {
    const { save } = recordingSave();
    await expect(createAutosaver(save).flush()).resolves.toBeUndefined();
    expect(save).not.toHaveBeenCalled();
  });

  test('dispose() saves what is pending and then ignores new changes', async () => {
    const { save, calls } = recordingSave();
    const autosaver = createAutosaver(save);
    autosaver.schedule({ ...sampleDoc('feedback'), title: 'last words' });
    await autosaver.dispose();
    autosaver.schedule({ ...sampleDoc('feedback'), title: 'too late' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.map((doc) => doc.title)).toEqual(['last words']);
  });

  test('bases each save on the revision its previous save produced', async () => {
    const { save, calls } = recordingSave();
    const autosaver = createAutosaver(save);
    const loaded = { ...sampleDoc('feedback'), revision: 4 };
    autosaver.schedule({ ...loaded, title: 'one' });
    await autosaver.flush();
    autosaver.schedule({ ...loaded, title: 'two' });
    await autosaver.flush();
    expect(calls.map((doc) => doc.revision)).toEqual([4, 5]);
  });

  test('never runs two saves at once', async () => {
    let running = 0;
    let overlapped = false;
    const save = vi.fn(async (doc: WorksheetDocLike): Promise<SaveResult> => {
      running += 1;
      overlapped ||= running > 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      running -= 1;
      return {
        type: 'success',
        doc: { ...sampleDoc('feedback'), revision: doc.revision + 1 },
        mode: 'persistent',
      };
    });
    const autosaver = createAutosaver(save);
    autosaver.schedule({ ...sampleDoc('feedback'), title: 'a' });
    const first = autosaver.flush();
    autosaver.schedule({ ...sampleDoc('feedback'), title: 'b' });
    const second = autosaver.flush();
    await vi.advanceTimersByTimeAsync(200);
    await Promise.all([first, second]);
    expect(save).toHaveBeenCalledTimes(2);
    expect(overlapped).toBe(false);
  });

  test('reports every result, including a save function that throws', async () => {
    const onResult = vi.fn();
    const autosaver = createAutosaver(async () => Promise.reject(new Error('disk on fire')), { onResult });
    autosaver.schedule(sampleDoc('feedback'));
    await vi.advanceTimersByTimeAsync(300);
    expect(onResult).toHaveBeenCalledWith(
      { type: 'error', code: 'unexpected', detail: 'disk on fire' },
      expect.objectContaining({ id: 'feedback-sample' }),
    );
  });

  test('works end to end with the store: typing, pausing, conflicts from another tab', async () => {
    vi.useRealTimers();
    const shared = createMemoryBackend();
    const tab = createWorksheetStore({ backend: shared, channel: null, requestPersist: null });
    const otherTab = createWorksheetStore({ backend: shared, channel: null, requestPersist: null });
    const results: SaveResult[] = [];
    const autosaver = createAutosaver((doc) => tab.save(doc), {
      delayMs: 5,
      onResult: (result) => results.push(result),
    });
    const doc = sampleDoc('smart-ar');
    autosaver.schedule({ ...doc, title: 'v1' });
    await autosaver.flush();
    autosaver.schedule({ ...doc, title: 'v2' });
    await autosaver.flush();
    const theirs = await otherTab.load(doc.id);
    if (theirs.type === 'success') await otherTab.save({ ...theirs.doc, title: 'other tab' });
    autosaver.schedule({ ...doc, title: 'v3' });
    await autosaver.flush();
    expect(results.map((result) => result.type)).toEqual(['success', 'success', 'conflict']);
    expect(await tab.load(doc.id)).toMatchObject({ doc: { title: 'other tab' } });
  });
});

describe('createAutosaver().unsaved()', () => {
  test('is the waiting version, then the one being saved, then nothing', async () => {
    let finish: (result: SaveResult) => void = () => {};
    const save = vi.fn(
      () =>
        new Promise<SaveResult>((resolve) => {
          finish = resolve;
        }),
    );
    const autosaver = createAutosaver(save);
    const doc = { ...sampleDoc('feedback'), title: 'typed' };
    expect(autosaver.unsaved()).toBeUndefined();

    autosaver.schedule(doc);
    expect(autosaver.unsaved()).toMatchObject({ title: 'typed' });
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
    expect(autosaver.unsaved()).toMatchObject({ title: 'typed' });

    finish({ type: 'success', doc: { ...doc, revision: doc.revision + 1 }, mode: 'persistent' });
    await vi.advanceTimersByTimeAsync(0);
    expect(autosaver.unsaved()).toBeUndefined();
  });

  test('a version whose save threw (the storage code did not load) stays unsaved until a later save works', async () => {
    const { save: works } = recordingSave();
    let fail = true;
    const save = vi.fn((doc: WorksheetDocLike) =>
      fail ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : works(doc),
    );
    const results: string[] = [];
    const autosaver = createAutosaver(save, { onResult: (result) => results.push(result.type) });
    const doc = { ...sampleDoc('feedback'), title: 'typed offline' };
    autosaver.schedule(doc);
    await autosaver.flush();
    expect(results).toEqual(['error']);
    expect(autosaver.unsaved()).toMatchObject({ title: 'typed offline' });

    fail = false;
    autosaver.schedule({ ...doc, title: 'typed again' });
    await autosaver.flush();
    expect(results).toEqual(['error', 'success']);
    expect(autosaver.unsaved()).toBeUndefined();
  });

  test('carries the revision of the autosaver’s own last save', async () => {
    const { save } = recordingSave();
    const autosaver = createAutosaver(save);
    const doc = { ...sampleDoc('feedback'), revision: 0 };
    autosaver.schedule(doc);
    await autosaver.flush();
    autosaver.schedule({ ...doc, title: 'later' });
    expect(autosaver.unsaved()).toMatchObject({ title: 'later', revision: 1 });
  });
});

describe('flushOnPageHide()', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function browserStubs() {
    const page = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    vi.stubGlobal('window', page);
    vi.stubGlobal('document', doc);
    return { page, doc };
  }

  test('keeps a copy of the unsaved version and flushes, on pagehide and when the tab is hidden, until removed', () => {
    const { page, doc } = browserStubs();
    const unsaved = { ...sampleDoc('feedback'), title: 'last words' };
    const flush = vi.fn(() => Promise.resolve(undefined));
    const keeper = { keepUnsaved: vi.fn(), forgetUnsaved: vi.fn() };
    const stop = flushOnPageHide({ flush, unsaved: () => unsaved }, keeper);

    page.dispatchEvent(new Event('pagehide'));
    doc.dispatchEvent(new Event('visibilitychange'));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(2);
    expect(keeper.keepUnsaved).toHaveBeenCalledTimes(2);
    expect(keeper.keepUnsaved).toHaveBeenCalledWith(unsaved);

    stop();
    page.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(2);
  });

  test('drops the copy again when the flush finishes (the tab was only hidden)', async () => {
    const { page } = browserStubs();
    const { save } = recordingSave();
    const autosaver = createAutosaver(save);
    const keeper = { keepUnsaved: vi.fn(), forgetUnsaved: vi.fn() };
    flushOnPageHide(autosaver, keeper);
    const doc = { ...sampleDoc('feedback'), title: 'saved in time' };
    autosaver.schedule(doc);

    page.dispatchEvent(new Event('pagehide'));
    expect(keeper.keepUnsaved).toHaveBeenCalledWith(doc);
    await vi.advanceTimersByTimeAsync(0);
    expect(keeper.forgetUnsaved).toHaveBeenCalledWith(doc.id);
  });

  test('keeps nothing when everything is saved', () => {
    const { page } = browserStubs();
    const keeper = { keepUnsaved: vi.fn(), forgetUnsaved: vi.fn() };
    const flush = vi.fn(() => Promise.resolve(undefined));
    flushOnPageHide({ flush, unsaved: () => undefined }, keeper);
    page.dispatchEvent(new Event('pagehide'));
    expect(keeper.keepUnsaved).not.toHaveBeenCalled();
  });

  test('does nothing outside a browser', () => {
    expect(typeof window).toBe('undefined');
    const flush = vi.fn(() => Promise.resolve(undefined));
    const keeper = { keepUnsaved: vi.fn(), forgetUnsaved: vi.fn() };
    expect(() => flushOnPageHide({ flush, unsaved: () => undefined }, keeper)()).not.toThrow();
  });
});
