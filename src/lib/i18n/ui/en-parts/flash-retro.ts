import type { zhFlashRetro } from '../zh-CN-parts/flash-retro';

/** Labels of the "flash-retro" worksheet (keys start with `ws.flashRetro.`). */
export const enFlashRetro: Record<keyof typeof zhFlashRetro, string> = {
  'ws.flashRetro.openSection': 'What was promised last time',
  'ws.flashRetro.openIntro': 'Start from the actions in the last 5R plan that are still open.',
  'ws.flashRetro.openLoading': 'Looking for the last action plan…',
  'ws.flashRetro.noPlan': 'No 5R plan for {person} yet.',
  'ws.flashRetro.noPlanUntagged':
    'No 5R plan without a person yet. Fill in the person above to see that person’s last plan.',
  'ws.flashRetro.newPlan': 'Start a 5R action plan',
  'ws.flashRetro.fromPlan': 'From: ',
  'ws.flashRetro.planDate': 'conversation on {date}',
  'ws.flashRetro.allDone': 'Every action in that plan is done: go straight to the three questions.',
  'ws.flashRetro.openActions': 'Open actions',
  'ws.flashRetro.reviewOn': 'review on {date}',
  'ws.flashRetro.responsibleIs': 'responsible: {name}',
  'ws.flashRetro.microTag': 'micro-action',
  'ws.flashRetro.loadFailed': 'The action plans couldn’t be read. This retro is unaffected and still saves.',
  'ws.flashRetro.questionsSection': 'The three questions',
  'ws.flashRetro.questionsIntro': 'Once a month, 15–20 minutes, three questions.',
  'ws.flashRetro.date': 'Date of the retro',
  'ws.flashRetro.satisfied': '1. The three things I’m most satisfied with',
  'ws.flashRetro.satisfiedHelp': 'Big or small, the three things from this period you’re happiest with.',
  'ws.flashRetro.satisfiedN': 'Thing {n}',
  'ws.flashRetro.obstacle': '2. The one key obstacle',
  'ws.flashRetro.obstacleHelp': 'Just one: the thing that held you back most.',
  'ws.flashRetro.tried': 'What has been tried',
  'ws.flashRetro.triedHelp': 'What you tried against it, and how it went.',
  'ws.flashRetro.improvement': '3. The one thing to improve in the next two weeks',
  'ws.flashRetro.improvementHelp':
    'One thing, written as something you can do and see, so it can be checked in two weeks.',
  'ws.flashRetro.judgmentSection': 'Goal problem or execution problem?',
  'ws.flashRetro.judgmentIntro':
    'Every retro makes the call: does the goal itself need to change, or is the goal fine and the way of working needs to? A goal change goes into the SMART-AR goal’s adjustment log.',
  'ws.flashRetro.judgment': 'The problem is with',
  'ws.flashRetro.judgmentGoal': 'The goal: it needs adjusting',
  'ws.flashRetro.judgmentExecution': 'Execution: the goal is fine, the approach needs to change',
  'ws.flashRetro.judgmentUnsure': 'Not sure yet',
  'ws.flashRetro.executionNote':
    'Leave the goal as it is and put the change of approach into the next 5R action plan.',
  'ws.flashRetro.goalsLoading': 'Looking for SMART-AR goals…',
  'ws.flashRetro.goalPick': 'Which goal’s adjustment log',
  'ws.flashRetro.goalPickHelp': 'SMART-AR goals for {person}',
  'ws.flashRetro.goalPickHelpUntagged': 'SMART-AR goals without a person',
  'ws.flashRetro.noGoals': 'There’s no SMART-AR goal for {person} yet, so no adjustment log to add to.',
  'ws.flashRetro.noGoalsUntagged':
    'There’s no SMART-AR goal without a person yet, so no adjustment log to add to.',
  'ws.flashRetro.newGoal': 'Start a SMART-AR goal',
  'ws.flashRetro.append': 'Add this retro to the adjustment log',
  'ws.flashRetro.appendHelp':
    'Adds an entry at the end of the chosen goal’s adjustment log: the retro date, with the obstacle and the improvement as the reason. Fill in before and after in the goal itself.',
  'ws.flashRetro.appending': 'Adding…',
  'ws.flashRetro.appended': 'Added to the adjustment log of “{goal}”.',
  'ws.flashRetro.openLinkedGoal': 'Open this goal’s adjustment log',
  'ws.flashRetro.appendFull': 'That goal’s adjustment log is full ({max} entries), so nothing was added.',
  'ws.flashRetro.appendFailed': 'Couldn’t add to the adjustment log: {reason}',
  'ws.flashRetro.appendNotFound': 'That goal can’t be found; it may have just been deleted.',
};
