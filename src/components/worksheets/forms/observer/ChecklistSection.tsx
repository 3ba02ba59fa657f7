import { observerScore } from '../../../../lib/worksheets/observer-checklist';
import { checklistGroups } from '../../../../lib/worksheets/observer-checklist/form-rules';
import { hintsUnder } from '../../fields';
import { GrowLines } from './GrowLines';
import type { ObserverPartProps } from './part-props';
import { TickField } from './TickField';
import { TickGroup } from './TickGroup';

/** "Tick as you listen": the running score, then one group of ticks per part in play. */
export function ChecklistSection({ data, onChange, hints, t }: ObserverPartProps) {
  const score = observerScore(data);
  return (
    <section className="ws-section observer-screen-only" aria-labelledby="observer-ticks">
      <h2 id="observer-ticks">{t('ws.observer.checklistSection')}</h2>
      <p className="ws-section__intro">{t('ws.observer.checklistIntro')}</p>
      <p className="observer-score" role="status">
        {t('ws.observer.score', { done: score.done, total: score.total })}
      </p>
      {checklistGroups(data).map((group) => (
        <TickGroup
          key={group.section}
          legend={t(group.legend)}
          help={t(group.help)}
          score={group.score}
          hints={group.hintPaths.flatMap((path) => hintsUnder(hints, path))}
          t={t}
        >
          {group.section === 'grow' ? (
            <GrowLines data={data} t={t} onChange={onChange} />
          ) : (
            group.items.map((item) => <TickField key={item.key} item={item} t={t} onChange={onChange} />)
          )}
        </TickGroup>
      ))}
    </section>
  );
}
