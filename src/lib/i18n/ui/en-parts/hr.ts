import type { zhHr } from '../zh-CN-parts/hr';

/** Strings of the HR area (keys start with `hr.`): the HR page, the link builder, the company name, 5R resource suggestions. */
export const enHr: Record<keyof typeof zhHr, string> = {
  'hr.title': 'For HR',

  'hr.company.footer': 'Adapted for {name}',
  'hr.company.home': 'Adapted for managers at {name}',

  'hr.index.lead':
    'What you need to put the toolkit into training material, the intranet and policy documents: addresses that never change, a builder for pre-filled worksheet links, and how to make the content your company’s own without writing code.',
  'hr.index.builderTitle': 'Pre-filled links',
  'hr.index.builderBody':
    'Write one example worksheet and turn it into a link for your managers. Everyone who opens it gets their own copy, already filled in and ready to edit, in their own browser.',
  'hr.index.builderLink': 'Open the link builder',
  'hr.index.addressesTitle': 'Addresses that stay put',
  'hr.index.addressesIntro':
    'Once published these addresses do not change, so they are safe in slides, emails and intranet pages. Chinese lives at the root and English under /en/. A section’s anchor (the part after #) is the same in both languages: to switch language, add or remove /en.',
  'hr.index.patternsCaption': 'Address patterns',
  'hr.index.colWhat': 'What',
  'hr.index.colZh': 'Chinese',
  'hr.index.colEn': 'English',
  'hr.index.colName': 'Name',
  'hr.index.row.home': 'Home page',
  'hr.index.row.guide': 'The guide’s contents',
  'hr.index.row.module': 'A guide chapter',
  'hr.index.row.section': 'A section within a chapter',
  'hr.index.row.worksheets': 'My worksheets',
  'hr.index.row.worksheet': 'A worksheet (opening it starts a new one)',
  'hr.index.row.prefill': 'A pre-filled worksheet (made with the link builder)',
  'hr.index.row.questions': 'Question generator',
  'hr.index.row.workshop': 'Workshop overview',
  'hr.index.row.agenda': 'A workshop agenda',
  'hr.index.row.scenario': 'A role-play scenario',
  'hr.index.row.handouts': 'Handouts overview',
  'hr.index.row.glossary': 'Glossary',
  'hr.index.row.handout': 'A handout',
  'hr.index.row.hr': 'For HR (this page)',
  'hr.index.row.sitemap': 'Every page (sitemap)',
  'hr.index.chaptersTitle': 'Guide chapters and sections',
  'hr.index.sectionsOf': 'Section anchors in “{chapter}”',
  'hr.index.worksheetsTitle': 'Worksheets',
  'hr.index.agendasTitle': 'Workshop agendas',
  'hr.index.scenariosTitle': 'Role-play scenarios',
  'hr.index.handoutsTitle': 'Handouts',
  'hr.index.blankHandout': '{name} (blank)',
  'hr.index.adaptTitle': 'Adapting it to your company',
  'hr.index.adaptIntro':
    'Each of these is a text file in the project’s content folder: no code involved. Rebuild (npm run build) after a change. If a file is wrong, the build stops and names the file and the field.',
  'hr.index.adaptCompany': 'Company name',
  'hr.index.adaptCompanyBody': 'Shown in the footer and on the home page; leave it empty to show none.',
  'hr.index.adaptResources': 'Resource catalog',
  'hr.index.adaptResourcesBody':
    'The 5R action canvas suggests its courses, mentors, stretch projects and reading by development area.',
  'hr.index.adaptScenarios': 'More role-play scenarios',
  'hr.index.adaptScenariosBody':
    'Drop in one Markdown file per scenario; the format is in content/README.md.',
  'hr.index.adaptWording': 'Wording',
  'hr.index.adaptWordingBody':
    'The guide is Markdown under content; buttons, labels and other interface text live in the interface dictionaries.',
  'hr.index.adaptMore':
    'Step-by-step instructions, and what the build’s error message looks like when a file is wrong, are in the project README under “Adapting it to your company”.',

  'hr.builder.title': 'Pre-filled link builder',
  'hr.builder.lead':
    'Turn an example worksheet into a link. A manager who opens it gets a fresh copy, already filled in, in their own browser, and makes it their own from there.',
  'hr.builder.howTitle': 'How it works',
  'hr.builder.step1': 'Write an example in any worksheet, for instance a model 5R action canvas.',
  'hr.builder.step2': 'Come back to this page, choose it below and make the link.',
  'hr.builder.step3':
    'Put the link in an email, a slide or on the intranet. Everyone who opens it gets a separate copy; nobody’s changes reach anyone else.',
  'hr.builder.privacyTitle': 'Where the content goes',
  'hr.builder.privacy1':
    'The worksheet travels inside the link, in the part after #. Browsers never send that part to a server, and this site stores nothing.',
  'hr.builder.privacy2':
    'That makes links long, so keep examples short and typical. Anyone holding the link can read all of it: leave out real employees’ names and assessments.',
  'hr.builder.loading': 'Reading the worksheets saved in this browser…',
  'hr.builder.empty': 'No worksheets are saved in this browser yet. Write an example first, then come back.',
  'hr.builder.emptyLink': 'Start one in My worksheets',
  'hr.builder.choose': 'Choose a worksheet',
  'hr.builder.chooseHelp': 'The worksheets saved in this browser, most recently changed first.',
  'hr.builder.meta': '{kind} · updated {date}',
  'hr.builder.metaPerson': '{kind} · about {person} · updated {date}',
  'hr.builder.includePerson': 'Include the person tag “{person}”',
  'hr.builder.includePersonHelp':
    'The person is usually different for every manager, and links get forwarded, so it is left out unless you tick this.',
  'hr.builder.resultTitle': 'Your link',
  'hr.builder.none': 'Choose a worksheet and its link appears here.',
  'hr.builder.making': 'Making the link…',
  'hr.builder.link': 'Pre-filled link',
  'hr.builder.length': '{count} characters',
  'hr.builder.long':
    'This link is {count} characters long, over 2,000. Some chat tools and email clients cut long links, and the reader then sees only a “link incomplete” message. Shorten the example and make the link again, or send the worksheet as an exported JSON file instead.',
  'hr.builder.copy': 'Copy link',
  'hr.builder.copied': 'Link copied',
  'hr.builder.copyFailed':
    'The browser would not let us copy. Select the text in the box above and copy it yourself.',
  'hr.builder.open': 'Open it in a new tab',
  'hr.builder.openHelp': 'Opening it saves another copy in this browser, exactly what others will see.',
  'hr.builder.tooLarge':
    'This worksheet holds too much: its link would be {length} characters, over the {limit} limit. Trim the example and try again.',
  'hr.builder.invalid': 'This worksheet has content that is not valid, so no link was made: {reason}',
  'hr.builder.loadFailed': 'This worksheet could not be opened: {reason}',

  'hr.resources.suggest': 'Suggest resources',
  'hr.resources.intro':
    'Pick from your company’s resource catalog. “Add” puts the name after whatever the Resource field already says; nothing is overwritten.',
  'hr.resources.area': 'Development area',
  'hr.resources.chooseArea': 'Choose an area',
  'hr.resources.matched': 'Your Result mentions {keywords}, which points to:',
  'hr.resources.noMatch': 'The Result does not point to an area yet: choose one.',
  'hr.resources.add': 'Add',
  'hr.resources.addLabel': 'Add “{name}”',
  'hr.resources.added': 'Added “{name}” to the Resource of action {n}.',
  'hr.resources.present': '“{name}” is already in the Resource field.',
  'hr.resources.tooLong': 'The Resource field has no room left for “{name}”; shorten it first.',
  'hr.resources.type.course': 'Course',
  'hr.resources.type.mentor': 'Mentor',
  'hr.resources.type.project': 'Project',
  'hr.resources.type.reading': 'Reading',
  'hr.resources.contact': 'Contact: {contact}',
  'hr.resources.more': 'Details',
  'hr.resources.moreLabel': 'Details of “{name}”',
};
