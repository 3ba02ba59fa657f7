import { beforeAll, describe, expect, test } from 'vitest';
import { practiceWorksheets } from '../../../src/lib/workshop/practice-data';
import { loadWorksheetModules } from '../../../src/lib/worksheets/registry';
import { worksheetKinds } from '../../../src/lib/worksheets/kinds';
import { savePracticeWorksheets } from '../../../src/storage/practice-worksheets';
import { createWorksheetStore } from '../../../src/storage/worksheet-store';
import { createUnsavedJournal } from '../../../src/storage/unsaved-journal';
import { scenarioPracticeSchema } from '../../../src/lib/content/workshop-schema';

beforeAll(() => loadWorksheetModules(worksheetKinds));

function memoryStore() {
  const journal = createUnsavedJournal(undefined);
  return createWorksheetStore({ backend: null, channel: null, journal, requestPersist: null });
}

const practice = scenarioPracticeSchema.parse({
  person: 'Zhou',
  prepSheet: {
    topics: ['Too many small tasks'],
    wins: [],
    puzzles: [],
    supportNeeded: [],
    metrics: [],
    projects: [],
  },
  feedback: {
    framework: '3e',
    scenario: 'improvement',

    behavior: 'You cut the demo short',
  },
});

describe('practice worksheets', () => {
  test('loading a scenario twice replaces its worksheets instead of adding copies', async () => {
    const store = memoryStore();
    const items = practiceWorksheets('sales-slump', practice, 'en').map((item) => ({
      ...item,
      title: item.kind,
    }));
    const context = { locale: 'en' as const, scenarioId: 'sales-slump', person: 'Zhou' };
    const first = await savePracticeWorksheets(store, items, context);
    const second = await savePracticeWorksheets(store, items, context);
    expect(first).toEqual({ saved: items.map((item) => item.id), failed: 0 });
    expect(second.failed).toBe(0);
    const stored = await store.list();
    expect(stored.map((summary) => summary.id).sort()).toEqual(items.map((item) => item.id).sort());
    expect(stored.every((summary) => summary.practice === 'sales-slump' && summary.person === 'Zhou')).toBe(
      true,
    );
    expect(stored.every((summary) => summary.revision === 2)).toBe(true);
  });
});
