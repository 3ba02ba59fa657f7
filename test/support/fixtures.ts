import { test as base, expect } from '@playwright/test';

/**
 * `test` and `expect` for every browser test: Playwright's, with one addition. Every page
 * in the test reports each Content-Security-Policy violation (the `securitypolicyviolation`
 * event, for the header policy and the page's `<meta>` policy alike), and the test fails
 * when there was any. So a new inline script, inline handler or style attribute that the
 * strict CSP would block in production fails the suite, not a user. Specs import from here,
 * never from '@playwright/test' directly (test/unit/e2e-imports.test.ts checks).
 */

export interface CspViolation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
}

const REPORT = '__reportCspViolation';

export const test = base.extend<{ cspViolations: CspViolation[] }>({
  cspViolations: async ({ context }, use) => {
    const violations: CspViolation[] = [];
    await context.exposeBinding(REPORT, (_source, violation: CspViolation) => {
      violations.push(violation);
    });
    await context.addInitScript((name) => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as Record<string, (v: unknown) => void>)[name];
        report?.({
          page: location.pathname,
          directive: event.effectiveDirective || event.violatedDirective,
          blocked: event.blockedURI,
          sample: event.sample,
        });
      });
    }, REPORT);
    await use(violations);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
  // Every test gets the check, whether or not it names the fixture.
  page: async ({ page, cspViolations }, use) => {
    void cspViolations;
    await use(page);
  },
});

export { expect };
export type { Browser, BrowserContext, Locator, Page, Request, Response } from '@playwright/test';
