import { useId, useState } from 'react';
import { titleFromSource } from '../../../lib/worksheets/derived-title';
import { MAX_LONG, MAX_SHORT } from '../../../lib/worksheets/fields';
import { planFromPrepSheet } from '../../../lib/worksheets/flows/plan-from-prep-sheet';
import type { Hint } from '../../../lib/worksheets/hint';
import { filled } from '../../../lib/worksheets/hint';
import {
  agendaLimits,
  agendaTotal,
  type AgendaBlock,
  type PrepPlannerData,
  prepPlannerModule,
} from '../../../lib/worksheets/prep-planner';
import { HintList, RepeatingGroup, TextField, hintsFor } from '../fields';
import type { PrefillSource } from '../use-worksheet';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';
import { replaceAt, withoutIndex } from './list-helpers';
import { LastPlanSlot } from './LastPlanSlot';
import { PrepSheetChooser } from './PrepSheetChooser';
import { loadPrepSheetFrom, useMissingSource } from './prep-source';
import { worksheetHref } from '../../../lib/worksheets/href';

type PrepStep = 'point' | 'reason' | 'example' | 'plan';

const emptyBlock: AgendaBlock = { label: '', minutes: 5 };

/** A whole number of minutes in the agenda's range; anything else becomes the nearest valid value. */
function toMinutes(value: string): number {
  const number = Math.round(Number(value));
  if (!Number.isFinite(number)) return 0;
  return Math.min(agendaLimits.blockMinutes, Math.max(0, number));
}

interface MinutesFieldProps {
  label: string;
  value: number;
  hints: readonly Hint[];
  onChange: (minutes: number) => void;
}

/** A labelled number input for one agenda part's minutes. */
function MinutesField({ label, value, hints, onChange }: MinutesFieldProps) {
  const id = useId();
  const hintsId = `${id}-hints`;
  return (
    <div className="field prep-planner__minutes">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={agendaLimits.blockMinutes}
        step={1}
        value={String(value)}
        aria-describedby={hints.length > 0 ? hintsId : undefined}
        onChange={(event) => onChange(toMinutes(event.currentTarget.value))}
      />
      <HintList id={hintsId} hints={hints} />
    </div>
  );
}

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
  const total = agendaTotal(data.agenda);
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

      <section className="ws-section" aria-labelledby="prep-planner-agenda">
        <h2 id="prep-planner-agenda">{t('ws.prepPlanner.agendaSection')}</h2>
        <p className="ws-section__intro">{t('ws.prepPlanner.agendaIntro')}</p>
        <RepeatingGroup
          legend={t('ws.prepPlanner.agenda')}
          items={data.agenda}
          max={agendaLimits.blocks}
          itemLabel={(index) => t('ws.prepPlanner.blockN', { n: index + 1 })}
          addLabel={t('ws.prepPlanner.addBlock')}
          removeLabel={(index) =>
            t('ws.common.removeItem', { n: index + 1, list: t('ws.prepPlanner.agenda') })
          }
          fullMessage={t('ws.common.full', { max: agendaLimits.blocks })}
          onAdd={() => set({ agenda: [...data.agenda, emptyBlock] })}
          onRemove={(index) => set({ agenda: withoutIndex(data.agenda, index) })}
          renderItem={(block, index) => {
            const patch = (change: Partial<AgendaBlock>) =>
              set({ agenda: replaceAt(data.agenda, index, { ...block, ...change }) });
            return (
              <div className="prep-planner__block">
                <TextField
                  label={t('ws.prepPlanner.blockLabel')}
                  value={block.label}
                  maxLength={MAX_SHORT}
                  onChange={(label) => patch({ label })}
                />
                <MinutesField
                  label={t('ws.prepPlanner.minutes')}
                  value={block.minutes}
                  hints={hintsFor(hints, `agenda.${index}.minutes`)}
                  onChange={(minutes) => patch({ minutes })}
                />
              </div>
            );
          }}
        />
        <p
          className={`prep-planner__total${total < agendaLimits.minMinutes || total > agendaLimits.maxMinutes ? ' prep-planner__total--off' : ''}`}
          role="status"
        >
          {t('ws.prepPlanner.total', { total, min: agendaLimits.minMinutes, max: agendaLimits.maxMinutes })}
        </p>
        <HintList id="prep-planner-agenda-hints" hints={hintsFor(hints, 'agenda')} />
      </section>
    </>
  );
}

/** Builds a new plan from the prep sheet named by `?from=<id>`: Point from its topics, Reason from its metrics. */
const prefillFromPrepSheet: PrefillSource<'prep-planner'> = async (params, locale) => {
  const sheet = await loadPrepSheetFrom(params);
  if (!sheet) return undefined;
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
