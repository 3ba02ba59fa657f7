import { coachingPolicy } from '../policy';
import type { Likelihood, LikelihoodReading } from '../worksheets/smart-ar/schema';
import { daysBetween } from '../dates';
import { createdOn, worseHealth, type GoalDoc, type GuideRef, type HealthState } from './model';
import { goalProgress, type GoalProgress } from './progress';

/**
 * Goal health: on track, at risk or off track, each with the reasons that decided it.
 *
 * | rule                         | at risk                                   | off track                          |
 * | ---------------------------- | ----------------------------------------- | ---------------------------------- |
 * | progress vs time elapsed     | trails by `atRiskGapPoints` or more       | trails by `offTrackGapPoints`      |
 * | (reached vs due milestones)  |                                           |                                    |
 * | a milestone past its date    | not reached                               |                                    |
 * | likelihood (share of scale)  | at or below `atRiskLikelihood`            | at or below `offTrackLikelihood`   |
 * | goal adjustments             | `repeatedAdjustments` within `repeatedAdjustmentDays` |                        |
 *
 * The worst rule wins. A goal with every milestone reached is on track whatever else holds. A
 * goal with no milestone to measure and no likelihood is `no-data`: the reason says what to
 * record. All numbers come from `coachingPolicy`.
 */

export type HealthReasonCode =
  | 'all-reached'
  | 'on-schedule'
  | 'behind-schedule'
  | 'milestone-overdue'
  | 'low-likelihood'
  | 'repeated-adjustments'
  | 'likelihood-good'
  | 'nothing-recorded';

export interface HealthReason {
  code: HealthReasonCode;
  state: HealthState;
  guide: GuideRef;
  /** Facts for the words: percentages, dates, counts, names. */
  facts: Record<string, string | number>;
}

export type LikelihoodTrend = 'up' | 'down' | 'flat';

export interface GoalHealth {
  state: HealthState;
  reasons: HealthReason[];
  progress: GoalProgress;
  /** The likelihood as a share of its scale, 0–1; `undefined` while not estimated. */
  likelihood: number | undefined;
  trend: LikelihoodTrend | undefined;
  /** Goal adjustments (kind "goal") within the policy's window. */
  recentAdjustments: number;
}

const guide = {
  dashboards: { module: 'tracking', anchor: 'dashboards' },
  smartAr: { module: 'goals', anchor: 'smart-ar' },
  trace: { module: 'tracking', anchor: 'adjustment-trace' },
} as const satisfies Record<string, GuideRef>;

/** The likelihood as a share of its scale (a 7 of 10 is 0.7, a 3 of 5 is 0.6). */
export function likelihoodShare(likelihood: Pick<Likelihood, 'scale' | 'value'>): number | undefined {
  if (likelihood.value === null) return undefined;
  return likelihood.value / (likelihood.scale === 'ten' ? 10 : 5);
}

/** Up, down or flat between the last two readings of the log; `undefined` with fewer than two. */
export function likelihoodTrend(log: readonly LikelihoodReading[]): LikelihoodTrend | undefined {
  if (log.length < 2) return undefined;
  const last = likelihoodShare(log[log.length - 1]!);
  const before = likelihoodShare(log[log.length - 2]!);
  if (last === undefined || before === undefined) return undefined;
  return last > before ? 'up' : last < before ? 'down' : 'flat';
}

const percent = (share: number) => Math.round(share * 100);

export function goalHealth(goal: GoalDoc, today: string): GoalHealth {
  const policy = coachingPolicy;
  const { data } = goal;
  const progress = goalProgress(data, createdOn(goal), today);
  const likelihood = likelihoodShare(data.likelihood);
  const trend = likelihoodTrend(data.likelihoodLog);
  const recentAdjustments = data.adjustments.filter((adjustment) => {
    if (adjustment.kind !== 'goal' || adjustment.date === '') return false;
    const age = daysBetween(adjustment.date, today);
    return age !== undefined && age >= 0 && age <= policy.repeatedAdjustmentDays;
  }).length;
  const reasons: HealthReason[] = [];
  const base = { progress, likelihood, trend, recentAdjustments };

  if (
    progress.milestones.length > 0 &&
    progress.milestones.every((entry) => entry.milestone.reachedOn !== '')
  ) {
    reasons.push({
      code: 'all-reached',
      state: 'on-track',
      guide: guide.dashboards,
      facts: { count: progress.milestones.length },
    });
    return { ...base, state: 'on-track', reasons };
  }

  if (progress.progress !== undefined && progress.expected !== undefined) {
    const gap = percent(progress.expected) - percent(progress.progress);
    const facts = {
      progress: percent(progress.progress),
      expected: percent(progress.expected),
      elapsed: percent(progress.elapsed ?? 0),
      gap,
    };
    if (gap >= policy.offTrackGapPoints)
      reasons.push({ code: 'behind-schedule', state: 'off-track', guide: guide.dashboards, facts });
    else if (gap >= policy.atRiskGapPoints)
      reasons.push({ code: 'behind-schedule', state: 'at-risk', guide: guide.dashboards, facts });
    else reasons.push({ code: 'on-schedule', state: 'on-track', guide: guide.dashboards, facts });
  }

  for (const entry of progress.milestones) {
    if (!entry.overdue) continue;
    reasons.push({
      code: 'milestone-overdue',
      state: 'at-risk',
      guide: guide.dashboards,
      facts: {
        indicator: entry.milestone.indicator,
        target: entry.milestone.target,
        date: entry.milestone.date,
      },
    });
  }

  if (likelihood !== undefined) {
    const facts = {
      value: data.likelihood.value ?? 0,
      max: data.likelihood.scale === 'ten' ? 10 : 5,
      ...(trend === undefined ? {} : { trend }),
    };
    if (likelihood <= policy.offTrackLikelihood)
      reasons.push({ code: 'low-likelihood', state: 'off-track', guide: guide.smartAr, facts });
    else if (likelihood <= policy.atRiskLikelihood)
      reasons.push({ code: 'low-likelihood', state: 'at-risk', guide: guide.smartAr, facts });
  }

  if (recentAdjustments >= policy.repeatedAdjustments) {
    reasons.push({
      code: 'repeated-adjustments',
      state: 'at-risk',
      guide: guide.trace,
      facts: { count: recentAdjustments, days: policy.repeatedAdjustmentDays },
    });
  }

  if (reasons.length === 0) {
    if (likelihood !== undefined) {
      // A healthy likelihood alone: on track, though nothing is measured yet.
      reasons.push({
        code: 'likelihood-good',
        state: 'on-track',
        guide: guide.smartAr,
        facts: { value: data.likelihood.value ?? 0, max: data.likelihood.scale === 'ten' ? 10 : 5 },
      });
      return { ...base, state: 'on-track', reasons };
    }
    reasons.push({ code: 'nothing-recorded', state: 'no-data', guide: guide.dashboards, facts: {} });
    return { ...base, state: 'no-data', reasons };
  }
  const state = reasons.reduce<HealthState>((worst, reason) => worseHealth(worst, reason.state), 'on-track');
  // Worst first, so the first reason is the one that decided.
  reasons.sort((a, b) => (worseHealth(a.state, b.state) === a.state ? (a.state === b.state ? 0 : -1) : 1));
  return { ...base, state, reasons };
}

/**
 * A person's health: the worst of their goals' states. With no goal at all the person is
 * `no-data`. Goals with nothing recorded do not hide the state of goals that have.
 */
export function personHealth(goals: readonly GoalHealth[]): HealthState {
  const judged = goals.filter((goal) => goal.state !== 'no-data');
  if (judged.length === 0) return 'no-data';
  return judged.reduce<HealthState>((worst, goal) => worseHealth(worst, goal.state), 'on-track');
}
