/**
 * Tracking: the pure rules behind the dashboards (issue 11). Goal health (`health.ts`), risk
 * signals (`signals.ts`), coverage (`coverage.ts`), the two views (`views.ts`), the growth
 * trail (`trail.ts`) and their words (`text.ts`, from the dictionary's `tracking` section).
 * The clock is always passed in; every threshold comes from `../policy.ts`.
 */
export * from './model';
export * from './progress';
export * from './health';
export * from './signals';
export * from './coverage';
export * from './views';
export * from './trail';
export * from './text';
export * from './people';
export * from './next-conversation';
export * from './calendar';
export { daysBetween, monthOf } from '../dates';
