import type { zhFeedback } from '../zh-CN-parts/feedback';
import { letteredLabel, termList, terms } from '../../../method/terms';

/** Labels of the "feedback" worksheet (keys start with `ws.feedback.`). */
export const enFeedback: Record<keyof typeof zhFeedback, string> = {
  'ws.feedback.setupSection': 'Situation and framework',
  'ws.feedback.setupIntro':
    'Decide what kind of feedback this is, then pick a framework to shape what you’ll say.',
  'ws.feedback.scenario': 'This feedback is',
  'ws.feedback.scenarioPositive': 'Positive: you want to see more of it',
  'ws.feedback.scenarioImprovement': 'Improvement: the direction is right, the approach could be better',
  'ws.feedback.scenarioNegative': 'Negative: a behavior has to change',
  'ws.feedback.framework': 'Framework',
  'ws.feedback.frameworkHelp':
    'Either works. BEST usually suits negative feedback, 3E everything else. Switching back and forth keeps what you’ve written.',
  'ws.feedback.framework3e': `3E: ${termList('3e', 'en')}`,
  'ws.feedback.frameworkBest': `BEST: ${termList('best', 'en')}`,
  'ws.feedback.suggested': '{label} (suggested)',
  'ws.feedback.draft3eSection': 'Your 3E draft',
  'ws.feedback.draft3eIntro':
    'Recognize something specific, look into the why together, then say what support you can offer.',
  'ws.feedback.draftBestSection': 'Your BEST draft',
  'ws.feedback.draftBestIntro':
    'Stick to facts and their effect, with no labels on the person. Hear them out before you agree on what changes.',
  'ws.feedback.encourage': letteredLabel(terms['3e'].encourage, 'en'),
  'ws.feedback.encourageHelp':
    'Say exactly what they did and what came of it. The more specific, the clearer what to keep doing.',
  'ws.feedback.encouragePlaceholder':
    'e.g. When last week’s complaint came in, you called the customer the same day and added the fix to the knowledge base.',
  'ws.feedback.explore': letteredLabel(terms['3e'].explore, 'en'),
  'ws.feedback.exploreHelp':
    'Prepare one open question that gets them talking about their thinking, approach or obstacles.',
  'ws.feedback.explorePlaceholder': 'e.g. What made you decide to call rather than email?',
  'ws.feedback.empower': letteredLabel(terms['3e'].empower, 'en'),
  'ws.feedback.empowerHelp':
    'What support or opportunity can you offer? Resources, time, an introduction, a chance to lead.',
  'ws.feedback.empowerPlaceholder': 'e.g. Would you run that part of next month’s onboarding session?',
  'ws.feedback.behavior': letteredLabel(terms.best.behavior, 'en'),
  'ws.feedback.behaviorHelp':
    'Only what others could have seen too, with a time window or a count. Describe the action, not the person.',
  'ws.feedback.behaviorPlaceholder':
    'e.g. In three of this month’s four team meetings, the status sheet arrived after we had started.',
  'ws.feedback.effect': letteredLabel(terms.best.effect, 'en'),
  'ws.feedback.effectHelp': 'What did it lead to, for the team, a customer or the project?',
  'ws.feedback.effectPlaceholder':
    'e.g. Nobody could read the numbers beforehand, so half the meeting went on checking them.',
  'ws.feedback.seek': letteredLabel(terms.best.seek, 'en'),
  'ws.feedback.seekHelp': 'Ask one open question to hear their side, then listen.',
  'ws.feedback.seekPlaceholder': 'e.g. What was going on those weeks?',
  'ws.feedback.target': letteredLabel(terms.best.target, 'en'),
  'ws.feedback.targetHelp':
    'Agree together on what happens next time: one concrete change worth trying right away.',
  'ws.feedback.targetPlaceholder':
    'e.g. Let’s work out how the sheet can go out by the end of the day before.',
  'ws.feedback.readAloudSection': 'Read it aloud',
  'ws.feedback.readAloudIntro':
    'Your parts, joined in order into one message. Say it out loud before the conversation: does it sound like you?',
  'ws.feedback.readAloudEmpty': 'Fill in the parts above and the whole message appears here.',
  'ws.feedback.copy': 'Copy the message',
  'ws.feedback.followUpSection': 'After you’ve said it',
  'ws.feedback.followUpIntro':
    'Note the day you gave it. Praise is worth a second look too: is the behavior still there a few weeks on?',
  'ws.feedback.followUpIntroNeeded':
    'Feedback that asks for a change is only the start: note the day you gave it, look again in a week or two, and write what you saw in one line.',
  'ws.feedback.givenOn': 'Given on',
  'ws.feedback.followUpDate': 'Followed up on',
  'ws.feedback.followUpOutcome': 'What you saw',
  'ws.feedback.followUpOutcomeHelp': 'One line: what changed, or what is still missing.',
};
