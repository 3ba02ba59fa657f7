import { beforeAll, describe, expect, test } from 'vitest';
import { createWorksheet, type WorksheetDoc } from '../../../../src/lib/worksheets/document';
import { loadWorksheetModules } from '../../../../src/lib/worksheets/registry';
import {
  docAfter,
  editorReducer,
  initialEditorState,
  type EditorAction,
  type EditorState,
} from '../../../../src/components/worksheets/editor/editor-state';
import {
  editsOnlyInMemory,
  openById,
  reloadRisk,
  saveOutcome,
  shownSaveState,
} from '../../../../src/components/worksheets/editor/editor-rules';
import { takeAwayActions } from '../../../../src/components/worksheets/editor/worksheet-actions';

type Doc = WorksheetDoc<'flash-retro'>;
let doc: Doc;
beforeAll(async () => {
  await loadWorksheetModules(['flash-retro']);
  doc = createWorksheet('flash-retro', { locale: 'en', title: 'Retro' });
});

const run = (actions: EditorAction<'flash-retro'>[], from = initialEditorState<'flash-retro'>()) =>
  actions.reduce<EditorState<'flash-retro'>>(editorReducer, from);

describe('the worksheet editor state', () => {
  test('a stored worksheet opens saved, and reads as saved', () => {
    const state = run([{ type: 'opened-stored', doc }]);
    expect(state).toMatchObject({ phase: { type: 'ready' }, saveState: 'saved', savedOnce: true });
    expect(state.lastSavedAt).toBe(doc.updatedAt);
  });

  test('a blank new worksheet is "new"; a filled one is being saved at once', () => {
    expect(run([{ type: 'opened-new', doc, filled: false }]).saveState).toBe('new');
    expect(run([{ type: 'opened-new', doc, filled: true, notice: 'Link broken' }])).toMatchObject({
      saveState: 'saving',
      notice: 'Link broken',
    });
  });

  test('a save keeps what was typed since it started and takes only the new revision', () => {
    const typed = { ...doc, title: 'Typed after the save began' };
    const stored = { ...doc, revision: 4, updatedAt: '2026-12-05T10:00:00.000Z' };
    const state = run([
      { type: 'opened-new', doc, filled: false },
      { type: 'edited', doc: typed },
      { type: 'saved', stored, saveState: 'saved' },
    ]);
    expect(state.doc).toMatchObject({
      title: 'Typed after the save began',
      revision: 4,
      updatedAt: stored.updatedAt,
    });
    expect(state).toMatchObject({
      saveState: 'saved',
      lastSavedAt: stored.updatedAt,
      savedOnce: true,
      error: undefined,
    });
  });

  test('a save kept only in memory says so and keeps the last time it reached the disk', () => {
    const state = run([
      { type: 'opened-stored', doc },
      { type: 'saved', stored: { ...doc, revision: 9, updatedAt: 'later' }, saveState: 'memory' },
    ]);
    expect(state).toMatchObject({ saveState: 'memory', lastSavedAt: doc.updatedAt });
  });

  test('a save for another worksheet does not touch the one on screen', () => {
    expect(
      docAfter(doc, { type: 'saved', stored: { ...doc, id: 'other', revision: 7 }, saveState: 'saved' }),
    ).toBe(doc);
  });

  test('a conflict fails the save and asks; taking theirs or overwriting clears the question', () => {
    const asked = run([
      { type: 'opened-stored', doc },
      { type: 'save-failed', prompt: { type: 'conflict', message: 'Changed elsewhere' } },
    ]);
    expect(asked).toMatchObject({ saveState: 'failed', prompt: { type: 'conflict' } });
    const theirs = { ...doc, title: 'Theirs', revision: 3 };
    expect(run([{ type: 'reloaded', doc: theirs }], asked)).toMatchObject({
      prompt: undefined,
      saveState: 'saved',
      doc: theirs,
    });
    expect(run([{ type: 'reloaded', doc: undefined }], asked)).toMatchObject({ prompt: undefined, doc });
    expect(run([{ type: 'overwriting' }], asked)).toMatchObject({ prompt: undefined, saveState: 'saving' });
  });
});

describe('the worksheet editor rules', () => {
  test('a save result becomes what the page shows', () => {
    expect(saveOutcome({ type: 'success', doc, mode: 'persistent' })).toMatchObject({
      type: 'saved',
      saveState: 'saved',
    });
    expect(saveOutcome({ type: 'success', doc, mode: 'memory' })).toMatchObject({ saveState: 'memory' });
    expect(saveOutcome({ type: 'error', code: 'not_found', id: 'x' })).toEqual({ type: 'unexpected' });
    expect(saveOutcome({ type: 'error', code: 'unexpected', detail: 'boom' })).toEqual({
      type: 'unexpected',
    });
    expect(saveOutcome({ type: 'error', code: 'not_object' })).toMatchObject({ type: 'invalid' });
  });

  test('an address id of another kind opens where it belongs', () => {
    expect(openById({ type: 'success', doc, migrated: false }, 'flash-retro')).toEqual({ type: 'open', doc });
    expect(openById({ type: 'success', doc, migrated: false }, 'smart-ar')).toEqual({
      type: 'elsewhere',
      kind: 'flash-retro',
    });
    expect(openById({ type: 'error', code: 'not_found', id: 'x' }, 'smart-ar')).toEqual({ type: 'missing' });
  });

  test('leaving or reloading is risky only while edits are not on disk', () => {
    const memory = { mode: 'memory' } as const;
    expect(editsOnlyInMemory('saving', memory)).toBe(true);
    expect(editsOnlyInMemory('saving', { mode: 'persistent' })).toBe(false);
    expect(reloadRisk('saved', memory)).toBe('unsavable');
    expect(reloadRisk('new', memory)).toBe('none');
    expect(reloadRisk('failed', { mode: 'persistent' })).toBe('saving');
    expect(reloadRisk('saved', undefined)).toBe('none');
  });

  test('a worksheet opened as stored reads "new" until this page saves it', () => {
    expect(shownSaveState('saved', false)).toBe('new');
    expect(shownSaveState('saved', true)).toBe('saved');
    expect(shownSaveState('saving', false)).toBe('saving');
  });
});

describe('taking a worksheet away', () => {
  test('the prep sheet is sent as a file; every other worksheet is copied as text first', () => {
    expect(takeAwayActions('prep-sheet')).toEqual({
      primary: 'exportJson',
      menu: ['copyMarkdown', 'exportMarkdown', 'sendLink', 'print', 'newWorksheet'],
    });
    expect(takeAwayActions('feedback').primary).toBe('copyMarkdown');
    expect(takeAwayActions('feedback').menu[0]).toBe('exportJson');
  });
});
