import { observerChecklistModule } from '../../../lib/worksheets/observer-checklist';
import type { ObserverScenarioChoice } from '../../../lib/worksheets/observer-checklist/in-play';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';
import { ChecklistSection } from './observer/ChecklistSection';
import { DebriefSummary } from './observer/DebriefSummary';
import { DebriefSection, NotesSection } from './observer/NotesSections';
import { ScenarioChoicesContext } from './observer/ScenarioChooser';
import { SetupSection } from './observer/SetupSection';

/**
 * The observer checklist: the role-play, ticks and counts while listening, notes, debrief,
 * summary. The parts render from `./observer/`; what they show and what a press changes come
 * from `lib/worksheets/observer-checklist/form-rules`.
 */
export function ObserverChecklistForm({
  data,
  onChange,
  hints,
  t,
  locale,
  doc,
}: WorksheetFormProps<'observer-checklist'>) {
  const parts = { data, onChange, hints, t };
  return (
    <>
      <SetupSection {...parts} />
      <ChecklistSection {...parts} />
      <NotesSection {...parts} />
      <DebriefSection {...parts} />
      <DebriefSummary data={data} t={t} locale={locale} title={doc.title} />
    </>
  );
}

/** The island: the editor frame around the observer checklist, with the page language's scenarios. */
export default function ObserverChecklistWorksheet({
  scenarios = [],
  ...props
}: WorksheetIslandProps & { scenarios?: readonly ObserverScenarioChoice[] }) {
  return (
    <ScenarioChoicesContext.Provider value={scenarios}>
      <WorksheetEditor {...props} module={observerChecklistModule} Form={ObserverChecklistForm} />
    </ScenarioChoicesContext.Provider>
  );
}
