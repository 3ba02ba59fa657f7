interface ImportMetaEnv {
  /** The site's default language, set by astro.config.mjs from content/settings.yaml. */
  readonly PUBLIC_DEFAULT_LOCALE?: string;
}
