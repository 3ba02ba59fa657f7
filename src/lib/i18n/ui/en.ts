import { enGrowRequest } from './en-parts/grow-request';
import { enGrowErrors } from './en-parts/grow-errors';
import { enGrowPrompt } from './en-parts/grow-prompt';
import { enPlanFromPrepSheet } from './en-parts/plan-from-prep-sheet';
import { enLinkErrors } from './en-parts/link-errors';
import { enWorksheetErrors } from './en-parts/worksheet-errors';
import { enTrackingCalendar } from './en-parts/tracking-calendar';
import { enActionPlanCalendar } from './en-parts/action-plan-calendar';
import { enPrepPlannerAgenda } from './en-parts/prep-planner-agenda';
import { enObserverChecklistHints } from './en-parts/observer-checklist-hints';
import { enObserverChecklistMarkdown } from './en-parts/observer-checklist-markdown';
import { enGrowQuestionsMarkdown } from './en-parts/grow-questions-markdown';
import { enGrowQuestionsHints } from './en-parts/grow-questions-hints';
import { enActionPlanMarkdown } from './en-parts/action-plan-markdown';
import { enActionPlanHints } from './en-parts/action-plan-hints';
import { enFeedbackMarkdown } from './en-parts/feedback-markdown';
import { enFeedbackHints } from './en-parts/feedback-hints';
import { enPrepPlannerMarkdown } from './en-parts/prep-planner-markdown';
import { enPrepPlannerHints } from './en-parts/prep-planner-hints';
import { enSmartArMarkdown } from './en-parts/smart-ar-markdown';
import { enSmartArScale } from './en-parts/smart-ar-scale';
import { enSmartArHints } from './en-parts/smart-ar-hints';
import { enPrepSheetMarkdown } from './en-parts/prep-sheet-markdown';
import { enPrepSheetHints } from './en-parts/prep-sheet-hints';
import { enTracking } from './en-parts/tracking';
import { enMarkdownCommon } from './en-parts/markdown-common';
import { enFlashRetroHints } from './en-parts/flash-retro-hints';
import { enFlashRetroMarkdown } from './en-parts/flash-retro-markdown';
import { enOffline } from './en-parts/offline';
import { enExamples } from './en-parts/examples';
import { enWorkshop } from './en-parts/workshop';
import { enObserver } from './en-parts/observer';
import { enObserverLabels } from './en-parts/observer-labels';
import { enHandouts } from './en-parts/handouts';
import { enHr } from './en-parts/hr';
import { enPrepSheet } from './en-parts/prep-sheet';
import { enPrepPlanner } from './en-parts/prep-planner';
import { enFeedback } from './en-parts/feedback';
import { enGrow } from './en-parts/grow-questions';
import { enActionPlan } from './en-parts/action-plan';
import { enFlashRetro } from './en-parts/flash-retro';
import { enDashboard } from './en-parts/dashboard';
import type { UiDictionary } from './zh-CN';
import { badgeLabel, termWithEnglish, terms } from '../../method/terms';

/** Interface strings in English. Typed against the zh-CN keys, so a missing key fails type-checking. */
export const en: UiDictionary = {
  'site.name': 'Coaching Conversations Toolkit',
  'site.shortName': 'Coaching Toolkit',
  'site.tagline': 'Turn every one-to-one into a conversation that moves people forward',
  'site.description':
    'A method and worksheets for performance-coaching conversations: dynamic goals, the PREP structure, 3E/GROW/BEST feedback, 5R action plans and steady follow-up. In English and Chinese.',

  'nav.skip': 'Skip to content',
  'nav.primary': 'Main',
  'nav.home': 'Home',
  'nav.guide': 'Guide',
  'nav.language': 'Language',
  'nav.switchLanguage': '中文',
  'nav.switchLanguageLabel': 'Switch to the Chinese version',
  'nav.breadcrumb': 'You are here',

  'home.shotAlt':
    'The feedback drafter: the form on the left, coaching hints and the message to read aloud on the right.',
  'home.shotCaption':
    'A worksheet as you fill it in: hints for the field you are in, and the result as the other person will read it.',
  'home.lead':
    'A five-step method that turns your one-to-ones from status checks into conversations both of you look forward to: agree goals that can move, talk with structure, give feedback that develops, commit to small actions, and keep improving with quick retros.',
  'home.start': 'Start with the overview',
  'home.trackTitle': 'Between 1:1s: the dashboards',
  'home.trackBody':
    'Every worksheet you save feeds two views on this device: My progress for the employee, and My team for the manager, one row per person with goal health, risk signals in plain words and how long since you last talked. They are what bring you back each week.',
  'home.trackAlt':
    'The My team dashboard with sample data: each person’s goal health, the risk signals with their reasons, and buttons to prepare the next 1:1 or start a flash retro.',
  'home.trackCaption':
    'My team, with the sample team loaded (Try it with sample data, on an empty dashboard).',
  'home.trackLink': 'Open My team',
  'home.stepsTitle': 'The five steps',
  'home.stepsIntro':
    'Each step is a full chapter: why it matters, how to do it, phrases you can use tomorrow, a sample dialogue and the mistakes to avoid.',
  'home.audienceTitle': 'Who it is for',
  'home.audience.manager':
    'Managers: read a chapter before a one-to-one to get clear on what to cover; afterwards, write down the action plan and the review date.',
  'home.audience.employee':
    'Employees: a day or two ahead, note what you want to discuss, what went well and what puzzles you most.',
  'home.audience.facilitator':
    'Facilitators: build workshop practice from the frameworks, phrases and sample dialogues in the guide.',
  'home.audience.hr':
    'HR: link chapters and sections from training material and policy documents; the addresses never change.',
  'home.rolloutTitle': 'Rolling it out',
  'home.rolloutBody':
    'Chapter six is for HR: the policy, the tools and the manager skills that make coaching stick.',
  'home.privacyTitle': 'What you write stays in your browser',
  'home.privacyBody': 'No account, no analytics, and no requests to anyone else.',

  'guide.title': 'The guide',
  'guide.intro':
    'The first seven chapters teach the method and make a complete course when read in order; the last three cover hard conversations, teams across cultures, and how employees can use all this. Or jump straight to the chapter your next conversation needs.',
  'guide.step': 'Step {n}',
  'guide.chapter': 'Chapter {n}',
  'guide.overviewLabel': 'Overview',
  'guide.rolloutLabel': 'Rollout',
  'guide.furtherLabel': 'Going further',
  'guide.employeesLabel': 'For employees',
  'guide.toc': 'In this chapter',
  'guide.prev': 'Previous',
  'guide.next': 'Next',
  'guide.pagination': 'Chapters',
  'guide.copyLink': 'Copy the link to “{section}”',
  'guide.copied': 'Link copied',
  'guide.copyFailed': 'Could not copy; copy the link from the address bar',
  'guide.print': 'Print this chapter',
  'guide.readingTime': 'About {min} min read',
  'guide.glossaryLink': 'Glossary: every framework and letter, in English and Chinese, with one line each',

  'glossary.title': 'Glossary',
  'glossary.lead':
    'The fixed name of every framework and every letter in the method, in English and Chinese, each with one line of meaning and a link to the guide section that teaches it. The guide, the handouts and the worksheets all use these words.',
  'glossary.toc': 'Glossary contents',
  'glossary.taughtIn': 'Taught in the guide:',
  'glossary.caption': 'The letters and terms of {name}',
  'glossary.colLetter': 'Letter',
  'glossary.col.zh-CN': 'Chinese',
  'glossary.col.en': 'English',
  'glossary.colMeaning': 'What it means',
  'glossary.wordsTitle': 'Other words of the method',
  'glossary.wordsIntro':
    'Words with no letter of their own that come up again and again in the guide and the worksheets.',

  'diagram.label': 'Diagram',
  'diagram.textAlternative': 'What the diagram shows',
  'diagram.fiveSteps.title': 'The five steps of a coaching conversation',
  'diagram.fiveSteps.s1': 'Anchor dynamic goals',
  'diagram.fiveSteps.s2': 'Structure the talk',
  'diagram.fiveSteps.s3': 'Developmental feedback',
  'diagram.fiveSteps.s4': 'Action and resources',
  'diagram.fiveSteps.s5': 'Track and iterate',
  'diagram.fiveSteps.loop': 'What the retro shows feeds the next round of goals',
  'diagram.prep.title': 'The PREP conversation flow',
  'diagram.prep.p': termWithEnglish(terms.prep.point, 'en'),
  'diagram.prep.pNote': 'today’s topic',
  'diagram.prep.r': termWithEnglish(terms.prep.reason, 'en'),
  'diagram.prep.rNote': 'facts and data',
  'diagram.prep.e': termWithEnglish(terms.prep.example, 'en'),
  'diagram.prep.eNote': 'one or two cases',
  'diagram.prep.p2': termWithEnglish(terms.prep.plan, 'en'),
  'diagram.prep.p2Note': 'a concrete next step',
  'diagram.prep.before': '1–2 days before: the prep sheet, async',
  'diagram.prep.after': 'Afterwards: write the plan down',
  'diagram.resources.title': 'Matching resources to a development need',
  'diagram.resources.s1': 'Name the skill to build',
  'diagram.resources.s2': 'See what’s on offer: courses, mentors, projects',
  'diagram.resources.s3': 'Pick the one that fits now',
  'diagram.resources.s4': 'Put it in the 5R plan',
  'diagram.resources.s5': 'Check the effect at review; adjust',
  'diagram.tracking.title': 'The tracking loop',
  'diagram.tracking.s1': 'Do the actions and micro-commitments',
  'diagram.tracking.s2': 'Watch progress and risks on the dashboards',
  'diagram.tracking.s3': 'Monthly flash retro',
  'diagram.tracking.s4': 'Decide: a goal problem or an execution problem?',
  'diagram.tracking.s5': 'Adjust goal or method, and log the change',

  'nav.worksheets': 'My worksheets',

  'ws.common.loading': 'Opening the worksheet…',
  'ws.common.noscript':
    'Worksheets need JavaScript to fill in and save. Every chapter of the guide reads fine without it.',
  'ws.common.missing':
    'This worksheet can’t be found: it may have been deleted, or it lives on another device or browser.',
  'ws.common.openFailed': 'This worksheet can’t be opened.',
  'ws.common.startNew': 'Start a new one',
  'ws.common.actions': 'Worksheet actions',
  'ws.common.exportJson': 'Export JSON',
  'ws.common.exportMarkdown': 'Download Markdown',
  'ws.common.copyMarkdown': 'Copy as Markdown',
  'ws.common.print': 'Print',
  'ws.common.new': 'New',
  'ws.common.copied': 'Copied to the clipboard',
  'ws.lastPlan.heading': 'Last time’s 5R plan',
  'ws.lastPlan.loading': 'Looking for the last 5R plan…',
  'ws.lastPlan.failed': 'The last 5R plan can’t be read right now. You can fill in this worksheet as usual.',
  'ws.lastPlan.none': 'No 5R plan for {person} yet. This conversation can end with the first one.',
  'ws.lastPlan.empty': 'That plan has no actions written yet.',
  'ws.lastPlan.from': 'From: ',
  'ws.lastPlan.cue.praise': 'Done. Open by recognizing it.',
  'ws.lastPlan.cue.praiseOn': 'Done on {date}. Open by recognizing it.',
  'ws.lastPlan.cue.unblock': 'Blocked. Ask what would unblock it.',
  'ws.lastPlan.cue.unblockBecause': 'Blocked: {reason}. Ask what would unblock it.',
  'ws.lastPlan.cue.askWhatHappened':
    'The review date {date} has passed and it is still open. Ask what happened, without blame.',
  'ws.lastPlan.cue.checkProgress': 'Still open. Check where it stands.',
  'ws.lastPlan.cue.checkProgressBy': 'Still open, review on {date}. Check where it stands.',
  'ws.common.moduleUnavailable':
    'Part of the page couldn’t load (the connection may have dropped, or the site was just updated). Reload the page and try again; nothing you saved has changed.',
  'ws.common.copyFailed': 'The browser won’t allow copying; download instead',
  'ws.common.saving': 'Saving…',
  'ws.common.savedAt': 'Saved at {time}',
  'ws.common.notSaved': 'Not saved',
  'ws.common.keptInTab': 'In this tab only, not saved yet',
  'ws.common.notStarted': 'Saves automatically once you start',
  'ws.common.loadTheirs': 'Load that version',
  'ws.common.keepMine': 'Keep what’s here',
  'ws.common.about': 'About this worksheet',
  'ws.common.title': 'Title',
  'ws.common.titleHelp': 'A name you’ll recognize later, such as “Q3 support goal”.',
  'ws.common.person': 'Person',
  'ws.common.personHelp': 'Who is this about? A pseudonym is enough; it keeps one history per person.',
  'ws.common.practiceTag': 'Practice data',
  'ws.common.learn': 'Learn the method: {section}',
  'ws.common.add': 'Add',
  'ws.common.remove': 'Remove',
  'ws.common.removeItem': 'Remove item {n} of {list}',
  'ws.common.full': 'At most {max}',
  'ws.common.hintsHeading': 'Coaching hints',
  'ws.common.noHints': 'No hints right now: nicely done.',
  'ws.common.more': 'More',
  'ws.common.newWorksheet': 'New worksheet',
  'ws.common.panel': 'Coaching and preview',
  'ws.common.coachIdle': 'Click into a field: what to look for, and hints on what you write, show up here.',
  'ws.common.coachQuiet': 'Nothing to add here yet. Hints appear once you write.',
  'ws.common.previewHeading': 'Preview',
  'ws.common.previewEmpty': 'Start writing: the result builds up here as the other person will read it.',
  'ws.common.previewIntro':
    'What you will share, as the other person reads it (the same text as the Markdown copy).',

  'ws.smartAr.goalSection': 'Direction and goal',
  'ws.smartAr.goalIntro': 'Let the employee draft the goal first; then sharpen it together with questions.',
  'ws.smartAr.direction': 'Direction for the year',
  'ws.smartAr.directionHelp':
    'What does the organization really care about this year? Which direction does this goal serve?',
  'ws.smartAr.goal': 'Goal statement',
  'ws.smartAr.goalHelp': 'One sentence: what will be achieved, how much, and by when.',
  'ws.smartAr.milestones': 'Milestones',
  'ws.smartAr.milestonesHelp':
    'Quarterly or monthly steps towards the goal; they may be adjusted on evidence.',
  'ws.smartAr.milestoneN': 'Milestone {n}',
  'ws.smartAr.addMilestone': 'Add a milestone',
  'ws.smartAr.indicator': 'Indicator',
  'ws.smartAr.target': 'Target',
  'ws.smartAr.date': 'Date',
  'ws.smartAr.current': 'Where it stands now',
  'ws.smartAr.currentHelp':
    'Write it the way the target is written (“11%”, “2 clients”) so the dashboard can work out the progress.',
  'ws.smartAr.reached': 'Reached',
  'ws.smartAr.reachedOn': 'Reached on',
  'ws.smartAr.lettersSection': 'SMART-AR, letter by letter',
  'ws.smartAr.lettersIntro':
    'Answer each letter in a sentence or two. The one you can’t answer is what to ask about next.',
  'ws.smartAr.letter.specific': badgeLabel(terms['smart-ar'].specific, 'en'),
  'ws.smartAr.letter.specificHelp':
    'What exactly will be done? Would someone else reading it know what “done” looks like?',
  'ws.smartAr.letter.measurable': badgeLabel(terms['smart-ar'].measurable, 'en'),
  'ws.smartAr.letter.measurableHelp': 'Which number or visible result will show it is done?',
  'ws.smartAr.letter.achievable': badgeLabel(terms['smart-ar'].achievable, 'en'),
  'ws.smartAr.letter.achievableHelp': 'Why is it within reach with the people, time and resources you have?',
  'ws.smartAr.letter.relevant': badgeLabel(terms['smart-ar'].relevant, 'en'),
  'ws.smartAr.letter.relevantHelp': 'How does it serve the team’s and the company’s priorities this year?',
  'ws.smartAr.letter.timeBased': badgeLabel(terms['smart-ar'].timeBased, 'en'),
  'ws.smartAr.letter.timeBasedHelp': 'What is the deadline, and which checkpoints come before it?',
  'ws.smartAr.letter.agile': badgeLabel(terms['smart-ar'].agile, 'en'),
  'ws.smartAr.letter.agileHelp':
    'Which facts would make you sit down and adjust it? (Evidence, not a feeling.)',
  'ws.smartAr.letter.reviewable': badgeLabel(terms['smart-ar'].reviewable, 'en'),
  'ws.smartAr.letter.reviewableHelp': 'How often will you look at progress together, and how?',
  'ws.smartAr.likelihoodSection': 'How likely is it now?',
  'ws.smartAr.likelihoodIntro':
    'Ask the employee to score it: with today’s resources and time, how likely is the goal?',
  'ws.smartAr.scale': 'Scale',
  'ws.smartAr.scaleTen': '0 to 10',
  'ws.smartAr.scaleFive': 'Five steps',
  'ws.smartAr.likelihood': 'Likelihood now',
  'ws.smartAr.missingConditions': 'What is missing',
  'ws.smartAr.missingConditionsHelp': 'What would have to change to raise the likelihood by a step?',
  'ws.smartAr.reviewSection': 'Review rhythm',
  'ws.smartAr.reviewCadence': 'Agreed review rhythm',
  'ws.smartAr.reviewCadenceHelp': 'For example: the second Tuesday of every month, 30 minutes.',
  'ws.smartAr.nextReviewDate': 'Next review',
  'ws.smartAr.adjustmentsSection': 'Adjustment log',
  'ws.smartAr.adjustmentsIntro':
    'Every change to the goal or the method leaves a trace: when, why, before and after.',
  'ws.smartAr.adjustments': 'Adjustments',
  'ws.smartAr.adjustmentN': 'Adjustment {n}',
  'ws.smartAr.addAdjustment': 'Log an adjustment',
  'ws.smartAr.adjustmentKind': 'What changed',
  'ws.smartAr.kindGoal': 'The goal itself',
  'ws.smartAr.kindExecution': 'The way of working',
  'ws.smartAr.reason': 'Reason (the facts behind it)',
  'ws.smartAr.before': 'Before',
  'ws.smartAr.after': 'After',

  'kind.description.smart-ar':
    'Turn a direction into a stage goal you can measure, date, and adjust on evidence.',
  'kind.description.prep-sheet':
    'A day or two ahead, the employee lists topics, wins and puzzles; the manager adds metrics and project progress.',
  'kind.description.prep-planner': 'Lay out a 30–60 minute conversation as Point, Reason, Example and Plan.',
  'kind.description.feedback': 'Draft feedback that is specific, free of labels, and ends with a question.',
  'kind.description.grow-questions':
    'Open questions for Goal, Reality, Options and Will; tick them off and note the answers.',
  'kind.description.action-plan':
    'At the close, pin down up to 3 actions: result, resource, who is responsible, review date and risk.',
  'kind.description.flash-retro':
    'Fifteen minutes a month: three questions, then decide whether the goal or the execution is the problem.',
  'kind.description.observer-checklist':
    'For role-plays: tick what the manager did, count the GROW questions, then write a short debrief.',

  'ws.index.title': 'My worksheets',
  'ws.index.intro':
    'Every worksheet saved in this browser. They live on this device only: export them before you switch computers or clear the browser’s data.',
  'ws.index.newHeading': 'Start a worksheet',
  'ws.index.newRow': 'Start a new one:',
  'ws.index.savedHeading': 'Saved worksheets',
  'ws.index.open': 'New {name}',
  'ws.list.loading': 'Reading your saved worksheets…',
  'ws.list.empty':
    'No worksheets saved in this browser yet. Start one above, or import a file a colleague sent you.',
  'ws.list.heading': 'Worksheets',
  'ws.list.copyTitle': '{title} (copy)',
  'ws.list.actions': 'Actions on all worksheets',
  'ws.list.count': 'Showing {shown} of {total}',
  'ws.list.search': 'Search titles and people',
  'ws.list.kind': 'Kind',
  'ws.list.allKinds': 'All kinds',
  'ws.list.person': 'Person',
  'ws.list.allPeople': 'Everyone',
  'ws.list.changed': 'changed {date}',
  'ws.list.rename': 'Rename',
  'ws.list.renameLabel': 'Rename “{title}”',
  'ws.list.newTitle': 'New title',
  'ws.list.saveTitle': 'Save',
  'ws.list.cancel': 'Cancel',
  'ws.list.renamed': 'Title updated.',
  'ws.list.duplicate': 'Duplicate',
  'ws.list.duplicateLabel': 'Duplicate “{title}”',
  'ws.list.duplicated': 'Copied as “{title}”.',
  'ws.list.delete': 'Delete',
  'ws.list.deleteLabel': 'Delete “{title}”',
  'ws.list.deleted': 'Deleted “{title}”.',
  'ws.list.undo': 'Undo',
  'ws.list.restored': '“{title}” is back.',
  'ws.list.exportAll': 'Export all (JSON)',
  'ws.list.exported': 'Exported {count} worksheets.',
  'ws.list.import': 'Import a JSON file',
  'ws.list.importFailed': 'Nothing was imported and your worksheets are unchanged.',
  'ws.list.importNothing': 'The file has no worksheet that can be imported; your worksheets are unchanged:',
  'ws.list.importSkippedBroken': 'These had problems and were not imported:',
  'ws.list.imported': 'Imported {count} worksheets.',
  'ws.list.importNotKept':
    'The browser’s storage isn’t working right now, so these worksheets are in this tab only: they are not kept when it closes, unless storage recovers first. Keep the file.',
  'ws.list.exportedDamaged':
    'The file also carries {count} damaged worksheets as they were stored (under “damaged”); they can’t be imported as they are.',
  'ws.list.damagedHeading': 'Damaged worksheets',
  'ws.list.damagedIntro':
    'These are stored in this browser but can’t be read any more, so they don’t open. Download what was stored to keep it or to ask for help; “Export all” carries them too.',
  'ws.list.damagedItem': 'Stored as “{id}”',
  'ws.list.downloadRaw': 'Download the raw content',
  'ws.list.downloadRawLabel': 'Download the raw content of “{id}”',
  // Where worksheets are kept right now (storageStatusKey in src/storage/messages.ts picks one).
  'storage.memory.unavailable':
    'This browser won’t let the site store data (private browsing, perhaps). What you type stays in this tab only: export it before closing.',
  'storage.memory.quota_exceeded':
    'The browser’s storage is full, so new changes stay in this tab only for now. The site keeps trying and this notice goes once they are saved; until then, export, then delete some old worksheets.',
  'storage.memory.timeout':
    'The browser’s storage isn’t responding (another tab may be upgrading it), so changes stay in this tab only for now, and the site keeps trying. Don’t reload or close this page: export first. Closing the site’s other tabs may help.',
  'storage.memory.error':
    'Saving to the browser failed, so changes stay in this tab only for now. The site keeps trying; export them before you close this page.',
  'storage.memory.no_backend': 'Nothing is stored here: what you type stays in this tab only.',
  'storage.notPersisted':
    'The browser may clear this site’s data when space runs low; exporting now and then is the safe choice.',
  'storage.conflict.newer_revision':
    'This worksheet was saved with newer content in another tab. Load that version, or overwrite it with what’s here?',
  'storage.conflict.newer_schema':
    'Another tab saved this worksheet with a newer version of the toolkit. Reload this page before editing so the newer content isn’t overwritten.',
  'storage.changedElsewhere': 'This worksheet was just changed in another tab. Load the latest version?',
  'storage.removedElsewhere':
    'This worksheet was just deleted in another tab. Editing on will save it again.',
  'storage.unexpected':
    'Something unexpected happened and this change wasn’t saved. Your text is still on the page: try again, or export it first.',
  'ws.list.conflictQuestion':
    '{count} worksheets in the file already exist in this browser. Keep both, or replace yours with the file’s?',
  'ws.list.newerFile': 'the file’s copy is newer (file: {file}; here: {here})',
  'ws.list.newerHere': 'the copy here is newer (here: {here}; file: {file})',
  'ws.list.newerSame': 'both copies were last changed at {here}',
  'ws.list.noPerson': 'Not about anyone in particular',
  'ws.list.group': '{person} · {count}',
  'ws.list.keepBoth': 'Keep both',
  'ws.list.replace': 'Replace with the file’s',
  'ws.list.cancelImport': 'Cancel the import',
  'ws.list.clearPractice': 'Clear all practice data',
  'ws.list.clearPracticeConfirm':
    'Delete every practice worksheet loaded from a workshop scenario? Your own worksheets stay.',
  'ws.list.practiceCleared': 'Cleared {count} practice worksheets.',

  'nav.workshop': 'Workshop',
  'nav.questions': 'Question generator',
  'nav.hr': 'For HR',
  'q.title': 'GROW question generator',
  'q.intro':
    'Turn an employee’s prep sheet into a list of open questions for Goal, Reality, Options and Will to take into your next one-to-one.',
  'q.loading': 'Getting the generator ready…',
  'q.prepHeading': 'The employee’s prep sheet',
  'q.prepIntro': 'Pick a saved prep sheet or fill one in here. Changes here don’t touch the saved sheet.',
  'q.chooseSaved': 'Saved prep sheets',
  'q.useSaved': 'Use a saved prep sheet',
  'q.noSaved': 'No prep sheet is saved in this browser yet: fill one in below.',
  'q.fillHere': 'None: fill one in here',
  'q.prepMissing': 'That prep sheet can’t be opened any more (it may have been deleted). Fill one in below.',
  'q.summaryTopics': 'Topics',
  'q.summaryPuzzles': 'Puzzles',
  'q.summaryMetrics': 'Metrics',
  'q.summaryNone': 'none written',
  'q.edit': 'Edit here',
  'q.editNote': 'Edits here are for these questions only; the saved sheet stays as it is.',
  'q.openSheet': 'Open the saved sheet',
  'q.optionsHeading': 'How to generate',
  'q.mode': 'Generate with',
  'q.modeRules': 'Built-in rules (offline)',
  'q.modeAi': 'The AI model this site provides',
  'q.perStage': 'Questions per stage, at most',
  'q.rulesPrivacy': 'The built-in rules run in your browser and send nothing anywhere.',
  'q.aiSentSummary': 'What is sent when you choose AI?',
  'q.aiSentExplain':
    'Exactly the text below, to this site’s function, which passes it to the AI model the site is configured with. The request is not logged or stored. The title, the person and your other worksheets are never sent.',
  'q.generate': 'Generate questions',
  'q.generating': 'Generating…',
  'q.anotherSet': 'Another set',
  'q.engineUnavailable':
    'The question engine couldn’t load (the connection may have dropped, or the site was just updated). Press “Generate questions” again in a moment; everything you typed is still here.',
  'q.needTopic': 'Write at least one topic to talk about before generating.',
  'q.resultHeading': 'Your questions',
  'q.resultEmpty':
    'Fill in the prep sheet and choose “Generate questions”; the list appears here. You can edit, reorder, delete and add questions.',
  'q.source.ai':
    'These questions come from the AI model and passed the rules: all four stages, open questions, no judging words.',
  'q.source.rules': 'These questions come from the built-in rules.',
  'q.source.rulesChosen':
    'These questions were generated by the built-in rules in your browser; nothing was sent.',
  'q.reason.not_configured': 'This site has no AI model configured.',
  'q.reason.timeout': 'The AI model did not answer within 20 seconds.',
  'q.reason.upstream_error': 'The AI service answered with an error.',
  'q.reason.rate_limited': 'The AI service is rate limiting requests right now.',
  'q.reason.invalid_output':
    'The AI’s answer did not meet the rules (wrong format or unsuitable questions), so the rules took over.',
  'q.reason.refusal': 'The AI model declined the request.',
  'q.reason.wrong_language': 'The AI answered in the wrong language.',
  'q.reason.aborted': 'The request was interrupted before the AI answered.',
  'q.local.unreachable':
    'The question service can’t be reached (a static-only host, or you’re offline), so your browser generated these with the rules.',
  'q.local.client_timeout':
    'The question service took too long, so your browser generated these with the rules.',
  'q.local.bad_response':
    'The question service sent an answer that couldn’t be read, so your browser generated these with the rules.',
  'q.local.rate_limited_here':
    'Too many requests: try the AI again in about {seconds} seconds. For now your browser generated these with the rules.',
  'q.local.server_error':
    'The question service reported an error, so your browser generated these with the rules.',
  'q.stage.goal': badgeLabel(terms.grow.goal, 'en'),
  'q.stage.reality': badgeLabel(terms.grow.reality, 'en'),
  'q.stage.options': badgeLabel(terms.grow.options, 'en'),
  'q.stage.will': badgeLabel(terms.grow.will, 'en'),
  'q.questionN': '{stage}, question {n}',
  'q.moveUp': 'Up',
  'q.moveDown': 'Down',
  'q.moveUpLabel': 'Move question {n} up',
  'q.moveDownLabel': 'Move question {n} down',
  'q.delete': 'Delete',
  'q.deleteLabel': 'Delete question {n}',
  'q.addToStage': 'Add a question to {stage}',
  'q.saveList': 'Save as a GROW question list',
  'q.savedList': 'Saved as a GROW question list.',
  'q.openList': 'Open the list',
  'q.listTitle': 'GROW questions',
  'q.listTitleFrom': 'GROW questions for {title}',
  'q.copy': 'Copy all',
  'q.copied': 'Questions copied to the clipboard.',
  'q.copyFailed': 'The browser won’t allow copying; print or save instead.',
  'q.print': 'Print',

  'notFound.title': 'Page not found',
  'notFound.body':
    'The link may be mistyped, or the page has moved. Start again from the home page or the guide.',
  'notFound.home': 'Back to the home page',
  'notFound.guide': 'Open the guide',

  'footer.privacy':
    'Privacy: whatever you type here is stored only in your own browser. No account, no analytics, no third-party requests.',
  'footer.print': 'Every page prints as a clean handout.',
  ...enPrepSheet,
  ...enPrepPlanner,
  ...enFeedback,
  ...enGrow,
  ...enActionPlan,
  ...enFlashRetro,
  ...enDashboard,
  ...enWorkshop,
  ...enObserver,
  ...enObserverLabels,
  ...enHandouts,
  ...enExamples,
  ...enHr,
  ...enOffline,
  ...enMarkdownCommon,
  ...enFlashRetroHints,
  ...enFlashRetroMarkdown,
  ...enTracking,
  ...enPrepSheetHints,
  ...enPrepSheetMarkdown,
  ...enSmartArHints,
  ...enSmartArScale,
  ...enSmartArMarkdown,
  ...enPrepPlannerHints,
  ...enPrepPlannerMarkdown,
  ...enFeedbackHints,
  ...enFeedbackMarkdown,
  ...enActionPlanHints,
  ...enActionPlanMarkdown,
  ...enGrowQuestionsHints,
  ...enGrowQuestionsMarkdown,
  ...enObserverChecklistMarkdown,
  ...enObserverChecklistHints,
  ...enActionPlanCalendar,
  ...enPrepPlannerAgenda,
  ...enTrackingCalendar,
  ...enWorksheetErrors,
  ...enLinkErrors,
  ...enPlanFromPrepSheet,
  ...enGrowRequest,
  ...enGrowErrors,
  ...enGrowPrompt,
};
