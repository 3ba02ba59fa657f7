import type { zhHandouts } from '../zh-CN-parts/handouts';

/** Strings of the printable handouts (keys start with `handouts.`). */
export const enHandouts: Record<keyof typeof zhHandouts, string> = {
  'handouts.title': 'Printable handouts',
  'handouts.intro':
    'A one-page card of the five steps, a one-page A4 sheet for each framework, a GROW pocket card to cut out, and a blank copy of every worksheet, for workshops and for your own one-to-ones.',
  'handouts.printHint':
    'To print: press Ctrl+P (⌘P on a Mac), choose A4 paper, keep the scale at 100% and turn off “Headers and footers”.',
  'handouts.frameworksHeading': 'Framework sheets',
  'handouts.frameworksIntro':
    'One page per framework: what it’s for, what each letter asks of you, a line you can say as it is, and a few tips.',
  'handouts.pocketHeading': 'Pocket card',
  'handouts.pocketIntro':
    'One small card per GROW stage: a single A4 sheet cuts into four, to keep at hand while you talk.',
  'handouts.blanksHeading': 'Blank worksheets',
  'handouts.blanksIntro':
    'The same fields as the online worksheets, to print and fill in by hand: for workshops, or conversations away from a screen.',
  'handouts.pages.one': '1 page',
  'handouts.pages.two': '2 pages',
  'handouts.kind.framework': 'Framework sheet',
  'handouts.kind.pocketCard': 'Pocket card',
  'handouts.kind.quickCard': 'Quick card',
  'handouts.quickHeading': 'The five-step quick card',
  'handouts.quickIntro':
    'The whole method on one page: the five steps, the frameworks each one uses, one line to say, and the rhythm your company has agreed.',
  'handouts.quick.rhythmHeading': 'Rhythm',
  'handouts.quick.range': '{min} to {max}',
  'handouts.quick.rhythm':
    'A full conversation every {every} weeks, {minutes} minutes long; the prep sheet {prep} days before; the 5R plan in the last {plan} minutes, {max} actions at most, one done within {days} days; a {retro} minute flash retro each month.',
  'handouts.quick.health':
    'Dashboards: yellow when progress trails time by {atRisk} percentage points, red at {offTrack}; anyone not seen in {coverage} days gets a slot; aim for {target}% of micro-actions done by their review date.',
  'handouts.kind.blank': 'Blank worksheet',
  'handouts.back': 'All handouts',
  'handouts.stepsHeading': 'Step by step',
  'handouts.sayLabel': 'Try saying:',
  'handouts.tipsHeading': 'Tips',
  'handouts.guideLink': 'Read more: ',
  'handouts.cutHint': 'Cut along the dashed lines; fold or laminate them to fit a badge holder or notebook.',
  'handouts.cardFooter': 'GROW pocket card',
  'handouts.blankSubtitle': 'Blank copy to fill in by hand',
  'handouts.blankDate': 'Date',
  'handouts.fillOnline': 'Fill it in online: ',
  'handouts.tally': 'Tally',
  'handouts.pageOf': 'Page {n} of {total}',
  'handouts.workshopTitle': 'Printable handouts',
  'handouts.workshopBody':
    'Framework sheets, the GROW pocket card and blank copies of every worksheet print straight onto A4, ready to hand out before you start.',
  'handouts.workshopLink': 'Open the handouts',
};
