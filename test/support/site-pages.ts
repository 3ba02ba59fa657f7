import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every page of the built site as a URL path (`/en/guide/goals/`), so new pages are covered automatically. */
export function builtPagePaths(): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') {
        const rel = relative(DIST, dir).split(sep).join('/');
        if (!/(^|\/)404$/.test(rel)) paths.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(DIST);
  return paths.sort();
}
