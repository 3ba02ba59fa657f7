import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The static import graph of a source tree: which file imports which, by relative path.
 * Dynamic `import()` is left out (it loads later, so it cannot form a load-time cycle), and so
 * are imports of packages. Type-only imports count: a cycle of types still ties two modules
 * together so that neither can be understood or moved alone.
 */
export type ImportGraph = Map<string, string[]>;

const sourceFile = /\.(ts|tsx|mts)$/;
const staticImport =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/g;

function listSources(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listSources(path));
    else if (sourceFile.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

function resolveImport(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier.replace(/\.js$/, ''));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/** The graph of every source file under `roots`, keyed by path relative to `cwd`. */
export function buildImportGraph(roots: string[], cwd: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const root of roots) {
    for (const file of listSources(resolve(cwd, root))) {
      const text = readFileSync(file, 'utf8');
      const targets = new Set<string>();
      for (const match of text.matchAll(staticImport)) {
        const target = resolveImport(file, match[1]!);
        if (target && sourceFile.test(target)) targets.add(relative(cwd, target));
      }
      graph.set(relative(cwd, file), [...targets]);
    }
  }
  return graph;
}

/** Every cycle, each as the list of files around it (Tarjan's strongly connected components). */
export function findCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) cycles.push(component.sort());
    }
  };

  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
