import type { zhObserverLabels } from '../zh-CN-parts/observer-labels';
import { badgeLabel, termName, terms } from '../../../method/terms';
import { coachingPolicy as policy } from '../../../policy';

/** The names of the observer checklist's ticked items and parts: the form and its export share them. */
export const enObserverLabels: Record<keyof typeof zhObserverLabels, string> = {
  'ws.observer.prep': 'PREP structure',
  'ws.observer.prep.point': badgeLabel(terms.prep.point, 'en', ' '),
  'ws.observer.prep.reason': badgeLabel(terms.prep.reason, 'en', ' '),
  'ws.observer.prep.example': badgeLabel(terms.prep.example, 'en', ' '),
  'ws.observer.prep.plan': badgeLabel(terms.prep.plan, 'en', ' '),
  'ws.observer.prepInOrder': 'Kept the order',
  'ws.observer.grow': 'GROW questions',
  'ws.observer.grow.goal': badgeLabel(terms.grow.goal, 'en', ' '),
  'ws.observer.grow.reality': badgeLabel(terms.grow.reality, 'en', ' '),
  'ws.observer.grow.options': badgeLabel(terms.grow.options, 'en', ' '),
  'ws.observer.grow.will': badgeLabel(terms.grow.will, 'en', ' '),
  'ws.observer.threeE': '3E developmental feedback',
  'ws.observer.threeE.encourage': badgeLabel(terms['3e'].encourage, 'en', ' '),
  'ws.observer.threeE.explore': badgeLabel(terms['3e'].explore, 'en', ' '),
  'ws.observer.threeE.empower': badgeLabel(terms['3e'].empower, 'en', ' '),
  'ws.observer.best': 'BEST feedback',
  'ws.observer.best.behavior': badgeLabel(terms.best.behavior, 'en', ' '),
  'ws.observer.best.effect': badgeLabel(terms.best.effect, 'en', ' '),
  'ws.observer.best.seek': badgeLabel(terms.best.seek, 'en', ' '),
  'ws.observer.best.target': badgeLabel(terms.best.target, 'en', ' '),
  'ws.observer.fiveR': '5R action plan',
  'ws.observer.fiveR.result': termName(terms['5r'].result, 'en'),
  'ws.observer.fiveR.resource': termName(terms['5r'].resource, 'en'),
  'ws.observer.fiveR.responsible': termName(terms['5r'].responsible, 'en'),
  'ws.observer.fiveR.review': 'Review date',
  'ws.observer.fiveR.risk': termName(terms['5r'].risk, 'en'),
  'ws.observer.microAction': `Micro-action within ${policy.microActionWithinDays} days`,
  'ws.observer.quotes': 'Quotes heard',
  'ws.observer.moments': 'Moments worth discussing',
  'ws.observer.wentWell': 'What went well',
  'ws.observer.tryNext': 'One thing to try next time',
};
