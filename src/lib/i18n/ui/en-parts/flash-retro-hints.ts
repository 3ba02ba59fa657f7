import type { zhFlashRetroHints } from '../zh-CN-parts/flash-retro-hints';

/** Coaching hints of the flash retro (keys start with `hint.flashRetro.`). */
export const enFlashRetroHints: Record<keyof typeof zhFlashRetroHints, string> = {
  'hint.flashRetro.dateMissing': 'Add the date of this retro so the entries line up into a record of growth.',
  'hint.flashRetro.fewerSatisfied': '{count} of 3 so far: small things count too.',
  'hint.flashRetro.obstacleEmpty': 'What was the one biggest obstacle in this period? Just one.',
  'hint.flashRetro.triedEmpty': 'Note what has already been tried against it, and how it went.',
  'hint.flashRetro.improvementEmpty': 'What is the one thing to improve first over the next two weeks?',
  'hint.flashRetro.improvementVague':
    'Phrase it as an action you can do and see, so it can be checked in two weeks.',
  'hint.flashRetro.judgmentMissing':
    'Is this a goal problem or an execution problem? Make a call; “unsure” is an answer too.',
  'hint.flashRetro.goalNotLinked':
    'You judged it a goal problem: link the SMART-AR goal so the change goes into its adjustment log.',
};
