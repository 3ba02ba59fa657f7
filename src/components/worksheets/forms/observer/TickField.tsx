import { useId } from 'react';
import type { ObserverChecklistData } from '../../../../lib/worksheets/observer-checklist';
import type { ObserverItem } from '../../../../lib/worksheets/observer-checklist/form-rules';
import type { IslandTranslate } from '../../../shared/island-strings';

/** A line of the checklist: a checkbox with a short label and, under it, what exactly counts as done. */
export function TickField({
  item,
  t,
  onChange,
}: {
  item: ObserverItem;
  t: IslandTranslate;
  onChange: (data: ObserverChecklistData) => void;
}) {
  const id = useId();
  return (
    <div className="observer-tick">
      <label className="checkbox-field" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={item.checked}
          aria-describedby={`${id}-help`}
          onChange={(event) => onChange(item.tick(event.currentTarget.checked))}
        />
        <span className="observer-tick__label">{t(item.label)}</span>
      </label>
      <p id={`${id}-help`} className="observer-tick__help">
        {t(item.help)}
      </p>
    </div>
  );
}
