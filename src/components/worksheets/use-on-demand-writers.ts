import { useCallback, useEffect, useState } from 'react';
import type { FocusedField } from './hint-gate';
import type { WorksheetKind } from '../../lib/worksheets/kinds';
import type { Locale } from '../../lib/i18n/locales';
import {
  areWorksheetHintsLoaded,
  loadWorksheetHints,
  loadWorksheetMarkdown,
} from '../../lib/worksheets/registry';

/**
 * A worksheet's coaching hints and Markdown writer, loaded when first needed rather than with
 * the page (together about 3–6 KB gzip per kind, most of a page's own budget). Hints load once
 * `wantsHints` turns true; the Markdown writer loads with them, when the preview asks
 * (`requestMarkdown`), or before a copy or export (`loadMarkdown`, which says whether it
 * worked). Hints are advice: if their code cannot load the form works on without them, and
 * moving to another field (`focused`) tries again.
 */
export function useOnDemandWriters(
  kind: WorksheetKind,
  locale: Locale,
  wantsHints: boolean,
  focused: FocusedField | undefined,
) {
  const [hintsReady, setHintsReady] = useState(() => areWorksheetHintsLoaded(kind, locale));
  // The preview's "not filled in" marker comes with the writers (the same chunk), not with the page.
  const [emptyMarker, setEmptyMarker] = useState<string>();
  const markdownReady = emptyMarker !== undefined;

  const loadMarkdown = useCallback(
    () =>
      Promise.all([loadWorksheetMarkdown([kind], locale), import('../../lib/worksheets/markdown')]).then(
        ([, { commonMarkdownText }]) => {
          setEmptyMarker(commonMarkdownText(locale).empty);
          return true;
        },
        () => false,
      ),
    [kind, locale],
  );
  const requestMarkdown = useCallback(() => void loadMarkdown(), [loadMarkdown]);

  useEffect(() => {
    if (!wantsHints || hintsReady) return;
    loadWorksheetHints([kind], locale).then(
      () => setHintsReady(true),
      () => undefined,
    );
    requestMarkdown();
  }, [wantsHints, hintsReady, focused, kind, locale, requestMarkdown]);

  return { hintsReady, markdownReady, emptyMarker: emptyMarker ?? '', loadMarkdown, requestMarkdown };
}
