import type { Hint } from '../../../../lib/worksheets/hint';
import {
  PREP_MAX_TEXT,
  prepLimits,
  prepSheetCounts,
  type PrepMetric,
  type PrepProject,
  type PrepSheetData,
} from '../../../../lib/worksheets/prep-sheet';
import type { IslandTranslate } from '../../../shared/island-strings';
import { RepeatingGroup, TextField, hintsFor } from '../../fields';
import { replaceAt, withoutIndex } from '../list-helpers';

const emptyMetric: PrepMetric = { name: '', previous: '', current: '', target: '' };
const emptyProject: PrepProject = { name: '', progress: '' };

interface Props {
  data: PrepSheetData;
  set: (patch: Partial<PrepSheetData>) => void;
  hints: readonly Hint[];
  t: IslandTranslate;
  /** Open for the manager's own copy; folded for the employee who fills in a new sheet. */
  open: boolean;
}

/** The manager's part of the prep sheet: metrics and project progress, folded until used. */
export function PrepSheetManagerPart({ data, set, hints, t, open }: Props) {
  const counts = prepSheetCounts(data);
  return (
    <details className="ws-section ws-fold" open={open || undefined}>
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
        removeLabel={(index) => t('ws.common.removeItem', { n: index + 1, list: t('ws.prepSheet.metrics') })}
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
        removeLabel={(index) => t('ws.common.removeItem', { n: index + 1, list: t('ws.prepSheet.projects') })}
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
  );
}
