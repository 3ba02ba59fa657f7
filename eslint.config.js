// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** Module boundaries from the design: components → storage → lib; functions → lib. */
const libBoundary = {
  patterns: [
    {
      group: ['**/storage/**', '**/components/**', '**/pages/**', '**/layouts/**'],
      message: 'src/lib is pure: it imports nothing of the site, storage or UI.',
    },
    {
      group: ['react', 'react-dom', 'react/*', 'localforage', 'astro:*'],
      message: 'src/lib is pure: no React, no storage, no Astro runtime.',
    },
  ],
};

/**
 * Code that can reach the browser validates with `zod/mini`. Classic zod is for the
 * build-time schemas only (src/lib/content, src/lib/handouts, src/lib/resources).
 */
const classicZodMessage =
  'Browser code uses zod/mini (`import * as z from "zod/mini"`): classic zod adds ~15 KB gzip to every worksheet page.';
const noClassicZod = ['zod', 'zod/v4', 'zod/v4/classic', 'zod/v3'].map((name) => ({
  name,
  message: classicZodMessage,
}));

/** src/lib folders whose modules end up in pages (or share a schema with one). */
const browserLib = [
  'src/lib/worksheets/**/*.ts',
  'src/lib/grow/**/*.ts',
  'src/lib/share/**/*.ts',
  'src/lib/i18n/**/*.ts',
  'src/lib/zod-setup.ts',
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.wrangler/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.{ts,tsx}'] })),
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx,astro}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Flat config does not merge the options of one rule across blocks: the last block that
  // matches a file wins. So the classic-zod ban is added to each block's own options, and
  // the browserLib block repeats libBoundary's patterns.
  {
    files: ['src/lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', libBoundary] },
  },
  {
    files: browserLib,
    rules: { 'no-restricted-imports': ['error', { ...libBoundary, paths: noClassicZod }] },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noClassicZod,
          patterns: [
            {
              group: ['**/components/**', '**/pages/**', 'react', 'react-dom'],
              message: 'storage sits below the UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx,astro}'],
    rules: { 'no-restricted-imports': ['error', { paths: noClassicZod }] },
  },
  {
    files: ['functions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/storage/**', '**/components/**', 'react', 'localforage'],
              message: 'functions are thin adapters over src/lib.',
            },
          ],
        },
      ],
    },
  },
);
