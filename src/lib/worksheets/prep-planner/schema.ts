import * as z from '../../schema';
import { defaultLocale, type Locale } from '../../i18n/locales';
import { sectionText } from '../../i18n/sections';
import { draftText, MAX_LONG, MAX_SHORT, worksheetRef } from '../fields';

/** A 1:1 runs 30 to 60 minutes: shorter leaves no room to explore, longer loses focus. */
export const agendaLimits = { minMinutes: 30, maxMinutes: 60, blocks: 10, blockMinutes: 120 } as const;

/** One timed part of the conversation. */
export const agendaBlockSchema = z.object({
  /** What happens in this part, e.g. "Check last week's micro-action". */
  label: draftText(MAX_SHORT),
  /** Its length in whole minutes. */
  minutes: z._default(z.int().check(z.minimum(0), z.maximum(agendaLimits.blockMinutes)), 5),
});

export const prepPlannerSchema = z.object({
  /** P — Point: what today's conversation is about, in one sentence. */
  point: draftText(MAX_LONG),
  /** R — Reason: the data and observations behind the topic. */
  reason: draftText(MAX_LONG),
  /** E — Example: one or two concrete situations both sides remember. */
  example: draftText(MAX_LONG),
  /** P — Plan: the concrete next behaviour, who does what by when. */
  plan: draftText(MAX_LONG),
  /** The timed agenda; its minutes should add up to 30–60. */
  agenda: z._default(z.array(agendaBlockSchema).check(z.maxLength(agendaLimits.blocks)), []),
  /** The prep sheet this plan was started from, if any. */
  sourcePrepSheetId: z.optional(worksheetRef),
});

export type PrepPlannerData = z.output<typeof prepPlannerSchema>;
export type PrepPlannerInput = z.input<typeof prepPlannerSchema>;
export type AgendaBlock = z.output<typeof agendaBlockSchema>;

/** The agenda a new plan starts with: 40 minutes, in the order PREP runs. */
const defaultAgenda = [
  { label: 'agenda.default.opening', minutes: 5 },
  { label: 'agenda.default.pointReason', minutes: 10 },
  { label: 'agenda.default.example', minutes: 15 },
  { label: 'agenda.default.plan', minutes: 10 },
] as const;

/**
 * An empty plan with a 40-minute starting agenda in the user's language. Its labels are the
 * `prep-planner-agenda` section: `loadWorksheetDefaults` loads it before a plan is made.
 */
export function createDefaultPrepPlanner(locale: Locale = defaultLocale): PrepPlannerData {
  const t = sectionText(locale, 'prep-planner-agenda');
  return prepPlannerSchema.parse({
    agenda: defaultAgenda.map((block) => ({ label: t(block.label), minutes: block.minutes })),
  });
}

export function agendaTotal(agenda: readonly AgendaBlock[]): number {
  return agenda.reduce((sum, block) => sum + block.minutes, 0);
}
