import type { Locale } from './locales';
import { provideSections } from './sections';
import { enGrowErrors } from './ui/en-parts/grow-errors';
import { enGrowPrompt } from './ui/en-parts/grow-prompt';
import { enGrowRequest } from './ui/en-parts/grow-request';
import { zhGrowErrors } from './ui/zh-CN-parts/grow-errors';
import { zhGrowPrompt } from './ui/zh-CN-parts/grow-prompt';
import { zhGrowRequest } from './ui/zh-CN-parts/grow-request';

/**
 * The dictionary sections the question generator's function writes with (error sentences,
 * request problems, the model's instructions), imported directly: a Worker is one bundle, and
 * loading them through the browser's loader lists would put every part of every language in
 * it. A new language adds its three parts here (TypeScript names the missing one).
 */
const serverSections: Record<
  Locale,
  {
    'grow-errors': typeof enGrowErrors;
    'grow-prompt': typeof enGrowPrompt;
    'grow-request': typeof enGrowRequest;
  }
> = {
  'zh-CN': { 'grow-errors': zhGrowErrors, 'grow-prompt': zhGrowPrompt, 'grow-request': zhGrowRequest },
  en: { 'grow-errors': enGrowErrors, 'grow-prompt': enGrowPrompt, 'grow-request': enGrowRequest },
};

/** Makes the function's words readable (`sectionText`) in every language; cheap, and safe to call again. */
export function provideServerSections(): void {
  for (const [locale, sections] of Object.entries(serverSections))
    provideSections(locale as Locale, sections);
}
