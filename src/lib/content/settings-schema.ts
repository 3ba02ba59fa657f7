import '../zod-setup';
import { z } from 'zod';
import { locales } from '../i18n/locales-list';

/** `content/settings.yaml`: site-wide settings that change the build. */
export const siteSettingsSchema = z.strictObject({
  /** The language at the root address `/`; the other language lives under its own prefix. */
  defaultLanguage: z.enum(locales).default('zh-CN'),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;

/**
 * Validates the parsed settings file and says what is wrong with the file and field named,
 * so a mistake in the YAML stops the build with a message an HR editor can act on.
 */
export function readSiteSettings(parsed: unknown, file = 'content/settings.yaml'): SiteSettings {
  const result = siteSettingsSchema.safeParse(parsed ?? {});
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(the whole file)';
    return `  ${field}: ${issue.message}`;
  });
  throw new Error(`${file} is not valid:\n${lines.join('\n')}\nAllowed languages: ${locales.join(', ')}.`);
}
