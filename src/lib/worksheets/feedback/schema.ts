import * as z from '../../schema';
import { draftText, isoDateOrEmpty, MAX_LONG, MAX_SHORT } from '../fields';

/** Positive and improvement cases suit 3E; negative feedback suits BEST. */
export const feedbackScenarios = ['positive', 'improvement', 'negative'] as const;
export type FeedbackScenario = (typeof feedbackScenarios)[number];

export const feedbackFrameworks = ['3e', 'best'] as const;
export type FeedbackFramework = (typeof feedbackFrameworks)[number];

/** The fields of each framework, in the order they are spoken. */
export const frameworkFields = {
  '3e': ['encourage', 'explore', 'empower'],
  best: ['behavior', 'effect', 'seek', 'target'],
} as const satisfies Record<FeedbackFramework, readonly string[]>;
export type FeedbackField = (typeof frameworkFields)[FeedbackFramework][number];

/** The follow-up on a piece of feedback: the day it was looked at again, and what was seen, in one line. */
export const followUpSchema = z.object({
  date: isoDateOrEmpty,
  outcome: draftText(MAX_SHORT),
});
export type FeedbackFollowUp = z.output<typeof followUpSchema>;

/**
 * Both frameworks' fields are kept, so switching framework while drafting loses nothing;
 * the chosen framework decides which are shown, checked and exported.
 */
export const feedbackSchema = z.object({
  /** What kind of feedback this is: positive, needs improvement, or negative. */
  scenario: z._default(z.enum(feedbackScenarios), 'positive'),
  /** Which structure the draft follows; see `suggestedFramework`. */
  framework: z._default(z.enum(feedbackFrameworks), '3e'),
  /** 3E — Encourage: the specific behaviour worth keeping and growing. */
  encourage: draftText(MAX_LONG),
  /** 3E — Explore: a question to find the causes together. */
  explore: draftText(MAX_LONG),
  /** 3E — Empower: the support, resources or opportunities offered. */
  empower: draftText(MAX_LONG),
  /** BEST — Behavior: what was observed, with a time window or a count. */
  behavior: draftText(MAX_LONG),
  /** BEST — Effect: what that behaviour led to. */
  effect: draftText(MAX_LONG),
  /** BEST — Seek: the question that asks for their view. */
  seek: draftText(MAX_LONG),
  /** BEST — Target: the improvement to aim for, agreed together. */
  target: draftText(MAX_LONG),
  /** The day the feedback was given; `''` while it is still a draft. */
  givenOn: isoDateOrEmpty,
  /** Looking again later: did the behavior change? Improvement and BEST feedback needs this. */
  followUp: z.prefault(followUpSchema, {}),
});

export type FeedbackData = z.output<typeof feedbackSchema>;
export type FeedbackInput = z.input<typeof feedbackSchema>;

export function createDefaultFeedback(): FeedbackData {
  return feedbackSchema.parse({});
}

/** The framework that fits a scenario; the form may preselect it when the scenario changes. */
export function suggestedFramework(scenario: FeedbackScenario): FeedbackFramework {
  return scenario === 'negative' ? 'best' : '3e';
}

/** Feedback that asks for a change (an improvement, or BEST on a problem) needs a follow-up. */
export function needsFollowUp(data: Pick<FeedbackData, 'scenario' | 'framework'>): boolean {
  return data.scenario !== 'positive' || data.framework === 'best';
}

/** Whether a follow-up was recorded: a day or an outcome. */
export function isFollowedUp(data: Pick<FeedbackData, 'followUp'>): boolean {
  return data.followUp.date !== '' || data.followUp.outcome.trim() !== '';
}
