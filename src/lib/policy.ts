/**
 * The coaching policy the toolkit teaches, stated once. The guide (both languages), the
 * handouts, the workshop material and the dashboards' rules all use these numbers; a unit test
 * checks that the guide states them, so a company that changes one changes it here and in the
 * text the test points to.
 */
export const coachingPolicy = {
  /** A full coaching conversation (PREP, 30–60 minutes) with each person every 2–4 weeks. */
  conversationEveryWeeks: { min: 2, max: 4 },
  /** Length of a full coaching conversation, in minutes. */
  conversationMinutes: { min: 30, max: 60 },
  /** The employee's asynchronous preparation, days before the conversation. */
  prepDaysBefore: { min: 1, max: 2 },
  /** The 5R action plan is written in the last minutes of the conversation. */
  actionPlanMinutes: { min: 5, max: 10 },
  /** Coverage: a person with no conversation in this many days needs one. */
  coverageWindowDays: 30,
  /** The flash retro: once a month, this long. */
  flashRetroMinutes: { min: 15, max: 20 },
  /** Micro-commitments: at most this many actions per plan, at least one due within 7 days. */
  maxActionsPerPlan: 3,
  microActionWithinDays: 7,
  /** Share of micro-actions done by their review date that a healthy team reaches. */
  microActionCompletionTarget: 0.6,
  /** Goal health: progress trailing the share of time elapsed by this many points or more. */
  atRiskGapPoints: 15,
  offTrackGapPoints: 30,
  /** Goal health: the likelihood score, as a share of its scale, at or below which a goal is at risk / off track. */
  atRiskLikelihood: 0.6,
  offTrackLikelihood: 0.4,
  /** A goal adjusted this many times within `repeatedAdjustmentDays` is at risk. */
  repeatedAdjustments: 2,
  repeatedAdjustmentDays: 90,
  /** A review date moved later this many times is a risk signal. */
  repeatedDelays: 2,
  /** Rollout pilot: this many teams, prepared for 2–3 weeks, run for 12 weeks. */
  pilotTeams: { min: 3, max: 5 },
  pilotPrepWeeks: { min: 2, max: 3 },
  pilotWeeks: 12,
} as const;

export type CoachingPolicy = typeof coachingPolicy;
