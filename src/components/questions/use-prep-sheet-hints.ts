import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { isSectionLoaded, loadSections } from '../../lib/i18n/sections';
import type { PrepSheetData } from '../../lib/worksheets/prep-sheet';
import { prepSheetHints } from '../../lib/worksheets/prep-sheet/hints';

/** The embedded prep sheet's hints; their words (this page's language only) load after the first paint. */
export function usePrepSheetHints(data: PrepSheetData, locale: Locale) {
  const [hintWords, setHintWords] = useState(() => isSectionLoaded(locale, 'prep-sheet-hints'));
  useEffect(() => {
    if (!hintWords)
      loadSections(locale, ['prep-sheet-hints']).then(
        () => setHintWords(true),
        () => undefined,
      );
  }, [hintWords, locale]);
  return useMemo(() => (hintWords ? prepSheetHints(data, locale) : []), [hintWords, data, locale]);
}
