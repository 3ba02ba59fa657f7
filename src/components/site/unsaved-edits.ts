/**
 * How a page tells the "update available, reload" prompt that reloading now would lose
 * something: an attribute on `<html>`, so the prompt (a separate, tiny script on every page)
 * needs no link to the worksheet editor's code.
 *
 * - `saving`: edits wait for their save (the autosave runs 300 ms after typing stops, or a
 *   save failed and waits for the user); the prompt reloads once the attribute goes.
 * - `unsavable`: storage is in memory only; a reload would lose everything, so the prompt
 *   asks for an export first.
 */
export type UnsavedEdits = 'none' | 'saving' | 'unsavable';

const ATTRIBUTE = 'data-unsaved-edits';

export function reportUnsavedEdits(state: UnsavedEdits): void {
  if (state === 'none') document.documentElement.removeAttribute(ATTRIBUTE);
  else document.documentElement.setAttribute(ATTRIBUTE, state);
}

export function readUnsavedEdits(): UnsavedEdits {
  const value = document.documentElement.getAttribute(ATTRIBUTE);
  return value === 'saving' || value === 'unsavable' ? value : 'none';
}

/** Calls `listener` each time the state changes; returns a function that stops listening. */
export function onUnsavedEditsChange(listener: (state: UnsavedEdits) => void): () => void {
  const observer = new MutationObserver(() => listener(readUnsavedEdits()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: [ATTRIBUTE] });
  return () => observer.disconnect();
}
