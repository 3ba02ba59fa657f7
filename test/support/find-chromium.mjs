// Finds a Chromium for the browser tests and benchmarks: CHROMIUM_PATH, then Playwright's
// own download, then the system's. This workplace cannot download Playwright's browser,
// so the system package is the usual answer here.
import { existsSync } from 'node:fs';

const SYSTEM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags for a headless Chromium in a container with no network but loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * @param {() => string | undefined} [playwrightPath] how to ask Playwright for its own browser
 * @returns {string | undefined} the executable to launch, or undefined for Playwright's default
 */
export function findChromium(playwrightPath) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  try {
    const own = playwrightPath?.();
    if (own && existsSync(own)) return undefined;
  } catch {
    // Playwright has no browser of its own here; look for the system's.
  }
  const system = SYSTEM_CANDIDATES.find((path) => existsSync(path));
  if (system) return system;
  throw new Error(
    [
      'No Chromium found for the browser tests. Any one of these fixes it:',
      '  • npx playwright install chromium          (downloads Playwright’s own browser)',
      '  • sudo apt-get install -y chromium          (Debian/Ubuntu system browser)',
      '  • export CHROMIUM_PATH=/path/to/chromium   (any Chromium or Chrome you already have)',
    ].join('\n'),
  );
}
