import type { SectionLoaders } from './section-loaders';

/** The parts of the English dictionary that code in the browser loads when it needs them. */
export const enSections: SectionLoaders = {
  'markdown-common': () => import('./en-parts/markdown-common').then((part) => part.enMarkdownCommon),
  'flash-retro-hints': () => import('./en-parts/flash-retro-hints').then((part) => part.enFlashRetroHints),
  'flash-retro-markdown': () =>
    import('./en-parts/flash-retro-markdown').then((part) => part.enFlashRetroMarkdown),
  tracking: () => import('./en-parts/tracking').then((part) => part.enTracking),
};
