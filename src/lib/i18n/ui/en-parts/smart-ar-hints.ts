import type { zhSmartArHints } from '../zh-CN-parts/smart-ar-hints';

/** Coaching hints of the SMART-AR goal builder (keys start with `hint.smartAr.`). */
export const enSmartArHints: Record<keyof typeof zhSmartArHints, string> = {
  'hint.smartAr.goalEmpty': 'Start with the goal in the employee’s own words, then sharpen it together.',
  'hint.smartAr.directionEmpty':
    'Add the direction for the year: what does the organization value most? The goal should point at it.',
  'hint.smartAr.noNumber': 'There’s no number in this goal yet: what will show that it’s done?',
  'hint.smartAr.noDate': 'There’s no time limit yet: by what date should the result be visible?',
  'hint.smartAr.vagueWords.one':
    '{words} describes effort, not a result. What will others see once it’s done? Try a visible outcome or a number instead.',
  'hint.smartAr.vagueWords.other':
    '{words} describe effort, not a result. What will others see once it’s done? Try a visible outcome or a number instead.',
  'hint.smartAr.letterQuestion.specific':
    'What exactly will be achieved? Ask for the goal in one sentence someone outside the room would understand.',
  'hint.smartAr.letterQuestion.measurable':
    'Which number or visible result will tell you it has been reached?',
  'hint.smartAr.letterQuestion.achievable':
    'With the people and time available now, how likely is it? What’s missing?',
  'hint.smartAr.letterQuestion.relevant':
    'How does this goal connect to what the team cares about most this quarter?',
  'hint.smartAr.letterQuestion.timeBased':
    'What is the final date, and on which dates should partial results show?',
  'hint.smartAr.letterQuestion.agile': 'What facts would make us sit down and adjust this goal?',
  'hint.smartAr.letterQuestion.reviewable':
    'How often will you look at progress together, and when is the next time?',
  'hint.smartAr.likelihoodMissing':
    'How likely is it right now? Put a number on it, then talk about what’s missing.',
  'hint.smartAr.lowWithoutConditions':
    'The likelihood is modest but nothing is listed as missing: what would raise it one step?',
  'hint.smartAr.nextReviewMissing': 'You have a review rhythm; now pick the date of the next review.',
  'hint.smartAr.nextReviewPast': 'The next review date ({date}) has passed: agree on a new one.',
  'hint.smartAr.milestoneNoTarget': 'This milestone has no target value yet: how much counts as reached?',
  'hint.smartAr.milestoneNoDate': 'This milestone has no date yet: when will you check it?',
  'hint.smartAr.adjustmentNoReason': 'This change has no reason yet: which facts led to it?',
  'hint.smartAr.adjustmentNoBeforeAfter':
    'Write one line each for before and after, so the change still makes sense months from now.',
};
