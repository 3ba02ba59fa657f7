import { useTranslations } from '../i18n';
import { sentenceRules, type Locale } from '../i18n/locales';
import { frameworkLetters, termName, type FrameworkId } from '../method/terms';
import { coachingPolicy } from '../policy';
import type { GuideModuleId } from '../content/guide-schema';
import type { quickCardStepIds } from './schema';

/**
 * What the five-step quick card takes from code rather than from its content file: which
 * frameworks each step uses (their letters come from the terms module), the chapter that
 * teaches the step, and the rhythm from the coaching policy. So the card can never name a
 * letter or a number differently from the guide.
 */

export type QuickCardStepId = (typeof quickCardStepIds)[number];

export const quickCardSteps: Record<
  QuickCardStepId,
  { frameworks: readonly FrameworkId[]; module: GuideModuleId }
> = {
  goals: { frameworks: ['smart-ar'], module: 'goals' },
  conversation: { frameworks: ['prep'], module: 'conversation' },
  feedback: { frameworks: ['3e', 'grow', 'best'], module: 'feedback' },
  action: { frameworks: ['5r'], module: 'action' },
  tracking: { frameworks: [], module: 'tracking' },
};

const frameworkNames: Record<FrameworkId, string> = {
  'smart-ar': 'SMART-AR',
  prep: 'PREP',
  '3e': '3E',
  grow: 'GROW',
  best: 'BEST',
  '5r': '5R',
};

/** A framework as one line: `3E：鼓励 · 探索 · 赋能` / `3E: Encourage · Explore · Empower`. */
export function frameworkLine(framework: FrameworkId, locale: Locale): string {
  const names = frameworkLetters(framework).map(({ term }) => termName(term, locale));
  return `${frameworkNames[framework]}${sentenceRules(locale).colon}${names.join(' · ')}`;
}

/** How a range of numbers reads: `2 到 4` / `2 to 4`, as the guide writes it. */
function range({ min, max }: { min: number; max: number }, locale: Locale): string {
  return useTranslations(locale)('handouts.quick.range', { min, max });
}

/** The values of the card's rhythm and health lines (`handouts.quick.rhythm`, `handouts.quick.health`). */
export function quickCardPolicyValues(locale: Locale): Record<string, string> {
  const p = coachingPolicy;
  return {
    every: range(p.conversationEveryWeeks, locale),
    minutes: range(p.conversationMinutes, locale),
    prep: range(p.prepDaysBefore, locale),
    plan: range(p.actionPlanMinutes, locale),
    max: String(p.maxActionsPerPlan),
    days: String(p.microActionWithinDays),
    retro: range(p.flashRetroMinutes, locale),
    atRisk: String(p.atRiskGapPoints),
    offTrack: String(p.offTrackGapPoints),
    target: String(Math.round(p.microActionCompletionTarget * 100)),
    coverage: String(p.coverageWindowDays),
  };
}
