import { localizePath } from '../../../lib/i18n/paths';
import {
  PREP_MAX_TEXT,
  prepSheetCounts,
  prepSheetForGenerator,
  prepLimits,
  type PrepMetric,
  type PrepProject,
  type PrepSheetData,
  prepSheetModule,
} from '../../../lib/worksheets/prep-sheet';
import type { UiKey } from '../../../lib/i18n';
import { DateField, RepeatingGroup, TextField, hintsFor } from '../fields';
import { IntroSteps } from '../IntroSteps';
import { LastPlanSlot } from './LastPlanSlot';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';
import { replaceAt, withoutIndex } from './list-helpers';
import { worksheetHref } from '../../../lib/worksheets/href';

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

const emptyMetric: PrepMetric = { name: '', previous: '', current: '', target: '' };
const emptyProject: PrepProject = { name: '', progress: '' };

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
  const saved = doc.revision > 0;
  const canGenerate = prepSheetForGenerator(data).type === 'success';
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

      <details className="ws-section ws-fold" open={embedded || managerFilled || undefined}>
        <summary>
          <span className="ws-fold__title">{t('ws.prepSheet.managerFold')}</span>
          <span className="ws-fold__note">{t('ws.prepSheet.managerFoldNote')}</span>
        </summary>
        <p className="ws-section__intro">{t('ws.prepSheet.managerIntro')}</p>
        <RepeatingGroup
          legend={t('ws.prepSheet.metrics')}
          help={t('ws.prepSheet.metricsHelp', { filled: counts.metrics.filled, max: prepLimits.metrics.max })}
          items={data.metrics}
          max={prepLimits.metrics.max}
          itemLabel={(index) => t('ws.prepSheet.metricN', { n: index + 1 })}
          addLabel={t('ws.prepSheet.addMetric')}
          removeLabel={(index) =>
            t('ws.common.removeItem', { n: index + 1, list: t('ws.prepSheet.metrics') })
          }
          fullMessage={t('ws.common.full', { max: prepLimits.metrics.max })}
          emptyItem={emptyMetric}
          onAdd={() => set({ metrics: [...data.metrics, emptyMetric] })}
          onRemove={(index) => set({ metrics: withoutIndex(data.metrics, index) })}
          renderItem={(metric, index) => {
            const patch = (change: Partial<PrepMetric>) =>
              set({ metrics: replaceAt(data.metrics, index, { ...metric, ...change }) });
            return (
              <div className="prep-sheet__metric">
                <TextField
                  label={t('ws.prepSheet.metricName')}
                  value={metric.name}
                  maxLength={PREP_MAX_TEXT}
                  hints={hintsFor(hints, `metrics.${index}.name`)}
                  onChange={(name) => patch({ name })}
                />
                <TextField
                  label={t('ws.prepSheet.previous')}
                  value={metric.previous}
                  maxLength={PREP_MAX_TEXT}
                  onChange={(previous) => patch({ previous })}
                />
                <TextField
                  label={t('ws.prepSheet.current')}
                  value={metric.current}
                  maxLength={PREP_MAX_TEXT}
                  hints={hintsFor(hints, `metrics.${index}.current`)}
                  onChange={(current) => patch({ current })}
                />
                <TextField
                  label={t('ws.prepSheet.target')}
                  value={metric.target}
                  maxLength={PREP_MAX_TEXT}
                  onChange={(target) => patch({ target })}
                />
              </div>
            );
          }}
        />
        <RepeatingGroup
          legend={t('ws.prepSheet.projects')}
          help={t('ws.prepSheet.projectsHelp', {
            filled: counts.projects.filled,
            max: prepLimits.projects.max,
          })}
          items={data.projects}
          max={prepLimits.projects.max}
          itemLabel={(index) => t('ws.prepSheet.projectN', { n: index + 1 })}
          addLabel={t('ws.prepSheet.addProject')}
          removeLabel={(index) =>
            t('ws.common.removeItem', { n: index + 1, list: t('ws.prepSheet.projects') })
          }
          fullMessage={t('ws.common.full', { max: prepLimits.projects.max })}
          emptyItem={emptyProject}
          onAdd={() => set({ projects: [...data.projects, emptyProject] })}
          onRemove={(index) => set({ projects: withoutIndex(data.projects, index) })}
          renderItem={(project, index) => {
            const patch = (change: Partial<PrepProject>) =>
              set({ projects: replaceAt(data.projects, index, { ...project, ...change }) });
            return (
              <div className="field-row">
                <TextField
                  label={t('ws.prepSheet.projectName')}
                  value={project.name}
                  maxLength={PREP_MAX_TEXT}
                  hints={hintsFor(hints, `projects.${index}.name`)}
                  onChange={(name) => patch({ name })}
                />
                <TextField
                  label={t('ws.prepSheet.progress')}
                  value={project.progress}
                  maxLength={PREP_MAX_TEXT}
                  onChange={(progress) => patch({ progress })}
                />
              </div>
            );
          }}
        />
      </details>

      {!embedded && (
        <section className="ws-section" aria-labelledby="prep-next">
          <h2 id="prep-next">{t('ws.prepSheet.nextSection')}</h2>
          <p className="ws-section__intro">{t('ws.prepSheet.nextIntro')}</p>
          {saved ? (
            <>
              <p className="actions">
                <a
                  className="button button--small"
                  href={worksheetHref('prep-planner', locale, { from: doc.id })}
                >
                  {t('ws.prepSheet.toPlanner')}
                </a>
                {canGenerate && (
                  <a
                    className="button button--small button--quiet"
                    href={worksheetHref('grow-questions', locale, { from: doc.id })}
                  >
                    {t('ws.prepSheet.toGrow')}
                  </a>
                )}
                {canGenerate && (
                  <a
                    className="button button--small button--quiet"
                    href={worksheetHref('questions', locale, { from: doc.id })}
                  >
                    {t('ws.prepSheet.toQuestions')}
                  </a>
                )}
              </p>
              {!canGenerate && <p className="field__help">{t('ws.prepSheet.growNeedsTopic')}</p>}
            </>
          ) : (
            <p className="field__help">{t('ws.prepSheet.notSavedYet')}</p>
          )}
        </section>
      )}
    </>
  );
}

/** The island: the editor frame around the prep sheet. */
export default function PrepSheetWorksheet(props: WorksheetIslandProps) {
  return <WorksheetEditor {...props} module={prepSheetModule} Form={PrepSheetForm} />;
}
