import { createContext, useContext } from 'react';
import type { Hint } from '../../lib/worksheets/hint';

/** The field the user is in, for the coaching panel beside the form. */
export interface FocusedField {
  label: string;
  help?: string | undefined;
  /** The data path its hints are about, when the form passed them through `hintsFor`. */
  path?: string | undefined;
}

/**
 * What the worksheet frame tells its fields: which hints may speak yet (only about what the
 * user has typed in or left), and where to report focus and leaving. Without a frame (a form
 * embedded elsewhere) every hint speaks and nothing is reported.
 */
export interface HintGate {
  visible: (hints: readonly Hint[]) => readonly Hint[];
  leave: (path: string) => void;
  focus: (field: FocusedField) => void;
}

const open: HintGate = {
  visible: (hints) => hints,
  leave: () => undefined,
  focus: () => undefined,
};

export const HintGateContext = createContext<HintGate>(open);

export function useHintGate(): HintGate {
  return useContext(HintGateContext);
}

/** Hints for one data path, remembering the path so a field can report leaving it. */
export type HintsAt = readonly Hint[] & { readonly path?: string };

export function hintsAt(hints: Hint[], path: string): HintsAt {
  return Object.assign(hints, { path });
}
