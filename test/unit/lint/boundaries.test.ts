import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
import { boundaryConfigs } from '../../../eslint/boundaries.js';

/**
 * The boundary rules of eslint.config.js, applied to fixture sources at the paths they would
 * have in the project. Each "fails" row is an import the design forbids; each "passes" row
 * proves the rule is not simply rejecting everything.
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
    ...boundaryConfigs,
  ],
});

async function restrictedImportErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const fails: [string, string, string][] = [
  ['src/lib/worksheets/x.ts', "import { a } from '../../storage';", 'lib → storage folder'],
  ['src/lib/worksheets/x.ts', "import { a } from '../../storage/keys';", 'lib → storage file'],
  ['src/lib/x.ts', "import { a } from '../components';", 'lib → components folder'],
  [
    'src/lib/grow/x.ts',
    "import { a } from '../../components/questions/generate-client';",
    'lib → component file',
  ],
  ['src/lib/x.ts', "import React from 'react';", 'lib → react'],
  ['src/lib/x.ts', "import localforage from 'localforage';", 'lib → localforage'],
  ['src/lib/calendar/x.ts', "import { a } from '../../site/collections';", 'lib → site data access'],
  ['src/lib/worksheets/x.ts', "import * as z from 'zod';", 'browser lib → classic zod'],
  ['src/lib/worksheets/x.ts', "import * as z from 'zod/mini';", 'worksheet schema → zod/mini'],
  ['src/lib/grow/question.ts', "import * as z from 'zod/mini';", 'browser generator → zod/mini'],
  ['src/lib/tracking/x.ts', "import * as z from 'zod/mini';", 'tracking rules → zod/mini'],
  ['src/lib/i18n/index.ts', "import { z } from 'zod';", 'UI dictionaries → classic zod'],
  ['src/storage/x.ts', "import * as z from 'zod/mini';", 'storage → zod/mini'],
  ['src/components/x.tsx', "import * as z from 'zod/mini';", 'component → zod/mini'],
  [
    'src/components/x.tsx',
    "import type { ZodMiniType } from 'zod/v4/mini';",
    'component → zod/v4/mini types',
  ],
  ['src/storage/x.ts', "import { a } from '../components';", 'storage → components folder'],
  ['src/storage/x.ts', "import { a } from '../components/worksheets/fields';", 'storage → component file'],
  ['src/storage/x.ts', "import * as z from 'zod';", 'storage → classic zod'],
  ['src/components/x.tsx', "import { a } from '../lib/grow/server';", 'component → generator server folder'],
  [
    'src/components/q/x.tsx',
    "import { a } from '../../lib/grow/server/handler';",
    'component → generator handler',
  ],
  [
    'src/components/q/x.tsx',
    "import { a } from '../../lib/grow/server/rate-limit';",
    'component → rate limit',
  ],
  ['src/storage/x.ts', "import { a } from '../lib/grow/server/ai-generator';", 'storage → AI client'],
  ['functions/api/x.ts', "import { a } from '../../src/storage';", 'function → storage folder'],
  ['functions/api/x.ts', "import { a } from '../../src/storage/keys';", 'function → storage file'],
  [
    'functions/api/x.ts',
    "import { a } from '../../src/components/questions/generate-client';",
    'function → component',
  ],
];

const passes: [string, string, string][] = [
  ['src/lib/worksheets/x.ts', "import * as z from '../schema';", 'browser lib → our validator'],
  [
    'src/lib/grow/server/x.ts',
    "import * as z from 'zod/mini';",
    'generator server → zod/mini (JSON Schema for the model)',
  ],
  ['src/lib/content/x.ts', "import { z } from 'zod';", 'build-time lib → classic zod'],
  ['src/lib/worksheets/x.ts', "import { a } from '../i18n';", 'lib → lib'],
  ['src/storage/x.ts', "import { a } from '../lib/worksheets/registry';", 'storage → lib'],
  ['src/components/x.tsx', "import { a } from '../storage';", 'component → storage'],
  ['src/components/x.tsx', "import { a } from '../lib/grow/rules-engine';", 'component → browser generator'],
  [
    'functions/api/x.ts',
    "import { a } from '../../src/lib/grow/server/handler';",
    'function → generator server',
  ],
];

describe('module boundaries (eslint/boundaries.js)', () => {
  test.each(fails)('%s: `%s` fails lint (%s)', async (file, source) => {
    expect(await restrictedImportErrors(file, source)).not.toEqual([]);
  });

  test.each(passes)('%s: `%s` passes lint (%s)', async (file, source) => {
    expect(await restrictedImportErrors(file, source)).toEqual([]);
  });
});
