import type { zhSections } from './zh-CN-sections';

/**
 * The shape every language's on-demand sections must have: the default language's sections,
 * each loading words with exactly the same keys.
 */
export type SectionLoaders = {
  [Name in keyof typeof zhSections]: (typeof zhSections)[Name] extends () => Promise<infer Words>
    ? () => Promise<Record<keyof Words, string>>
    : never;
};
