import { chromium, defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './test/support/find-chromium.mjs';

const executablePath = findChromium(() => chromium.executablePath());
/** The built site and the function, served by the real Cloudflare runtime on loopback. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8790);
/** The same build on a plain static server with no function, like a static-only host. */
export const STATIC_PORT = Number(process.env.STATIC_PORT ?? 8791);

export default defineConfig({
  testDir: 'test/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: 'retain-on-failure',
    // The offline service worker would answer pages from its cache, out of reach of tests that
    // intercept requests; only the offline spec turns it on (`serviceWorkers: 'allow'`).
    serviceWorkers: 'block',
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `npx wrangler pages dev dist --ip 127.0.0.1 --port ${E2E_PORT} --show-interactive-dev-session=false`,
      url: `http://127.0.0.1:${E2E_PORT}/`,
      env: { WRANGLER_SEND_METRICS: 'false', NO_D1_WARNING: 'true' },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node test/support/static-server.mjs`,
      url: `http://127.0.0.1:${STATIC_PORT}/`,
      env: { PORT: String(STATIC_PORT) },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
