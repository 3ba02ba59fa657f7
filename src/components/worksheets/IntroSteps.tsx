import type { Locale } from '../../lib/i18n/locales';
import { splitSentences } from '../../lib/i18n/sentences';

/**
 * A section intro that gives instructions, one sentence a line: quicker to scan than a
 * paragraph, and no single block of text the island renders outgrows the page's
 * server-rendered lead, so a phone's largest paint never waits for React
 * (test/e2e/largest-paint.spec.ts).
 */
export function IntroSteps({ text, locale }: { text: string; locale: Locale }) {
  return (
    <ul className="ws-section__intro ws-intro-steps">
      {splitSentences(locale, text).map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}
