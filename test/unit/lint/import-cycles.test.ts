import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildImportGraph, findCycles } from '../../support/import-graph';

function fixtureTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'import-graph-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('import cycles', () => {
  test('the source tree (src/ and functions/) has no import cycle between files', () => {
    const graph = buildImportGraph(['src', 'functions'], process.cwd());
    expect(graph.size).toBeGreaterThan(100);
    expect(findCycles(graph)).toEqual([]);
  });

  test('a cycle through a folder index, a type-only import and a re-export is found', () => {
    const root = fixtureTree({
      'lib/a.ts': "import { b } from './b';\nexport const a = b;",
      'lib/b/index.ts': "export { c as b } from '../c';",
      'lib/c.ts': "import type { A } from './a';\nexport const c = 1 as unknown as A;",
      'lib/free.ts': "import { a } from './a';\nexport const free = a;",
    });
    expect(findCycles(buildImportGraph(['lib'], root))).toEqual([['lib/a.ts', 'lib/b/index.ts', 'lib/c.ts']]);
  });

  test('a lazy import() does not form a cycle', () => {
    const root = fixtureTree({
      'lib/registry.ts': "export const load = () => import('./kind');",
      'lib/kind.ts': "import { load } from './registry';\nexport const kind = load;",
    });
    expect(findCycles(buildImportGraph(['lib'], root))).toEqual([]);
  });

  test('a file that imports itself is a cycle', () => {
    const root = fixtureTree({ 'x.ts': "import { y } from './x';\nexport const y = 1;" });
    expect(findCycles(buildImportGraph(['.'], root))).toEqual([['x.ts']]);
  });
});
