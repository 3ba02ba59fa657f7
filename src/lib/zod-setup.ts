import { z } from 'zod';

/**
 * Zod compiles object validators with `new Function` when it can. The site's Content
 * Security Policy forbids eval, so the probe would be logged as a CSP violation in every
 * browser (and Lighthouse counts it). Validation is just as correct without it and our
 * objects are small. This must run before any object schema is created, so every module
 * that defines schemas imports this file first.
 */
z.config({ jitless: true });
