/**
 * Files outside src/lib/i18n that hold per-language data that is not UI words, with the
 * reason. A new language adds its entry in each (TypeScript flags the missing ones: they are
 * typed `Record<Locale, …>`). Used by test/unit/lint/one-dictionary.test.ts (no other file may
 * hold a per-language table) and readme-languages.test.ts (the README names each).
 */
export const perLanguageData: Record<string, string> = {
  'src/lib/worksheets/kinds.ts':
    'the kind manifest: each kind’s name, read synchronously by browser lists, titles and exports (descriptions are in the dictionary)',
  'src/lib/method/terms.ts':
    'the method’s terms are bilingual data (Chinese pages print the English beside them)',
  'src/lib/method/glossary.ts': 'glossary entries are content, shown in both languages side by side',
  'src/lib/tracking/sample-data.ts':
    'the sample team is content (people, goals, actions), loaded on a button press',
  'src/lib/content/workshop-materials.ts':
    'a build-time check that recognises the toolkit’s material names in each language’s agenda content',
  'src/lib/content/company-schema.ts':
    'the settings file names the company in each language (content/settings.yaml)',
  'src/components/HomePage.astro': 'the home page screenshots are images, one per language',
  'src/lib/grow/phrasing-books.ts':
    'the question generator’s phrasing books are code (templates with their own grammar), one file per language; this registers each one’s loader',
  'src/lib/grow/judgmental-words.ts':
    'the judgmental words are a check applied to every question in every language (an English question quoting 总是 is as loaded as a Chinese one), not the page’s words',
};
