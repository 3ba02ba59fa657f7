import { MAX_LONG, MAX_TEXT } from '../../../../lib/worksheets/fields';
import { withText } from '../../../../lib/worksheets/observer-checklist/form-rules';
import { TextField, hintsFor } from '../../fields';
import type { ObserverPartProps } from './part-props';

/** "Notes": words heard as said, and the moments worth discussing. */
export function NotesSection({ data, onChange, t }: ObserverPartProps) {
  return (
    <section className="ws-section observer-screen-only" aria-labelledby="observer-notes">
      <h2 id="observer-notes">{t('ws.observer.notesSection')}</h2>
      <p className="ws-section__intro">{t('ws.observer.notesIntro')}</p>
      <TextField
        label={t('ws.observer.quotes')}
        help={t('ws.observer.quotesHelp')}
        value={data.quotes}
        maxLength={MAX_LONG}
        multiline
        onChange={(quotes) => onChange(withText(data, 'quotes', quotes))}
      />
      <TextField
        label={t('ws.observer.moments')}
        help={t('ws.observer.momentsHelp')}
        value={data.moments}
        maxLength={MAX_LONG}
        multiline
        onChange={(moments) => onChange(withText(data, 'moments', moments))}
      />
    </section>
  );
}

/** "Debrief": what went well, and the one thing to try next time. */
export function DebriefSection({ data, onChange, hints, t }: ObserverPartProps) {
  return (
    <section className="ws-section observer-screen-only" aria-labelledby="observer-debrief">
      <h2 id="observer-debrief">{t('ws.observer.debriefSection')}</h2>
      <p className="ws-section__intro">{t('ws.observer.debriefIntro')}</p>
      <TextField
        label={t('ws.observer.wentWell')}
        help={t('ws.observer.wentWellHelp')}
        value={data.wentWell}
        maxLength={MAX_TEXT}
        multiline
        hints={hintsFor(hints, 'wentWell')}
        onChange={(wentWell) => onChange(withText(data, 'wentWell', wentWell))}
      />
      <TextField
        label={t('ws.observer.tryNext')}
        help={t('ws.observer.tryNextHelp')}
        value={data.tryNext}
        maxLength={MAX_TEXT}
        multiline
        hints={hintsFor(hints, 'tryNext')}
        onChange={(tryNext) => onChange(withText(data, 'tryNext', tryNext))}
      />
    </section>
  );
}
