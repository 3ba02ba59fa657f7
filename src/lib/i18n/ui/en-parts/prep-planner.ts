import type { zhPrepPlanner } from '../zh-CN-parts/prep-planner';
import { letteredLabel, terms } from '../../../method/terms';

/** Labels of the "prep-planner" worksheet (keys start with `ws.prepPlanner.`). */
export const enPrepPlanner: Record<keyof typeof zhPrepPlanner, string> = {
  'ws.prepPlanner.chooserHeading': 'Start from a prep sheet',
  'ws.prepPlanner.chooserIntro':
    'Pick a prep sheet your team member sent. Their topics become the Point, key metrics the Reason, project progress the Example. Then make it your own.',
  'ws.prepPlanner.chooserShow': 'Show my saved prep sheets',
  'ws.prepPlanner.chooserLoading': 'Looking for saved prep sheets…',
  'ws.prepPlanner.chooserNone': 'No prep sheets are saved in this browser yet.',
  'ws.prepPlanner.chooserCreate': 'Fill in a prep sheet',
  'ws.prepPlanner.chooserFailed':
    'Saved prep sheets can’t be read right now. You can still fill in the plan below.',
  'ws.prepPlanner.startFrom': 'Start from “{title}”',
  'ws.prepPlanner.meetingOn': 'Meeting on {date}',
  'ws.prepPlanner.updatedOn': 'Updated {date}',
  'ws.prepPlanner.confirm':
    'This plan already has some of your writing in it. Start a separate plan from “{title}”? This one stays in My worksheets.',
  'ws.prepPlanner.confirmYes': 'Start a separate plan',
  'ws.prepPlanner.confirmNo': 'Cancel',
  'ws.prepPlanner.fromMissing':
    'The prep sheet named in the address can’t be found — it may have been deleted or saved on another device — so this plan starts blank.',
  'ws.prepPlanner.fromSheet': 'This plan was started from a prep sheet.',
  'ws.prepPlanner.openSheet': 'Open the prep sheet',

  'ws.prepPlanner.prepSection': 'The four PREP steps',
  'ws.prepPlanner.prepIntro':
    'Point, Reason, Example, Plan: in that order the employee can follow you, and the conversation ends in something to do.',
  'ws.prepPlanner.point': letteredLabel(terms.prep.point, 'en'),
  'ws.prepPlanner.pointHelp': 'What is today’s conversation about? One sentence.',
  'ws.prepPlanner.reason': letteredLabel(terms.prep.reason, 'en'),
  'ws.prepPlanner.reasonHelp':
    'The figures and what you saw yourself that make this worth discussing. Facts, not verdicts.',
  'ws.prepPlanner.example': letteredLabel(terms.prep.example, 'en'),
  'ws.prepPlanner.exampleHelp':
    'One or two concrete moments you both remember: when it was and what happened.',
  'ws.prepPlanner.plan': letteredLabel(terms.prep.plan, 'en'),
  'ws.prepPlanner.planHelp': 'Land on one concrete next step: who does what, and by when.',

  'ws.prepPlanner.agendaSection': 'Agenda and timing',
  'ws.prepPlanner.agendaIntro':
    'Keep a 1:1 between 30 and 60 minutes. Give each part its minutes, and leave the employee plenty of room to talk.',
  'ws.prepPlanner.agenda': 'Parts of the conversation',
  'ws.prepPlanner.blockN': 'Part {n}',
  'ws.prepPlanner.addBlock': 'Add a part',
  'ws.prepPlanner.blockLabel': 'What happens',
  'ws.prepPlanner.minutes': 'Minutes',
  'ws.prepPlanner.total': '{total} minutes in total (aim for {min}–{max})',
};
