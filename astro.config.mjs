// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { readSiteSettings } from './src/lib/content/settings-schema.ts';
import { guideMarkdownPlugin } from './src/lib/markdown/guide-plugins.ts';
import { buildServiceWorker } from './src/site/service-worker-build.ts';

/**
 * Site settings from content/settings.yaml (HR edits it; a mistake stops the build with the
 * file and field named). DEFAULT_LANGUAGE in the environment overrides it for one build.
 */
const settings = readSiteSettings({
  ...parseYaml(readFileSync(new URL('./content/settings.yaml', import.meta.url), 'utf8')),
  ...(process.env.DEFAULT_LANGUAGE ? { defaultLanguage: process.env.DEFAULT_LANGUAGE } : {}),
});
const defaultLocale = settings.defaultLanguage;
/** The URL folder of each language that is not the default. */
const prefixedSlugs = { 'zh-CN': 'zh-cn', en: 'en' };
const otherLocales = /** @type {('zh-CN' | 'en')[]} */ (['zh-CN', 'en']).filter((l) => l !== defaultLocale);
process.env.PUBLIC_DEFAULT_LOCALE = defaultLocale;

/**
 * Static hosts (Cloudflare Pages among them) serve the nearest `404.html` up the tree, so
 * each language's not-found page is copied to `<lang>/404.html`.
 */
const localizedNotFoundPages = {
  name: 'localized-404-pages',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': async ({ dir }) => {
      for (const locale of otherLocales) {
        const slug = prefixedSlugs[locale];
        await mkdir(new URL(`${slug}/`, dir), { recursive: true });
        await copyFile(new URL(`${slug}/404/index.html`, dir), new URL(`${slug}/404.html`, dir));
      }
    },
  },
};

/**
 * The offline service worker (Workbox), written last so it precaches everything the build
 * and the integrations above produced, the localized 404 pages included.
 */
const offlineServiceWorker = {
  name: 'offline-service-worker',
  hooks: {
    /** @param {{ dir: URL, logger: { info(message: string): void } }} options */
    'astro:build:done': async ({ dir, logger }) => {
      const { count, size } = await buildServiceWorker(dir);
      logger.info(`sw.js precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB)`);
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
      i18n: {
        defaultLocale,
        locales: Object.fromEntries([
          [defaultLocale, defaultLocale],
          ...otherLocales.map((locale) => [prefixedSlugs[locale], locale]),
        ]),
      },
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
    }),
    localizedNotFoundPages,
    offlineServiceWorker,
  ],
  markdown: {
    processor: satteri({
      features: { headingAttributes: true },
      hastPlugins: [guideMarkdownPlugin],
    }),
  },
  vite: {
    define: { 'import.meta.env.PUBLIC_DEFAULT_LOCALE': JSON.stringify(defaultLocale) },
  },
  devToolbar: { enabled: false },
  /**
   * Strict CSP: Astro hashes every script and style it emits into a `<meta>` policy on each
   * page, so neither needs 'unsafe-inline'. What a `<meta>` policy cannot carry
   * (frame-ancestors) is in public/_headers, which browsers combine with this one.
   */
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
    },
  },
});
