import { isLocale, locales, type Locale } from './locales-list';

export { isLocale, locales, type Locale };

/** What each language looks like in URLs, files and markup. */
export interface LocaleInfo {
  /** The URL prefix: `''` for the default language, which lives at `/`. */
  urlPrefix: string;
  /** The folder of its content: `content/<folder>/…`. */
  contentFolder: string;
  /** The `lang` attribute and hreflang value. */
  htmlLang: string;
  /** The language's own name, for the language switch. */
  label: string;
  /** How the language writes sentences: punctuation, spacing, how text is counted. */
  sentences: SentenceRules;
}

/**
 * A language's sentence rules. Code that joins, punctuates or measures text reads them here,
 * never `locale === '…' ? … : …`: a third language then says how it writes instead of being
 * served one of the other two (ESLint forbids comparing a locale with a literal).
 */
export interface SentenceRules {
  /** The writing system: Chinese characters, or Latin letters with words apart. */
  script: 'cjk' | 'latin';
  /** Between two sentences of one message (full-width punctuation carries its own space). */
  sentenceJoiner: string;
  /** Closes a sentence that has no closing punctuation. */
  fullStop: string;
  /** Text that already ends a sentence (its own mark, a closing quote or bracket): no full stop added. */
  endsSentence: RegExp;
  /** Between a label and its value: `人员：小周`, `Person: Zhou`. */
  colon: string;
  /** Between the items of a list in running text. */
  listSeparator: string;
  /** Between short items named one after another (values, field names): Chinese uses the enumeration comma 、. */
  enumerationSeparator: string;
  /** Between items that are phrases of their own (resources in a field, topics of a talk): a semicolon. */
  semicolon: string;
  /** Around an aside that follows a word: `prep.topics[0]（话题）`, `prep.topics[0] (topic)`. */
  asideOpen: string;
  asideClose: string;
  /** Around a quoted word the user wrote: `「坚持」`, `“keep at it”`. */
  quoteOpen: string;
  quoteClose: string;
  /** Between quoted words in a row: Chinese corner brackets need none (`「a」「b」`), English a comma. */
  quotedListJoiner: string;
  /** Reading speed for study text: characters per minute (cjk) or words per minute (latin). */
  readingPerMinute: number;
}

const fixed: Record<Locale, Omit<LocaleInfo, 'urlPrefix'> & { slug: string }> = {
  'zh-CN': {
    slug: 'zh-cn',
    contentFolder: 'zh-cn',
    htmlLang: 'zh-CN',
    label: '中文',
    sentences: {
      script: 'cjk',
      sentenceJoiner: '',
      fullStop: '。',
      endsSentence: /[。！？!?…」”]$/u,
      colon: '：',
      listSeparator: '，',
      enumerationSeparator: '、',
      semicolon: '；',
      asideOpen: '（',
      asideClose: '）',
      quoteOpen: '「',
      quoteClose: '」',
      quotedListJoiner: '',
      readingPerMinute: 400,
    },
  },
  en: {
    slug: 'en',
    contentFolder: 'en',
    htmlLang: 'en',
    label: 'English',
    sentences: {
      script: 'latin',
      sentenceJoiner: ' ',
      fullStop: '.',
      endsSentence: /[.!?…"”)]$/u,
      colon: ': ',
      listSeparator: ', ',
      enumerationSeparator: ', ',
      semicolon: '; ',
      asideOpen: ' (',
      asideClose: ')',
      quoteOpen: '“',
      quoteClose: '”',
      quotedListJoiner: ', ',
      readingPerMinute: 220,
    },
  },
};

/** The sentence rules of a language (they do not depend on which language is the default). */
export function sentenceRules(locale: Locale): SentenceRules {
  return fixed[locale].sentences;
}

/** Locale information for a site whose root `/` shows `defaultLocale`; the others get `/<slug>/`. */
export function buildLocaleInfo(defaultLocale: Locale): Record<Locale, LocaleInfo> {
  const info = {} as Record<Locale, LocaleInfo>;
  for (const locale of locales) {
    const { slug: _slug, ...rest } = fixed[locale];
    info[locale] = { ...rest, urlPrefix: locale === defaultLocale ? '' : fixed[locale].slug };
  }
  return info;
}

/**
 * The default language, from `content/settings.yaml` (`defaultLanguage`), which
 * astro.config.mjs reads and hands to the build as PUBLIC_DEFAULT_LOCALE. Outside the
 * build (unit tests) it is zh-CN.
 */
function configuredDefault(): unknown {
  try {
    // Replaced with the setting at build time; missing where no bundler defines it (the
    // Workers runtime of the function), which then uses zh-CN.
    return import.meta.env.PUBLIC_DEFAULT_LOCALE;
  } catch {
    return undefined;
  }
}

const configured = configuredDefault();
export const defaultLocale: Locale = isLocale(configured) ? configured : 'zh-CN';

export const localeInfo: Record<Locale, LocaleInfo> = buildLocaleInfo(defaultLocale);

/** The languages that live under a URL prefix (every one but the default). */
export const prefixedLocales: readonly Locale[] = locales.filter((locale) => locale !== defaultLocale);
