import type { zhGrow } from '../zh-CN-parts/grow-questions';
import { letteredLabel, termName, terms } from '../../../method/terms';

/** Labels of the "grow-questions" worksheet (keys start with `ws.grow.`). */
export const enGrow: Record<keyof typeof zhGrow, string> = {
  'ws.grow.chooserHeading': 'Start from a prep sheet',
  'ws.grow.chooserIntro':
    'Pick a prep sheet and the built-in rules draft a set of questions around the topics, puzzles and metrics in it. Edit them as you like.',
  'ws.grow.chooserShow': 'Show my saved prep sheets',
  'ws.grow.chooserLoading': 'Looking for saved prep sheets…',
  'ws.grow.chooserNone': 'No prep sheets are saved in this browser yet.',
  'ws.grow.chooserCreate': 'Fill in a prep sheet',
  'ws.grow.chooserFailed':
    'Saved prep sheets can’t be read right now. You can still write your questions below.',
  'ws.grow.startFrom': 'Draft from “{title}”',
  'ws.grow.meetingOn': 'Meeting on {date}',
  'ws.grow.updatedOn': 'Updated {date}',
  'ws.grow.confirm':
    'This list already has questions you wrote. Start a separate list from “{title}”? This one stays in My worksheets.',
  'ws.grow.confirmYes': 'Start a separate list',
  'ws.grow.confirmNo': 'Cancel',
  'ws.grow.fromMissing':
    'No questions could be drafted from the prep sheet named in the address: it may have been deleted, live on another device, or have no topic yet. You can write your own questions below.',

  'ws.grow.listSection': 'Your questions',
  'ws.grow.listIntro':
    'GROW moves through Goal, Reality, Options and Will. Have at least one open question ready for each stage; in the conversation, tick each one once asked and jot down the answer.',
  'ws.grow.progress': '{asked} of {total} questions asked',
  'ws.grow.sourceRules':
    'The built-in rules drafted these from a prep sheet. Rewrite, delete or reorder them freely.',
  'ws.grow.sourceAi': 'An AI model drafted these from a prep sheet. Rewrite, delete or reorder them freely.',
  'ws.grow.openSheet': 'Open the prep sheet',

  'ws.grow.stage.goal': letteredLabel(terms.grow.goal, 'en'),
  'ws.grow.stage.goalHelp': 'Where does the employee want this to end up, and what do they want from today?',
  'ws.grow.stage.reality': letteredLabel(terms.grow.reality, 'en'),
  'ws.grow.stage.realityHelp':
    'Where things stand and what is in the way — in their facts, not your impressions.',
  'ws.grow.stage.options': letteredLabel(terms.grow.options, 'en'),
  'ws.grow.stage.optionsHelp': 'What could they try? Collect several ideas before picking one.',
  'ws.grow.stage.will': letteredLabel(terms.grow.will, 'en'),
  'ws.grow.stage.willHelp': 'What they decide to do first, by when, and whose help they need.',
  'ws.grow.stageShort.goal': termName(terms.grow.goal, 'en'),
  'ws.grow.stageShort.reality': termName(terms.grow.reality, 'en'),
  'ws.grow.stageShort.options': termName(terms.grow.options, 'en'),
  'ws.grow.stageShort.will': termName(terms.grow.will, 'en'),
  'ws.grow.questionN': '{stage} question {n}',
  'ws.grow.question': 'Question',
  'ws.grow.asked': 'Asked',
  'ws.grow.answer': 'Their answer',
  'ws.grow.moveUp': 'Move up',
  'ws.grow.moveDown': 'Move down',
  'ws.grow.delete': 'Delete',
  'ws.grow.add.goal': 'Add a Goal question',
  'ws.grow.add.reality': 'Add a Reality question',
  'ws.grow.add.options': 'Add an Options question',
  'ws.grow.add.will': 'Add a Will question',
  'ws.grow.moved': 'Moved to number {n} under {stage}',
  'ws.grow.deleted': 'One {stage} question deleted',
  'ws.grow.full': 'A list holds at most {max} questions; delete one to add another.',

  'ws.grow.commitmentSection': 'The commitment',
  'ws.grow.commitment': 'Their commitment, in their words',
  'ws.grow.commitmentHelp':
    'Before you wrap up, ask what they will do first and by when, and write it down as they said it. The next conversation starts here.',
};
