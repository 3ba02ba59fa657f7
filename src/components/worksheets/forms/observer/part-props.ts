import type { Hint } from '../../../../lib/worksheets/hint';
import type { ObserverChecklistData } from '../../../../lib/worksheets/observer-checklist';
import type { IslandTranslate } from '../../../shared/island-strings';

/** What each part of the observer checklist form receives from the form. */
export interface ObserverPartProps {
  data: ObserverChecklistData;
  onChange: (data: ObserverChecklistData) => void;
  hints: readonly Hint[];
  t: IslandTranslate;
}
