import type { zhFeedbackHints } from '../zh-CN-parts/feedback-hints';

/** Coaching hints of the 3E / BEST feedback draft (keys start with `hint.feedback.`). */
export const enFeedbackHints: Record<keyof typeof zhFeedbackHints, string> = {
  'hint.feedback.preferBest':
    'For negative feedback BEST is steadier: behavior and effect first, then hear their view.',
  'hint.feedback.prefer3e':
    'For positive feedback 3E feels more natural: specific praise, explore together, offer support.',
  'hint.feedback.judgmental.one':
    '{words} passes judgment on the person. Describe what happened instead: which day, which task, how many times.',
  'hint.feedback.judgmental.other':
    '{words} pass judgment on the person. Describe what happened instead: which day, which task, how many times.',
  'hint.feedback.behaviorEmpty': 'Start with the behavior you observed: facts others could have seen too.',
  'hint.feedback.behaviorNoWindow':
    'The behavior has no time window or count yet, e.g. “in two of this month’s four stand-ups…”.',
  'hint.feedback.effectEmpty': 'Say what the behavior led to: for the team, a customer or the project.',
  'hint.feedback.seekEmpty': 'Ask how they see it before talking about changes.',
  'hint.feedback.seekNoQuestion':
    'There’s no question here yet: invite their view with an open question, such as “What was going on at the time?”',
  'hint.feedback.targetEmpty': 'Close by agreeing on what to do next time: one concrete change worth trying.',
  'hint.feedback.encourageEmpty': 'Start with specific recognition: what did they do that is worth keeping?',
  'hint.feedback.encourageGeneric': 'Make the praise specific: what did they do, and what good came of it?',
  'hint.feedback.exploreEmpty': 'Look for the causes together: prepare a question.',
  'hint.feedback.exploreNoQuestion':
    'Explore by asking rather than telling: a question that lets them explain their approach or obstacles.',
  'hint.feedback.empowerEmpty':
    'Name the support or opportunity you can offer: resources, time, an introduction or a practice run.',
};
