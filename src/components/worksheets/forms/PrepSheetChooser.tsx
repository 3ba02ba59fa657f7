import { useEffect, useRef, useState, type MouseEvent } from 'react';
import type { Locale } from '../../../lib/i18n/locales';
import { localizePath } from '../../../lib/i18n/paths';
import { displayTitle, type WorksheetSummary } from '../../../lib/worksheets/document';
import { localDateOf } from '../../../lib/dates';
import { loadWorksheetStore } from '../../../storage/load';
import { worksheetHref, type WorksheetTarget } from '../../../lib/worksheets/href';
import { IntroSteps } from '../IntroSteps';
import { listSavedPrepSheets } from './prep-source';

/** The chooser's words; each worksheet passes its own, from its own dictionary part. */
export interface PrepSheetChooserText {
  heading: string;
  intro: string;
  /** The button that lists the saved prep sheets (reading storage only then). */
  show: string;
  loading: string;
  none: string;
  /** A link to a new prep sheet, shown when there is none. */
  createSheet: string;
  startFrom: (title: string) => string;
  meetingOn: (date: string) => string;
  updatedOn: (date: string) => string;
  /** Asked before leaving a worksheet that already has content for one built from `title`. */
  confirm: (title: string) => string;
  confirmYes: string;
  confirmNo: string;
  failed: string;
}

interface Choice {
  summary: WorksheetSummary;
  meetingDate: string;
}

type ChoicesState =
  { type: 'idle' } | { type: 'loading' } | { type: 'ready'; choices: Choice[] } | { type: 'failed' };

export interface PrepSheetChooserProps {
  id: string;
  locale: Locale;
  text: PrepSheetChooserText;
  /** The worksheet to open with `?from=<prep sheet id>`, e.g. `prep-planner`. */
  target: WorksheetTarget;
  /** Whether the current worksheet already holds something the user wrote. */
  hasContent: boolean;
}

/**
 * "Start from a prep sheet": the saved prep sheets, each with a link that opens a new
 * worksheet built from it (`?from=<id>`). They are listed when the user asks: opening a blank
 * worksheet reads no storage, so the page does not load the IndexedDB code before it is
 * needed. Nothing on screen is overwritten: when the current worksheet already has content,
 * the user is asked first, and it stays saved either way.
 */
export function PrepSheetChooser({ id, locale, text, target, hasContent }: PrepSheetChooserProps) {
  const [state, setState] = useState<ChoicesState>({ type: 'idle' });
  const [pending, setPending] = useState<Choice>();
  const listed = useRef<HTMLDivElement>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const list = async () => {
    setState({ type: 'loading' });
    try {
      const summaries = await listSavedPrepSheets();
      const store = await loadWorksheetStore();
      const choices = await Promise.all(
        summaries.map(async (summary): Promise<Choice> => {
          const loaded = await store.load(summary.id);
          const meetingDate =
            loaded.type === 'success' && loaded.doc.kind === 'prep-sheet' ? loaded.doc.data.meetingDate : '';
          return { summary, meetingDate };
        }),
      );
      if (mounted.current) setState({ type: 'ready', choices });
    } catch {
      if (mounted.current) setState({ type: 'failed' });
    }
  };

  // The button the user pressed is gone once the list is there: focus goes to what replaced it.
  useEffect(() => {
    if (state.type === 'ready') listed.current?.focus();
  }, [state.type]);

  const hrefFor = (choice: Choice) => worksheetHref(target, locale, { from: choice.summary.id });
  const onChoose = (event: MouseEvent<HTMLAnchorElement>, choice: Choice) => {
    if (!hasContent) return;
    event.preventDefault();
    setPending(choice);
  };

  return (
    <section className="ws-section prep-chooser" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.heading}</h2>
      <IntroSteps text={text.intro} locale={locale} />
      {state.type === 'failed' && (
        <p className="banner banner--error" role="alert">
          {text.failed}
        </p>
      )}
      {state.type !== 'ready' && (
        // After a failure the button stays, so the user can try again.
        <button
          type="button"
          className="button button--small button--quiet"
          disabled={state.type === 'loading'}
          onClick={() => void list()}
        >
          {state.type === 'loading' ? text.loading : text.show}
        </button>
      )}
      {state.type === 'ready' && (
        <div ref={listed} tabIndex={-1} className="prep-chooser__list">
          {state.choices.length === 0 ? (
            <p>
              {text.none} <a href={localizePath('/worksheets/prep-sheet/', locale)}>{text.createSheet}</a>
            </p>
          ) : (
            <ul className="ws-list">
              {state.choices.map((choice) => {
                const title = displayTitle(choice.summary, locale);
                return (
                  <li key={choice.summary.id} className="ws-list__item">
                    <span className="ws-list__title">
                      {title}
                      {choice.summary.person && <span className="tag">{choice.summary.person}</span>}
                    </span>
                    <span className="ws-list__meta">
                      {choice.meetingDate !== ''
                        ? text.meetingOn(choice.meetingDate)
                        : text.updatedOn(localDateOf(choice.summary.updatedAt))}
                    </span>
                    <a
                      className="button button--small button--quiet"
                      href={hrefFor(choice)}
                      onClick={(event) => onChoose(event, choice)}
                    >
                      {text.startFrom(title)}
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
      {pending && (
        <div className="banner banner--warning" role="alert">
          <p>{text.confirm(displayTitle(pending.summary, locale))}</p>
          <div className="banner__actions">
            <a className="button button--small" href={hrefFor(pending)}>
              {text.confirmYes}
            </a>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => setPending(undefined)}
            >
              {text.confirmNo}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
