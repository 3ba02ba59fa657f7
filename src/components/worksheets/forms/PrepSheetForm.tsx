import { localizePath } from '../../../lib/i18n/paths';
import {
  PREP_MAX_TEXT,
  prepSheetCounts,
  prepLimits,
  type PrepSheetData,
  prepSheetModule,
} from '../../../lib/worksheets/prep-sheet';
import type { UiKey } from '../../../lib/i18n';
import { DateField, RepeatingGroup, TextField, hintsFor } from '../fields';
import { IntroSteps } from '../IntroSteps';
import { LastPlanSlot } from './LastPlanSlot';
import { PrepSheetManagerPart } from './prep-sheet/PrepSheetManagerPart';
import { PrepSheetNextSteps } from './prep-sheet/PrepSheetNextSteps';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';
import { replaceAt, withoutIndex } from './list-helpers';

type TextListField = 'topics' | 'wins' | 'puzzles' | 'supportNeeded';

/** The employee's four lists: each a few short texts, with its own labels. */
const textLists: readonly {
  field: TextListField;
  legend: UiKey;
  help: UiKey;
  item: UiKey;
  add: UiKey;
}[] = [
  {
    field: 'topics',
    legend: 'ws.prepSheet.topics',
    help: 'ws.prepSheet.topicsHelp',
    item: 'ws.prepSheet.topicN',
    add: 'ws.prepSheet.addTopic',
  },
  {
    field: 'wins',
    legend: 'ws.prepSheet.wins',
    help: 'ws.prepSheet.winsHelp',
    item: 'ws.prepSheet.winN',
    add: 'ws.prepSheet.addWin',
  },
  {
    field: 'puzzles',
    legend: 'ws.prepSheet.puzzles',
    help: 'ws.prepSheet.puzzlesHelp',
    item: 'ws.prepSheet.puzzleN',
    add: 'ws.prepSheet.addPuzzle',
  },
  {
    field: 'supportNeeded',
    legend: 'ws.prepSheet.supportNeeded',
    help: 'ws.prepSheet.supportNeededHelp',
    item: 'ws.prepSheet.supportN',
    add: 'ws.prepSheet.addSupport',
  },
];

/**
 * The prep sheet: the employee's topics, wins, puzzles and support needed, the manager's
 * metrics and projects, and — once saved — the way on to a PREP plan and a GROW list.
 */
export function PrepSheetForm({
  data,
  onChange,
  hints,
  t,
  locale,
  doc,
  embedded = false,
}: WorksheetFormProps<'prep-sheet'> & {
  /** Inside another page (the question generator): only the sheet's own fields, no sending or next steps. */
  embedded?: boolean;
}) {
  const set = (patch: Partial<PrepSheetData>) => onChange({ ...data, ...patch });
  const setList = (field: TextListField, items: string[]) => {
    const next = { ...data };
    next[field] = items;
    onChange(next);
  };
  const counts = prepSheetCounts(data);
  // The manager's part stays folded for the employee who fills in a new sheet; once it holds
  // something (the manager's own copy) it opens.
  const managerFilled = counts.metrics.filled + counts.projects.filled > 0;

  return (
    <>
      {!embedded && (
        <section className="ws-section" aria-labelledby="prep-send">
          <h2 id="prep-send">{t('ws.prepSheet.sendSection')}</h2>
          <IntroSteps
            text={t('ws.prepSheet.sendIntro', { exportJson: t('ws.common.exportJson') })}
            locale={locale}
          />
          <p className="ws-section__intro">
            {t('ws.prepSheet.managerImport')}{' '}
            <a href={localizePath('/worksheets/', locale)}>{t('ws.prepSheet.openMyWorksheets')}</a>
          </p>
          <DateField
            label={t('ws.prepSheet.meetingDate')}
            help={t('ws.prepSheet.meetingDateHelp')}
            value={data.meetingDate}
            hints={hintsFor(hints, 'meetingDate')}
            onChange={(meetingDate) => set({ meetingDate })}
          />
        </section>
      )}

      {!embedded && (
        <LastPlanSlot person={doc.person} practice={doc.practice !== undefined} t={t} locale={locale} />
      )}

      <section className="ws-section" aria-labelledby="prep-employee">
        <h2 id="prep-employee">{t('ws.prepSheet.employeeSection')}</h2>
        <p className="ws-section__intro">{t('ws.prepSheet.employeeIntro')}</p>
        {textLists.map((list) => {
          const items = data[list.field];
          const max = prepLimits[list.field].max;
          return (
            <RepeatingGroup
              key={list.field}
              legend={t(list.legend)}
              help={t(list.help, { filled: counts[list.field].filled, max })}
              items={items}
              max={max}
              itemLabel={(index) => t(list.item, { n: index + 1 })}
              addLabel={t(list.add)}
              removeLabel={(index) => t('ws.common.removeItem', { n: index + 1, list: t(list.legend) })}
              fullMessage={t('ws.common.full', { max })}
              hints={hintsFor(hints, list.field)}
              emptyItem=""
              onAdd={() => setList(list.field, [...items, ''])}
              onRemove={(index) => setList(list.field, withoutIndex(items, index))}
              renderItem={(value, index) => (
                <div className="prep-sheet__entry">
                  <TextField
                    label={t(list.item, { n: index + 1 })}
                    value={value}
                    maxLength={PREP_MAX_TEXT}
                    multiline
                    showCount
                    hints={hintsFor(hints, `${list.field}.${index}`)}
                    onChange={(next) => setList(list.field, replaceAt(items, index, next))}
                  />
                </div>
              )}
            />
          );
        })}
      </section>

      <PrepSheetManagerPart data={data} set={set} hints={hints} t={t} open={embedded || managerFilled} />

      {!embedded && <PrepSheetNextSteps data={data} doc={doc} t={t} locale={locale} />}
    </>
  );
}

/** The island: the editor frame around the prep sheet. */
export default function PrepSheetWorksheet(props: WorksheetIslandProps) {
  return <WorksheetEditor {...props} module={prepSheetModule} Form={PrepSheetForm} />;
}
