import type { SectionLoaders } from './section-loaders';

/** The parts of the English dictionary that code in the browser loads when it needs them. */
export const enSections: SectionLoaders = {
  'markdown-common': () => import('./en-parts/markdown-common').then((part) => part.enMarkdownCommon),
  'flash-retro-hints': () => import('./en-parts/flash-retro-hints').then((part) => part.enFlashRetroHints),
  'flash-retro-markdown': () =>
    import('./en-parts/flash-retro-markdown').then((part) => part.enFlashRetroMarkdown),
  tracking: () => import('./en-parts/tracking').then((part) => part.enTracking),
  'prep-sheet-hints': () => import('./en-parts/prep-sheet-hints').then((part) => part.enPrepSheetHints),
  'prep-sheet-markdown': () =>
    import('./en-parts/prep-sheet-markdown').then((part) => part.enPrepSheetMarkdown),
  'smart-ar-hints': () => import('./en-parts/smart-ar-hints').then((part) => part.enSmartArHints),
  'smart-ar-scale': () => import('./en-parts/smart-ar-scale').then((part) => part.enSmartArScale),
  'smart-ar-markdown': () => import('./en-parts/smart-ar-markdown').then((part) => part.enSmartArMarkdown),
};
