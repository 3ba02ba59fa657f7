import type { SectionName } from '../i18n/sections';

/** The dictionary sections a kind's Markdown writer needs: its own, and the words every export shares. */
export function markdownSections(own: SectionName): SectionName[] {
  return ['markdown-common', own];
}
