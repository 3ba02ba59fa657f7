import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { perStageLimits } from '../../../src/lib/grow/request';
import { maxTokensFor } from '../../../src/lib/grow/server/model-request';
import { MAX_MODEL_REPLY_BYTES } from '../../../src/lib/grow/server/generate';
import { MAX_BODY_BYTES } from '../../../src/lib/grow/server/handler';
import { GROW_RATE_LIMIT } from '../../../src/lib/grow/server/rate-limit';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Whitespace collapsed: Prettier rewraps the README's lines. */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/gu, ' ');
const wranglerToml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8');

/**
 * The README's deployment section sizes the edge rule and the provider spend cap from the
 * function's own limits. These tests keep the written numbers equal to the code's, so a
 * change to a limit fails here until the operators' instructions say the same.
 */
describe("the README's production limits match the code", () => {
  test('the in-memory rate limit: requests per minute per client', () => {
    expect(GROW_RATE_LIMIT.windowMs).toBe(60_000);
    expect(readme).toContain(`allows ${GROW_RATE_LIMIT.limit} requests a minute per client`);
    expect(readme).toContain(`more than ${GROW_RATE_LIMIT.limit} requests a minute from one client`);
  });

  test('the request body and model reply caps', () => {
    expect(readme).toContain(`at most ${MAX_BODY_BYTES / 1024} KiB`);
    expect(readme).toContain(`read up to ${MAX_MODEL_REPLY_BYTES / 1024} KB`);
  });

  test('the output-token ceiling a spend cap is sized from', () => {
    const base = maxTokensFor(0);
    const perStage = maxTokensFor(1) - base;
    expect(readme).toContain(`at most \`${base} + ${perStage} × perStage\` output tokens`);
    const most = maxTokensFor(perStageLimits.max).toLocaleString('en-US');
    expect(readme).toContain(`(${most} at the maximum of ${perStageLimits.max} a stage`);
  });

  test('wrangler.toml turns on request.signal, so a browser that leaves aborts the model call', () => {
    const flags = /^compatibility_flags\s*=\s*\[([^\]]*)\]/mu.exec(wranglerToml)?.[1] ?? '';
    expect(flags).toContain('"enable_request_signal"');
    expect(readme).toContain('`enable_request_signal`');
  });
});
