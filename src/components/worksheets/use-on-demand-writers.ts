import { useCallback, useEffect, useState } from 'react';
import type { FocusedField } from './hint-gate';
import type { WorksheetKind } from '../../lib/worksheets/kinds';
import {
  areWorksheetHintsLoaded,
  isWorksheetMarkdownLoaded,
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
  wantsHints: boolean,
  focused: FocusedField | undefined,
) {
  const [hintsReady, setHintsReady] = useState(() => areWorksheetHintsLoaded(kind));
  const [markdownReady, setMarkdownReady] = useState(() => isWorksheetMarkdownLoaded(kind));

  const loadMarkdown = useCallback(
    () =>
      loadWorksheetMarkdown([kind]).then(
        () => {
          setMarkdownReady(true);
          return true;
        },
        () => false,
      ),
    [kind],
  );
  const requestMarkdown = useCallback(() => void loadMarkdown(), [loadMarkdown]);

  useEffect(() => {
    if (!wantsHints || hintsReady) return;
    loadWorksheetHints([kind]).then(
      () => setHintsReady(true),
      () => undefined,
    );
    requestMarkdown();
  }, [wantsHints, hintsReady, focused, kind, requestMarkdown]);

  return { hintsReady, markdownReady, loadMarkdown, requestMarkdown };
}
