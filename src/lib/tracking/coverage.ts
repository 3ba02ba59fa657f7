import { coachingPolicy } from '../policy';
import { daysBetween, monthOf } from '../dates';
import { createdOn, planDate, type GuideRef, type PersonDocs } from './model';

/**
 * Coverage: is anyone being left out? Per person, the days since the last conversation and
 * whether a flash retro happened this calendar month; for the team, the share of people who
 * had a conversation, and the share who got feedback, in the last `coverageWindowDays`.
 *
 * A conversation is a dated trace of one: a 5R plan's conversation date (or the day it was
 * written), a flash retro's date, a prep sheet's meeting date, a feedback's given day. Dates
 * after today (a meeting planned for next week) do not count yet.
 */

export const coverageGuide: GuideRef = { module: 'tracking', anchor: 'dashboards' };
export const retroGuide: GuideRef = { module: 'tracking', anchor: 'flash-retro' };

export interface PersonCoverage {
  lastConversation: string | undefined;
  /** Days since it; `undefined` with none. */
  daysSince: number | undefined;
  /** More than `coverageWindowDays` since the last conversation, or none at all. */
  overdue: boolean;
  retroThisMonth: boolean;
  /** Feedback given in the window. */
  feedbackInWindow: boolean;
}

/** Every dated conversation of a person, up to today, newest first. */
export function conversationDates(person: PersonDocs, today: string): string[] {
  const dates = [
    ...person.plans.map((plan) => planDate(plan)),
    ...person.retros.map((retro) => retro.data.date || createdOn(retro)),
    ...person.prepSheets.map((sheet) => sheet.data.meetingDate),
    ...person.feedback.map((feedback) => feedback.data.givenOn),
  ];
  return dates.filter((date) => date !== '' && date <= today).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

function inWindow(date: string, today: string): boolean {
  const age = daysBetween(date, today);
  return age !== undefined && age >= 0 && age <= coachingPolicy.coverageWindowDays;
}

export function personCoverage(person: PersonDocs, today: string): PersonCoverage {
  const last = conversationDates(person, today)[0];
  const daysSince = last === undefined ? undefined : daysBetween(last, today);
  return {
    lastConversation: last,
    daysSince,
    overdue: daysSince === undefined || daysSince > coachingPolicy.coverageWindowDays,
    retroThisMonth: person.retros.some(
      (retro) =>
        retro.data.date !== '' && retro.data.date <= today && monthOf(retro.data.date) === monthOf(today),
    ),
    feedbackInWindow: person.feedback.some(
      (feedback) => feedback.data.givenOn !== '' && inWindow(feedback.data.givenOn, today),
    ),
  };
}

export interface TeamCoverage {
  people: number;
  withConversation: number;
  withFeedback: number;
  withRetroThisMonth: number;
  /** Shares 0–1; `undefined` with nobody on the team. */
  conversationShare: number | undefined;
  feedbackShare: number | undefined;
  windowDays: number;
}

export function teamCoverage(coverages: readonly PersonCoverage[]): TeamCoverage {
  const people = coverages.length;
  const withConversation = coverages.filter((entry) => !entry.overdue).length;
  const withFeedback = coverages.filter((entry) => entry.feedbackInWindow).length;
  const withRetroThisMonth = coverages.filter((entry) => entry.retroThisMonth).length;
  return {
    people,
    withConversation,
    withFeedback,
    withRetroThisMonth,
    conversationShare: people === 0 ? undefined : withConversation / people,
    feedbackShare: people === 0 ? undefined : withFeedback / people,
    windowDays: coachingPolicy.coverageWindowDays,
  };
}
