import { useId, type ReactNode } from 'react';
import type { Hint } from '../../../../lib/worksheets/hint';
import type { SectionScore } from '../../../../lib/worksheets/observer-checklist';
import type { IslandTranslate } from '../../../shared/island-strings';
import { HintList } from '../../fields';

/** One part of the checklist: a fieldset whose legend carries its own count ("3/5"). */
export function TickGroup(props: {
  legend: string;
  help: string;
  score: SectionScore;
  hints: readonly Hint[];
  t: IslandTranslate;
  children: ReactNode;
}) {
  const id = useId();
  const { score, t } = props;
  return (
    <fieldset
      className="observer-group"
      aria-describedby={props.hints.length > 0 ? `${id}-help ${id}-hints` : `${id}-help`}
    >
      <legend className="field__label">
        {props.legend}{' '}
        <span className="observer-group__count">
          {t('ws.observer.sectionCount', { done: score.done, total: score.total })}
        </span>
      </legend>
      <p id={`${id}-help`} className="field__help">
        {props.help}
      </p>
      <div className="observer-group__items">{props.children}</div>
      <HintList id={`${id}-hints`} hints={props.hints} />
    </fieldset>
  );
}
