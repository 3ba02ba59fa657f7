import type { SectionName } from './sections';
import { zhSections } from './ui/zh-CN-sections';

/** Every section's name (the default language's list; every language has the same). For tests and tools. */
export const sectionNames = Object.keys(zhSections) as SectionName[];
