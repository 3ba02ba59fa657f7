// @ts-check
/**
 * Module boundaries from the design: components → storage → lib; functions → lib; the browser
 * never imports the server side of the generator. Each rule names a folder twice, `**\/x` and
 * `**\/x/**`, because `'../storage'` (the folder's index) and `'../storage/keys'` are both
 * imports of it. test/unit/lint/boundaries.test.ts lints fixtures that must fail.
 */

/** A folder and every file below it, as no-restricted-imports patterns. */
export function folderAndFiles(/** @type {string[]} */ ...folders) {
  return folders.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]);
}

/** The generator's server side: only the function may import it. */
export const generatorServer = folderAndFiles('grow/server');

const zodMessage =
  'Browser code validates with src/lib/schema (`import * as z from "../schema"`, the same API): zod/mini alone added ~8.6 KB gzip to every island page. zod stays for the function and build-time content.';
/** Code that can reach the browser validates with src/lib/schema, never zod (classic or mini). */
export const noZod = [
  'zod',
  'zod/mini',
  'zod/v4',
  'zod/v4/classic',
  'zod/v4/mini',
  'zod/v4/core',
  'zod/v3',
].map((name) => ({ name, message: zodMessage }));

const libPatterns = [
  {
    group: folderAndFiles('storage', 'components', 'pages', 'layouts', 'site', 'functions'),
    message: 'src/lib is pure: it imports nothing of the site, storage or UI.',
  },
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'localforage', 'astro:*'],
    message: 'src/lib is pure: no React, no storage, no Astro runtime.',
  },
];

/** src/lib folders whose modules end up in pages (or share a schema with one). */
export const browserLib = [
  'src/lib/worksheets/**/*.ts',
  'src/lib/grow/**/*.ts',
  'src/lib/share/**/*.ts',
  'src/lib/i18n/**/*.ts',
  'src/lib/tracking/**/*.ts',
  'src/lib/schema/**/*.ts',
];

/**
 * Flat config does not merge the options of one rule across blocks: the last block that
 * matches a file wins. So each block carries the whole option set for its files.
 * @type {import('eslint').Linter.Config[]}
 */
export const boundaryConfigs = [
  {
    files: ['src/lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: libPatterns }] },
  },
  {
    files: browserLib,
    rules: { 'no-restricted-imports': ['error', { patterns: libPatterns, paths: noZod }] },
  },
  {
    files: ['src/lib/grow/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: libPatterns }] },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noZod,
          patterns: [
            {
              group: [...folderAndFiles('components', 'pages', 'layouts'), 'react', 'react-dom', 'react/*'],
              message: 'storage sits below the UI.',
            },
            { group: generatorServer, message: 'the generator’s server side runs only in the function.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx,astro}', 'src/pages/**/*.{ts,astro}', 'src/layouts/**/*.astro'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noZod,
          patterns: [
            {
              group: generatorServer,
              message:
                'the generator’s server side (handler, AI client, prompt, rate limit) runs only in the function.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['functions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...folderAndFiles('storage', 'components', 'pages', 'layouts'),
                'react',
                'react-dom',
                'localforage',
              ],
              message: 'functions are thin adapters over src/lib.',
            },
          ],
        },
      ],
    },
  },
];
