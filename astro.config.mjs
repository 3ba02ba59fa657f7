// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { copyFile, mkdir } from 'node:fs/promises';
import { guideMarkdownPlugin } from './src/lib/markdown/guide-plugins.ts';

/**
 * Static hosts (Cloudflare Pages among them) serve the nearest `404.html` up the tree, so
 * each language's not-found page is copied to `<lang>/404.html`.
 */
const localizedNotFoundPages = {
  name: 'localized-404-pages',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': async ({ dir }) => {
      await mkdir(new URL('en/', dir), { recursive: true });
      await copyFile(new URL('en/404/index.html', dir), new URL('en/404.html', dir));
    },
  },
};

/** The public address of the site, for canonical links, hreflang and the sitemap. */
const site = process.env.SITE_URL ?? 'https://coaching-toolkit.pages.dev';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    react(),
    sitemap({
      i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } },
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
    }),
    localizedNotFoundPages,
  ],
  markdown: {
    processor: satteri({
      features: { headingAttributes: true },
      hastPlugins: [guideMarkdownPlugin],
    }),
  },
  devToolbar: { enabled: false },
});
