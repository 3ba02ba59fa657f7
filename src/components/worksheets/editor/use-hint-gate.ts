import { useCallback, useMemo, useState } from 'react';
import type { Locale } from '../../../lib/i18n/locales';
import { localDateOf } from '../../../lib/dates';
import type { WorksheetDoc } from '../../../lib/worksheets/document';
import type { WorksheetKind } from '../../../lib/worksheets/kinds';
import { worksheetHints, type WorksheetModules } from '../../../lib/worksheets/registry';
import { changedPaths, isTouched, withLinkedFields } from '../../../lib/worksheets/touched';
import type { FocusedField, HintGate } from '../hint-gate';
import { useOnDemandWriters } from '../use-on-demand-writers';

/**
 * Which coaching hints may speak: those of fields typed in or left during this visit, or that
 * differ from an empty worksheet, so an untouched form stays quiet. Loads the hints (and the
 * Markdown writer) once the user is on a field or the worksheet has content.
 */
export function useHintGate<K extends WorksheetKind>(
  module: WorksheetModules[K],
  doc: WorksheetDoc<K> | undefined,
  locale: Locale,
) {
  const [focused, setFocused] = useState<FocusedField>();
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set());

  const touched = useMemo(() => {
    if (!doc) return visited;
    // Compared with the defaults it was created with (a retro starts dated its first day).
    const filled = changedPaths(module.createDefault(locale, localDateOf(doc.createdAt)), doc.data);
    return withLinkedFields(doc.kind, new Set([...visited, ...filled]));
  }, [doc, locale, visited, module]);
  const writers = useOnDemandWriters(module.kind, locale, focused !== undefined || touched.size > 0, focused);
  const hints = useMemo(
    () => (doc && writers.hintsReady ? worksheetHints({ kind: doc.kind, data: doc.data }, locale) : []),
    [doc, locale, writers.hintsReady],
  );
  const visit = useCallback((paths: readonly string[]) => {
    setVisited((current) =>
      paths.every((path) => current.has(path)) ? current : new Set([...current, ...paths]),
    );
  }, []);
  const gate = useMemo<HintGate>(
    () => ({
      visible: (list) => list.filter((hint) => isTouched(hint.field, touched)),
      leave: (path) => visit([path]),
      focus: (field) =>
        setFocused((current) =>
          current?.label === field.label && current.path === field.path && current.help === field.help
            ? current
            : field,
        ),
    }),
    [touched, visit],
  );
  const focusedHints =
    focused?.path === undefined ? [] : gate.visible(hints.filter((hint) => hint.field === focused.path));
  return { focused, focusedHints, gate, hints, visit, writers };
}
