import * as z from 'zod/mini';

/**
 * Classic zod compiles object validators with `new Function` when it can, after probing
 * whether eval is allowed. The site's Content Security Policy forbids eval, so the probe
 * would be logged as a CSP violation in every browser (and Lighthouse counts it).
 * Validation is just as correct without it and our objects are small.
 *
 * Browser code does not use zod at all (it validates with src/lib/schema), so pages do not
 * depend on this; it matters for the build-time schemas written with classic `zod`
 * (src/lib/content, handouts, resources) and the function's model-reply schema
 * (src/lib/grow/server), which share zod's core config. It must run before any object schema is
 * created, so every module that defines schemas imports this file first.
 */
z.config({ jitless: true });
