import { useState } from 'react';
import { loadSections } from '../../../lib/i18n/sections';
import { titleFromSource } from '../../../lib/worksheets/derived-title';
import { MAX_LONG } from '../../../lib/worksheets/fields';
import { planFromPrepSheet } from '../../../lib/worksheets/flows/plan-from-prep-sheet';
import { filled } from '../../../lib/worksheets/hint';
import { type PrepPlannerData, prepPlannerModule } from '../../../lib/worksheets/prep-planner';
import { TextField, hintsFor } from '../fields';
import { AgendaSection } from './prep-planner/AgendaSection';
import type { PrefillSource } from '../use-worksheet';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';
import { LastPlanSlot } from './LastPlanSlot';
import { PrepSheetChooser } from './PrepSheetChooser';
import { loadPrepSheetFrom, useMissingSource } from './prep-source';
import { worksheetHref } from '../../../lib/worksheets/href';

type PrepStep = 'point' | 'reason' | 'example' | 'plan';

/** PREP planner: Point, Reason, Example, Plan and a timed agenda, optionally started from a prep sheet. */
export function PrepPlannerForm({
  data,
  onChange,
  hints,
  t,
  locale,
  doc,
}: WorksheetFormProps<'prep-planner'>) {
  const set = (patch: Partial<PrepPlannerData>) => onChange({ ...data, ...patch });
  const setStep = (field: PrepStep, value: string) => {
    const next = { ...data };
    next[field] = value;
    onChange(next);
  };
  // The chooser belongs to a planner opened blank; it stays while the page is open, even after typing.
  const [openedBlank] = useState(doc.revision === 0 && data.sourcePrepSheetId === undefined);
  const sourceMissing = useMissingSource(doc, data.sourcePrepSheetId);
  const hasContent = [data.point, data.reason, data.example, data.plan].some(filled);

  const steps = [
    { field: 'point', label: t('ws.prepPlanner.point'), help: t('ws.prepPlanner.pointHelp') },
    { field: 'reason', label: t('ws.prepPlanner.reason'), help: t('ws.prepPlanner.reasonHelp') },
    { field: 'example', label: t('ws.prepPlanner.example'), help: t('ws.prepPlanner.exampleHelp') },
    { field: 'plan', label: t('ws.prepPlanner.plan'), help: t('ws.prepPlanner.planHelp') },
  ] as const;

  return (
    <>
      {sourceMissing && (
        <div className="banner banner--warning" role="alert">
          <p>{t('ws.prepPlanner.fromMissing')}</p>
        </div>
      )}
      {openedBlank && (
        <PrepSheetChooser
          id="prep-planner-chooser"
          locale={locale}
          target="prep-planner"
          hasContent={hasContent}
          text={{
            heading: t('ws.prepPlanner.chooserHeading'),
            intro: t('ws.prepPlanner.chooserIntro'),
            show: t('ws.prepPlanner.chooserShow'),
            loading: t('ws.prepPlanner.chooserLoading'),
            none: t('ws.prepPlanner.chooserNone'),
            createSheet: t('ws.prepPlanner.chooserCreate'),
            failed: t('ws.prepPlanner.chooserFailed'),
            startFrom: (title) => t('ws.prepPlanner.startFrom', { title }),
            meetingOn: (date) => t('ws.prepPlanner.meetingOn', { date }),
            updatedOn: (date) => t('ws.prepPlanner.updatedOn', { date }),
            confirm: (title) => t('ws.prepPlanner.confirm', { title }),
            confirmYes: t('ws.prepPlanner.confirmYes'),
            confirmNo: t('ws.prepPlanner.confirmNo'),
          }}
        />
      )}

      <LastPlanSlot person={doc.person} practice={doc.practice !== undefined} t={t} locale={locale} />
      <section className="ws-section" aria-labelledby="prep-planner-steps">
        <h2 id="prep-planner-steps">{t('ws.prepPlanner.prepSection')}</h2>
        <p className="ws-section__intro">{t('ws.prepPlanner.prepIntro')}</p>
        {data.sourcePrepSheetId !== undefined && (
          <p className="field__help">
            {t('ws.prepPlanner.fromSheet')}{' '}
            <a href={worksheetHref('prep-sheet', locale, { id: data.sourcePrepSheetId })}>
              {t('ws.prepPlanner.openSheet')}
            </a>
          </p>
        )}
        {steps.map((step) => (
          <TextField
            key={step.field}
            label={step.label}
            help={step.help}
            value={data[step.field]}
            maxLength={MAX_LONG}
            multiline
            hints={hintsFor(hints, step.field)}
            onChange={(value) => setStep(step.field, value)}
          />
        ))}
      </section>

      <AgendaSection data={data} set={set} hints={hints} t={t} />
    </>
  );
}

/** Builds a new plan from the prep sheet named by `?from=<id>`: Point from its topics, Reason from its metrics. */
const prefillFromPrepSheet: PrefillSource<'prep-planner'> = async (params, locale) => {
  const sheet = await loadPrepSheetFrom(params);
  if (!sheet) return undefined;
  // The flow's words load only for a plan that starts from a sheet.
  await loadSections(locale, ['plan-from-prep-sheet']);
  return {
    data: planFromPrepSheet(sheet.data, locale, sheet.id),
    title: titleFromSource('prep-planner', sheet, locale),
    ...(sheet.person ? { person: sheet.person } : {}),
  };
};

/** The island: the editor frame around the PREP planner. */
export default function PrepPlannerWorksheet(props: WorksheetIslandProps) {
  return (
    <WorksheetEditor
      {...props}
      module={prepPlannerModule}
      Form={PrepPlannerForm}
      prefill={prefillFromPrepSheet}
    />
  );
}
