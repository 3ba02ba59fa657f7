import { coachingPolicy } from '../../../policy';

import type { zhObserverChecklistHints } from '../zh-CN-parts/observer-checklist-hints';

/** Coaching hints of the observer checklist (keys start with `hint.observer.`). */
export const enObserverChecklistHints: Record<keyof typeof zhObserverChecklistHints, string> = {
  'hint.observer.scenarioEmpty':
    'Note which scenario was played (its id or a few words) so the debrief can go back to the brief.',
  'hint.observer.start':
    'Tick as you listen: tap “+1” under a GROW stage each time you hear a question of that type, and tick the rest as it happens.',
  'hint.observer.growMissing.goal':
    'No Goal question heard yet: did the employee say what they want from this conversation?',
  'hint.observer.growMissing.reality':
    'No Reality question heard yet: did the manager jump straight to advice?',
  'hint.observer.growMissing.options':
    'No Options question heard yet: did the ideas come from the manager or from the employee?',
  'hint.observer.growMissing.will':
    'No Will question heard yet: until the employee names a first step in their own words, nothing is committed.',
  'hint.observer.bestNotHeard':
    'This role-play calls for BEST, but no part of it has come up yet. Listen for how the manager opens the behavior that has to change.',
  'hint.observer.bestMissing.behavior':
    'BEST is missing Behavior: without dates or counts, the rest can sound like a verdict.',
  'hint.observer.bestMissing.effect':
    'BEST is missing Effect: does the employee know what the behavior caused, and for whom?',
  'hint.observer.bestMissing.seek':
    'BEST is missing Seek: the manager didn’t ask a genuine question about the employee’s view, or didn’t wait for the answer.',
  'hint.observer.bestMissing.target':
    'BEST is missing Target: was the way forward worked out together, or handed down?',
  'hint.observer.threeENotHeard':
    'This role-play calls for 3E, but no specific praise, exploring or support has come up yet.',
  'hint.observer.threeEMissing.encourage':
    '3E is missing Encourage: was one thing done well named specifically?',
  'hint.observer.threeEMissing.explore':
    '3E is missing Explore: were the causes drawn out with questions, or summed up by the manager?',
  'hint.observer.threeEMissing.empower':
    '3E is missing Empower: was any support, resource or opportunity actually offered?',
  'hint.observer.prepNotHeard': 'This role-play should follow PREP, but the topic hasn’t been stated yet.',
  'hint.observer.prepMissing.point':
    'PREP is missing Point: was today’s topic said in one sentence at the start?',
  'hint.observer.prepMissing.reason':
    'PREP is missing Reason: did data and observations carry the argument, rather than impressions?',
  'hint.observer.prepMissing.example':
    'PREP is missing Example: was there one concrete situation both people remember?',
  'hint.observer.prepMissing.plan': 'PREP is missing Plan: did the talk land on a concrete next step?',
  'hint.observer.prepOrder':
    'All four steps happened, but out of order: did advice come before the facts were on the table? Point to the moment in the debrief.',
  'hint.observer.fiveRNotReached':
    'No 5R heard yet: in the last 5–10 minutes, were the actions pinned down one by one?',
  'hint.observer.fiveRMissing.result': '5R is missing Result: was the visible outcome spelled out?',
  'hint.observer.fiveRMissing.resource':
    '5R is missing Resource: what support is needed, and who arranges it?',
  'hint.observer.fiveRMissing.responsible': '5R is missing Responsible: who leads and who helps?',
  'hint.observer.fiveRMissing.review':
    '5R is missing Review: which day will you look at progress? Without a date, follow-up tends to vanish.',
  'hint.observer.fiveRMissing.risk':
    '5R is missing Risk: what happens if it gets stuck, and was a fallback agreed?',
  'hint.observer.noMicroAction': `No action can be done within ${coachingPolicy.microActionWithinDays} days yet: the next conversation should start from one.`,
  'hint.observer.wentWellEmpty':
    'Open the debrief with what went well: one or two specific moments, quoted if you can.',
  'hint.observer.tryNextEmpty': 'Close by letting the manager pick one thing to try next time.',
  'hint.observer.tryNextOne':
    'Keep it to one thing: the one they will remember and can do in the next practice.',
};
