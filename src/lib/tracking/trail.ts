import type { WorksheetDocLike } from '../worksheets/document';
import type { Adjustment } from '../worksheets/smart-ar/schema';
import { createdOn, groupByPerson, planDate, type PersonDocs } from './model';
import type { RetroJudgment } from '../worksheets/flash-retro/schema';
import type { FeedbackFramework, FeedbackScenario } from '../worksheets/feedback/schema';
import { personKey } from '../worksheets/person';

/**
 * The growth trail: one person's history as a timeline, newest first. Conversations (5R
 * plans, prep sheets with a meeting date), flash retros with their judgment, goal
 * adjustments with reason, before and after, feedback with its follow-up, actions done and
 * milestones reached. Filtered to a period `[from, to]` (either end optional).
 */

export type TrailEvent =
  | { type: 'conversation'; date: string; worksheetId: string; actions: number; microActions: number }
  | { type: 'prep'; date: string; worksheetId: string; topics: string[] }
  | {
      type: 'retro';
      date: string;
      worksheetId: string;
      judgment: RetroJudgment | null;
      obstacle: string;
      improvement: string;
    }
  | {
      type: 'adjustment';
      date: string;
      worksheetId: string;
      kind: Adjustment['kind'];
      reason: string;
      before: string;
      after: string;
    }
  | {
      type: 'feedback';
      date: string;
      worksheetId: string;
      scenario: FeedbackScenario;
      framework: FeedbackFramework;
      followUpDate: string;
      followUpOutcome: string;
    }
  | { type: 'action-done'; date: string; worksheetId: string; result: string }
  | { type: 'milestone-reached'; date: string; worksheetId: string; indicator: string; target: string };

export type TrailEventType = TrailEvent['type'];

export interface TrailPeriod {
  from?: string | undefined;
  to?: string | undefined;
}

export function personTrail(person: PersonDocs, period: TrailPeriod = {}): TrailEvent[] {
  const events: TrailEvent[] = [];
  for (const plan of person.plans) {
    const written = plan.data.actions.filter((action) => action.result.trim() !== '');
    events.push({
      type: 'conversation',
      date: planDate(plan),
      worksheetId: plan.id,
      actions: written.length,
      microActions: written.filter((action) => action.microAction).length,
    });
    for (const action of written) {
      if (action.state === 'done' && action.doneOn !== '')
        events.push({
          type: 'action-done',
          date: action.doneOn,
          worksheetId: plan.id,
          result: action.result,
        });
    }
  }
  for (const sheet of person.prepSheets) {
    if (sheet.data.meetingDate === '') continue;
    events.push({
      type: 'prep',
      date: sheet.data.meetingDate,
      worksheetId: sheet.id,
      topics: sheet.data.topics.filter((topic) => topic.trim() !== ''),
    });
  }
  for (const retro of person.retros) {
    events.push({
      type: 'retro',
      date: retro.data.date || createdOn(retro),
      worksheetId: retro.id,
      judgment: retro.data.judgment,
      obstacle: retro.data.obstacle,
      improvement: retro.data.improvement,
    });
  }
  for (const goal of person.goals) {
    for (const adjustment of goal.data.adjustments) {
      events.push({
        type: 'adjustment',
        date: adjustment.date || createdOn(goal),
        worksheetId: goal.id,
        kind: adjustment.kind,
        reason: adjustment.reason,
        before: adjustment.before,
        after: adjustment.after,
      });
    }
    for (const milestone of goal.data.milestones) {
      if (milestone.reachedOn === '') continue;
      events.push({
        type: 'milestone-reached',
        date: milestone.reachedOn,
        worksheetId: goal.id,
        indicator: milestone.indicator,
        target: milestone.target,
      });
    }
  }
  for (const feedback of person.feedback) {
    events.push({
      type: 'feedback',
      date: feedback.data.givenOn || createdOn(feedback),
      worksheetId: feedback.id,
      scenario: feedback.data.scenario,
      framework: feedback.data.framework,
      followUpDate: feedback.data.followUp.date,
      followUpOutcome: feedback.data.followUp.outcome,
    });
  }
  return events
    .filter(
      (event) =>
        (period.from === undefined || period.from === '' || event.date >= period.from) &&
        (period.to === undefined || period.to === '' || event.date <= period.to),
    )
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The trail of the person named `name` (matched by `personKey`), practice left out. */
export function trailFor(
  docs: readonly WorksheetDocLike[],
  name: string,
  period: TrailPeriod = {},
): TrailEvent[] {
  const person = groupByPerson(docs).get(personKey(name));
  return person === undefined ? [] : personTrail(person, period);
}
