import * as z from '../../schema';
import { defaultLocale, type Locale } from '../../i18n/locales';
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

const defaultAgenda: Record<Locale, readonly AgendaBlock[]> = {
  'zh-CN': [
    { label: '开场：上次的微行动做得怎样', minutes: 5 },
    { label: '主题与依据（Point · Reason）', minutes: 10 },
    { label: '实例（Example）：一起看具体情境', minutes: 15 },
    { label: '计划（Plan）：定下 5R 行动', minutes: 10 },
  ],
  en: [
    { label: 'Opening: how did last time’s micro-action go?', minutes: 5 },
    { label: 'Topic and evidence (Point · Reason)', minutes: 10 },
    { label: 'Examples, explored together (Example)', minutes: 15 },
    { label: 'Plan and 5R actions (Plan)', minutes: 10 },
  ],
};

/** An empty plan with a 40-minute starting agenda in the user's language. */
export function createDefaultPrepPlanner(locale: Locale = defaultLocale): PrepPlannerData {
  return prepPlannerSchema.parse({ agenda: defaultAgenda[locale].map((block) => ({ ...block })) });
}

export function agendaTotal(agenda: readonly AgendaBlock[]): number {
  return agenda.reduce((sum, block) => sum + block.minutes, 0);
}
