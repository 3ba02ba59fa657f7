import type { zhWorkshop } from '../zh-CN-parts/workshop';

/** Strings of the "workshop" area (keys start with `workshop.`). */
export const enWorkshop: Record<keyof typeof zhWorkshop, string> = {
  'workshop.title': 'Workshop',
  'workshop.description':
    'A workshop kit for facilitators: agendas timed to the minute, a presenter mode for the projector, and role-play scenarios that load sample data into the worksheets.',
  'workshop.lead':
    'Everything you need to run a coaching-conversations workshop: agendas timed to the minute, with what to say, what to ask and how to group people in every block; a presenter mode for the big screen; and scenario cards for practicing in trios.',

  'workshop.index.howTitle': 'For facilitators: how the kit works',
  'workshop.index.how1':
    'Pick an agenda. Its page has the schedule and a full script for every block, and prints cleanly on A4 for the room.',
  'workshop.index.how2':
    'In the session, put presenter mode on the projector: the current block’s goal, talking points and questions, with a countdown. Space bar and arrow keys do the rest.',
  'workshop.index.how3':
    'For role-plays, hand out a scenario to each trio: manager, employee and observer each open only their own brief. The employee’s brief stays closed, so the partner can’t read it.',
  'workshop.index.how4':
    'A scenario can load its prep sheet, goal and feedback notes into the worksheets, so nobody practices on a blank page.',
  'workshop.index.agendasTitle': 'Agendas',
  'workshop.index.agendasIntro':
    'Three formats; choose by the time you can get. In every agenda the blocks add up exactly to the time planned.',
  'workshop.index.scenariosTitle': 'Role-play scenarios',
  'workshop.index.scenariosIntro':
    'Each scenario comes from an everyday workplace, with briefs for the manager, the employee and the observer, and questions for the debrief.',
  'workshop.index.practiceTitle': 'Clearing practice data',
  'workshop.index.practiceBody':
    'Worksheets loaded from a scenario are marked as practice data and live only in this browser. When the workshop is over you can clear them all at once; your own worksheets are left alone.',
  'workshop.index.practiceLink': 'Clear practice data in My worksheets',

  'workshop.card.duration': 'Length',
  'workshop.card.audience': 'For',
  'workshop.card.setting': 'Setting',
  'workshop.card.frameworks': 'Frameworks',
  'workshop.card.minutes': 'Role-play',

  'workshop.minutes': '{n} minutes',
  'workshop.sessionsEqual': '{count} sessions of {minutes} minutes, {total} minutes in all',
  'workshop.sessionsMixed': '{count} sessions, {total} minutes in all',

  'workshop.agenda.eyebrow': 'Workshop agenda',
  'workshop.agenda.audience': 'Who it’s for',
  'workshop.agenda.total': 'Total time',
  'workshop.agenda.blockCount': 'Blocks',
  'workshop.agenda.blockCountValue': '{n}',
  'workshop.agenda.present': 'Start presenter mode',
  'workshop.agenda.printHint': 'This page prints as an A4 script; for the projector, use presenter mode.',
  'workshop.agenda.schedule': 'Schedule',
  'workshop.agenda.sessionMinutes': '{minutes} minutes',
  'workshop.agenda.colTime': 'Time',
  'workshop.agenda.colMinutes': 'Min',
  'workshop.agenda.colBlock': 'Block',
  'workshop.agenda.colSetup': 'Set-up',
  'workshop.agenda.intro': 'Notes for the facilitator',
  'workshop.agenda.blocks': 'Block by block',
  'workshop.agenda.toc': 'On this page',

  'workshop.block.time': '{start}–{end} · {minutes} min',
  'workshop.block.goal': 'Goal',
  'workshop.block.say': 'What to say',
  'workshop.block.ask': 'Ask the room',
  'workshop.block.materials': 'Materials',
  'workshop.block.setup': 'Set-up',
  'workshop.block.debrief': 'Debrief',
  'workshop.block.links': 'Guide and worksheets',
  'workshop.block.guideLink': 'Guide: {module} › {section}',
  'workshop.block.worksheetLink': 'Worksheet: {name}',

  'workshop.setup.plenary': 'Whole room',
  'workshop.setup.solo': 'On your own',
  'workshop.setup.pairs': 'Pairs',
  'workshop.setup.trios': 'Trios',

  'workshop.framework.smart-ar': 'SMART-AR goals',
  'workshop.framework.prep': 'PREP structure',
  'workshop.framework.3e': '3E feedback',
  'workshop.framework.grow': 'GROW questions',
  'workshop.framework.best': 'BEST feedback',
  'workshop.framework.5r': '5R action plan',
  'workshop.framework.flash-retro': 'Flash retro',

  'workshop.scenario.eyebrow': 'Role-play scenario',
  'workshop.scenario.setting': 'Setting',
  'workshop.scenario.frameworks': 'Frameworks practiced',
  'workshop.scenario.minutes': 'Suggested time',
  'workshop.scenario.rolesTitle': 'Choose a role and open only your brief',
  'workshop.scenario.rolesIntro':
    'Work in threes: one manager, one employee, one observer. Each person opens only their own brief. What the employee knows has to come out through the manager’s questions, so the manager and the observer should leave the employee’s brief closed.',
  'workshop.scenario.roleManager': 'I play the manager — open my brief',
  'workshop.scenario.roleEmployee': 'I play the employee — open my brief',
  'workshop.scenario.roleObserver': 'I’m the observer — open my checklist',
  'workshop.scenario.practiceTitle': 'Practice with the worksheets',
  'workshop.scenario.practiceIntro':
    'This puts the scenario’s worksheets into My worksheets ({list}), about “{person}” and marked as practice data. They stay in this browser on this device.',
  'workshop.scenario.docTitle': 'Practice: {scenario} ({kind})',
  'workshop.scenario.noscript':
    'Loading practice data needs JavaScript. The situation, the briefs and the debrief questions read fine without it.',

  'workshop.practice.load': 'Load the practice data into the worksheets',
  'workshop.practice.loading': 'Loading…',
  'workshop.practice.loaded':
    'Loaded {count} practice worksheets. Loading again replaces them rather than adding copies.',
  'workshop.practice.present': 'This scenario’s practice data is already on this device:',
  'workshop.practice.open': 'Open: {name}',
  'workshop.practice.openHeading': 'Practice worksheets',
  'workshop.practice.failed': '{count} could not be loaded. Please try again.',
  'workshop.practice.clear': 'Clear all practice data',
  'workshop.practice.clearConfirm':
    'Delete every practice worksheet loaded from a scenario on this device (not just this one)? Your own worksheets are left alone.',
  'workshop.practice.cleared': 'Cleared {count} practice worksheets.',
  'workshop.practice.nothingToClear': 'There is no practice data on this device.',
  'workshop.practice.actions': 'Practice data',

  'workshop.presenter.pageTitle': 'Presenter mode: {agenda}',
  'workshop.presenter.description':
    'Presenter mode for the projector: the current block’s goal, talking points and questions, with a countdown.',
  'workshop.presenter.noscript':
    'Presenter mode needs JavaScript for the timer. You can also run the session from the agenda page.',
  'workshop.presenter.exit': 'Exit presenter mode',
  'workshop.presenter.session': 'Session',
  'workshop.presenter.goal': 'Goal',
  'workshop.presenter.say': 'Say',
  'workshop.presenter.ask': 'Ask',
  'workshop.presenter.upNext': 'Up next',
  'workshop.presenter.nextSession': 'Next session: {session}',
  'workshop.presenter.lastBlock': 'This is the last block.',
  'workshop.presenter.progress': 'Block {n} of {total}',
  'workshop.presenter.progressMinutes': '{done} of {total} planned minutes done',
  'workshop.presenter.progressLabel': 'Agenda progress',
  'workshop.presenter.jump': 'Jump to',
  'workshop.presenter.timer': 'Time left in this block',
  'workshop.presenter.minutes': '{n} min',
  'workshop.presenter.start': 'Start',
  'workshop.presenter.pause': 'Pause',
  'workshop.presenter.resume': 'Resume',
  'workshop.presenter.next': 'Next',
  'workshop.presenter.previous': 'Previous',
  'workshop.presenter.reset': 'Reset',
  'workshop.presenter.controls': 'Timer controls',
  'workshop.presenter.idle': 'Not started',
  'workshop.presenter.running': 'Running',
  'workshop.presenter.paused': 'Paused',
  'workshop.presenter.lastMinute': 'Last minute',
  'workshop.presenter.timeUp': 'Time’s up',
  'workshop.presenter.over': '{time} over',
  'workshop.presenter.keys': 'Keys',
  'workshop.presenter.keySpace': 'Space',
  'workshop.presenter.keyStartPause': 'start / pause',
  'workshop.presenter.keyNext': 'next block',
  'workshop.presenter.keyPrevious': 'previous block',
  'workshop.presenter.keyReset': 'reset this block',
  'workshop.presenter.navNote': 'Changing blocks stops the timer; press Space to start the new one.',
  'workshop.presenter.announce': 'Block {n} of {total}: {title}, {minutes} minutes.',
  'workshop.presenter.announceTimeUp': 'Time’s up: {title}.',
};
