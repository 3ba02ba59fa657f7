import type { zhExamples } from '../zh-CN-parts/examples';

/** The filled-examples page and the agenda page's demo script (keys start with `examples.` or `workshop.agenda.demo`). */
export const enExamples: Record<keyof typeof zhExamples, string> = {
  'examples.title': 'Filled examples',
  'examples.description':
    'A weak and a strong version of a prep sheet, a SMART-AR goal, a BEST draft and a flash retro, with what makes the strong one work. Open either in its worksheet with one click.',
  'examples.lead':
    'What separates a worksheet that helps the conversation from one that only fills a box? Each example shows a typical weak version, then a strong one, then names the difference. “Open in the worksheet” starts a new worksheet with the example, kept in your own browser, so you can rework it yourself.',
  'examples.toc': 'On this page',
  'examples.weak': 'Weak version',
  'examples.strong': 'Strong version',
  'examples.weakNotes': 'What goes wrong',
  'examples.strongNotes': 'What makes it strong',
  'examples.open': 'Open in the {worksheet}',
  'examples.openHint': 'Starts a new worksheet, stored only in this browser.',
  'examples.drillMissing': 'What’s missing',
  'examples.drillOpen': 'Sharpen it in the {worksheet}',
  'examples.drillAnswer': 'One way to sharpen it',
  'examples.guideLink': 'The method behind this worksheet: {section}',

  'workshop.agenda.demo': 'Demo script',
  'workshop.agenda.demoFor': 'For the block “{block}”; the demo itself runs about {minutes} minutes.',
};
