import type { UiDictionary } from './zh-CN';

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

  'home.lead':
    'A five-step method that turns your one-to-ones from status checks into conversations both of you look forward to: agree goals that can move, talk with structure, give feedback that develops, commit to small actions, and keep improving with quick retros.',
  'home.start': 'Start with the overview',
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
    'Seven chapters. Read in order they make a complete course; or jump straight to the one your next conversation needs.',
  'guide.step': 'Step {n}',
  'guide.chapter': 'Chapter {n}',
  'guide.overviewLabel': 'Overview',
  'guide.rolloutLabel': 'Rollout',
  'guide.toc': 'In this chapter',
  'guide.prev': 'Previous',
  'guide.next': 'Next',
  'guide.pagination': 'Chapters',
  'guide.copyLink': 'Copy the link to “{section}”',
  'guide.copied': 'Link copied',
  'guide.copyFailed': 'Could not copy; copy the link from the address bar',
  'guide.print': 'Print this chapter',
  'guide.readingTime': 'About {min} min read',

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
  'diagram.prep.p': 'Point',
  'diagram.prep.pNote': 'today’s topic',
  'diagram.prep.r': 'Reason',
  'diagram.prep.rNote': 'facts and data',
  'diagram.prep.e': 'Example',
  'diagram.prep.eNote': 'one or two cases',
  'diagram.prep.p2': 'Plan',
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

  'notFound.title': 'Page not found',
  'notFound.body':
    'The link may be mistyped, or the page has moved. Start again from the home page or the guide.',
  'notFound.home': 'Back to the home page',
  'notFound.guide': 'Open the guide',

  'footer.privacy':
    'Privacy: whatever you type here is stored only in your own browser. No account, no analytics, no third-party requests.',
  'footer.print': 'Every page prints as a clean handout.',
};
