import { growQuestionTotal, type ObserverChecklistData } from '../../../../lib/worksheets/observer-checklist';
import {
  growItems,
  type GrowCounter as Counter,
} from '../../../../lib/worksheets/observer-checklist/form-rules';
import type { IslandTranslate } from '../../../shared/island-strings';
import { TickField } from './TickField';

type Change = (data: ObserverChecklistData) => void;

/** The "+1" counter next to a GROW stage; the visible "+1" is part of the button's name. */
function GrowCounter({
  counter,
  stage,
  t,
  onChange,
}: {
  counter: Counter;
  stage: string;
  t: IslandTranslate;
  onChange: Change;
}) {
  return (
    <div className="observer-counter" role="group" aria-label={t('ws.observer.growCounter', { stage })}>
      <button
        type="button"
        className="button button--small button--quiet"
        disabled={!counter.less}
        onClick={() => counter.less && onChange(counter.less)}
      >
        <span aria-hidden="true">−</span>
        <span className="visually-hidden">{t('ws.observer.growLess', { stage })}</span>
      </button>
      <output className="observer-counter__value">{counter.count}</output>
      <button
        type="button"
        className="button button--small"
        disabled={!counter.more}
        onClick={() => counter.more && onChange(counter.more)}
      >
        +1<span className="visually-hidden"> {t('ws.observer.growMore', { stage })}</span>
      </button>
    </div>
  );
}

/** GROW's lines: each stage's tick beside its counter, then how many questions were heard in all. */
export function GrowLines({
  data,
  t,
  onChange,
}: {
  data: ObserverChecklistData;
  t: IslandTranslate;
  onChange: Change;
}) {
  return (
    <>
      {growItems(data).map((item) => (
        <div key={item.key} className="observer-grow">
          <TickField item={item} t={t} onChange={onChange} />
          <GrowCounter
            counter={item.counter}
            stage={t(`ws.observer.growStage.${item.key}`)}
            t={t}
            onChange={onChange}
          />
        </div>
      ))}
      <p className="observer-grow__total">{t('ws.observer.growTotal', { count: growQuestionTotal(data) })}</p>
    </>
  );
}
