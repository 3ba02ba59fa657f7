import type { zhActionPlan } from '../zh-CN-parts/action-plan';
import { termLabel, terms } from '../../../method/terms';
import { coachingPolicy as policy } from '../../../policy';

/** Labels of the "action-plan" worksheet (keys start with `ws.actionPlan.`). */
export const enActionPlan: Record<keyof typeof zhActionPlan, string> = {
  'ws.actionPlan.planSection': 'The 5R action plan',
  'ws.actionPlan.planIntro': `Agree on it together in the last ${policy.actionPlanMinutes.min}–${policy.actionPlanMinutes.max} minutes. At most ${policy.maxActionsPerPlan} actions, and at least one micro-action that can be done within ${policy.microActionWithinDays} days: the next conversation opens with how it went.`,
  'ws.actionPlan.conversationDate': 'Date of the conversation',
  'ws.actionPlan.actions': 'Actions',
  'ws.actionPlan.actionsHelp':
    'Give each action its 5Rs: result, resource, who is responsible, review date, risk and fallback.',
  'ws.actionPlan.actionN': 'Action {n}',
  'ws.actionPlan.addAction': 'Add another action',
  'ws.actionPlan.full':
    'That’s {max} actions, the limit. Agree on more and usually none of them gets done. To swap one in, remove one first or keep it for next time.',
  'ws.actionPlan.result': termLabel(terms['5r'].result, 'en'),
  'ws.actionPlan.resultHelp': 'Once it’s done, what will be visibly different?',
  'ws.actionPlan.resultPlaceholder':
    'e.g. A page with the ten questions customers ask most, with answers, by next Friday',
  'ws.actionPlan.resource': termLabel(terms['5r'].resource, 'en'),
  'ws.actionPlan.resourceHelp':
    'What support does it need? A course, a colleague to practice with, material, time or budget.',
  'ws.actionPlan.responsible': termLabel(terms['5r'].responsible, 'en'),
  'ws.actionPlan.responsibleHelp': 'Who leads, and who helps.',
  'ws.actionPlan.reviewDate': 'Review date',
  'ws.actionPlan.reviewDateHelp': 'The day you’ll look at progress together.',
  'ws.actionPlan.risk': termLabel(terms['5r'].risk, 'en'),
  'ws.actionPlan.riskHelp': 'What could get in the way?',
  'ws.actionPlan.contingency': 'Fallback',
  'ws.actionPlan.contingencyHelp': 'If it does, what’s the first move?',
  'ws.actionPlan.microAction': `Micro-action: can be done within ${policy.microActionWithinDays} days`,
  'ws.actionPlan.fromMissing':
    'The 5R plan named in the address can’t be found (it may have been deleted, or saved on another device), so this plan starts blank.',
  'ws.actionPlan.fromLastPlan':
    'This plan carries over the unfinished actions of the last one. In the conversation, keep, change or drop each, and agree new review dates.',
  'ws.actionPlan.state': 'Where it stands',
  'ws.actionPlan.state.open': 'Open',
  'ws.actionPlan.state.done': 'Done',
  'ws.actionPlan.state.blocked': 'Blocked',
  'ws.actionPlan.blockedReason': 'What blocks it',
  'ws.actionPlan.blockedReasonHelp':
    'One line on what stands in the way; the next conversation picks it up from here.',
  'ws.actionPlan.doneOn': 'Done on',
  'ws.actionPlan.followUpSection': 'Follow-up',
  'ws.actionPlan.followUpIntro':
    'Put the review dates in your calendar, and when they come round, check progress in a flash retro.',
  'ws.actionPlan.exportIcs': 'Add review dates to calendar (.ics)',
  'ws.actionPlan.exportIcsHelp':
    'One all-day event for each action with a review date, ready for Outlook, Google Calendar or Apple Calendar. The file is made in your browser; no server sees it.',
  'ws.actionPlan.icsNone':
    'No action has a review date yet: set the dates first, then add them to your calendar.',
  'ws.actionPlan.icsDone':
    'Calendar file saved (review dates: {count}). Open it to add them to your calendar.',
  'ws.actionPlan.retroLink': 'Flash retro for {person}',
  'ws.actionPlan.retroLinkNoPerson': 'Start a flash retro',
  'ws.actionPlan.retroLinkHelp': 'The flash retro opens with the actions from this plan that are still open.',
};
