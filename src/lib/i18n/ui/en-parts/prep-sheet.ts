import type { zhPrepSheet } from '../zh-CN-parts/prep-sheet';

/** Labels of the "prep-sheet" worksheet (keys start with `ws.prepSheet.`). */
export const enPrepSheet: Record<keyof typeof zhPrepSheet, string> = {
  'ws.prepSheet.person': 'Employee (whose sheet this is)',
  'ws.prepSheet.personHelp':
    'The employee preparing for the 1:1. It goes into the file name, so the manager knows whose sheet arrived.',
  'ws.prepSheet.managerFold': 'Manager’s part: key metrics and projects',
  'ws.prepSheet.managerFoldNote': 'Filled in by the manager; employees can leave it closed.',
  'ws.prepSheet.sendSection': 'Meeting date and sending',
  'ws.prepSheet.sendIntro':
    'Fill this in a day or two before your 1:1. When you’re done, press “{exportJson}” at the top of the page and send the downloaded file to your manager, who imports it on My worksheets. No server ever sees it.',
  'ws.prepSheet.managerImport': 'Received a sheet as a manager?',
  'ws.prepSheet.openMyWorksheets': 'Import it on My worksheets',
  'ws.prepSheet.meetingDate': 'Meeting date',
  'ws.prepSheet.meetingDateHelp': 'The day your 1:1 is booked for.',

  'ws.prepSheet.employeeSection': 'Your side',
  'ws.prepSheet.employeeIntro':
    'Write it your way; short is fine. Your manager prepares the conversation and the questions from what you put here.',
  'ws.prepSheet.topics': 'Topics you most want to discuss',
  'ws.prepSheet.topicsHelp': 'Up to three, one sentence each. {filled} of {max} written.',
  'ws.prepSheet.topicN': 'Topic {n}',
  'ws.prepSheet.addTopic': 'Add a topic',
  'ws.prepSheet.wins': 'The two things that went best',
  'ws.prepSheet.winsHelp':
    'Which recent work are you proudest of? Name what you actually did — no need to be modest. {filled} of {max} written.',
  'ws.prepSheet.winN': 'Win {n}',
  'ws.prepSheet.addWin': 'Add a win',
  'ws.prepSheet.puzzles': 'Your two biggest puzzles',
  'ws.prepSheet.puzzlesHelp':
    'Where you’re stuck, unsure, or would like your manager’s view. {filled} of {max} written.',
  'ws.prepSheet.puzzleN': 'Puzzle {n}',
  'ws.prepSheet.addPuzzle': 'Add a puzzle',
  'ws.prepSheet.supportNeeded': 'Support you need',
  'ws.prepSheet.supportNeededHelp':
    'What exactly would help: a resource, a decision, an introduction, some time… Up to three. {filled} of {max} written.',
  'ws.prepSheet.supportN': 'Request {n}',
  'ws.prepSheet.addSupport': 'Add a request',

  'ws.prepSheet.managerSection': 'Manager’s side',
  'ws.prepSheet.managerIntro':
    'Before the meeting, the manager adds the key metrics and where the projects stand, so the conversation’s Reason rests on figures.',
  'ws.prepSheet.metrics': 'Key metrics',
  'ws.prepSheet.metricsHelp':
    'Up to five, with the previous, current and target values so the trend shows. {filled} of {max} filled in.',
  'ws.prepSheet.metricN': 'Metric {n}',
  'ws.prepSheet.addMetric': 'Add a metric',
  'ws.prepSheet.metricName': 'Metric',
  'ws.prepSheet.previous': 'Previous',
  'ws.prepSheet.current': 'Current',
  'ws.prepSheet.target': 'Target',
  'ws.prepSheet.projects': 'Project progress',
  'ws.prepSheet.projectsHelp':
    'Up to five, each with a line on where it stands. {filled} of {max} filled in.',
  'ws.prepSheet.projectN': 'Project {n}',
  'ws.prepSheet.addProject': 'Add a project',
  'ws.prepSheet.projectName': 'Project',
  'ws.prepSheet.progress': 'Progress',

  'ws.prepSheet.nextSection': 'Next steps',
  'ws.prepSheet.nextIntro':
    'Once the sheet is with the manager, it can seed the conversation plan and the questions — nothing to copy over by hand.',
  'ws.prepSheet.toPlanner': 'Plan the conversation with PREP',
  'ws.prepSheet.toQuestions': 'Open in the question generator (AI optional)',
  'ws.prepSheet.toGrow': 'Draft GROW questions from it',
  'ws.prepSheet.notSavedYet': 'Once you start filling it in and it has saved, the next steps appear here.',
  'ws.prepSheet.growNeedsTopic': 'Write at least one topic to draft GROW questions from this sheet.',
};
