import { sectionText } from '../../i18n/sections';
import { sentenceRules, type Locale } from '../../i18n/locales';
import { MAX_LONG } from '../fields';
import { filled } from '../hint';
// Schemas, not the kinds' modules: a flow needs the other kind's shape, not its hints and
// Markdown. One flow per file, so a page bundles only the flows it uses (and their schemas).
import { createDefaultPrepPlanner, type PrepPlannerData } from '../prep-planner/schema';
import type { PrepSheetData } from '../prep-sheet';

/** From a prep sheet to the PREP plan of the conversation. Pure: the caller loads and saves. */

/**
 * A PREP plan started from a prep sheet: Point from the employee's topics, Reason from the
 * manager's metrics, Example from the projects (the conversation picks one or two), Plan
 * left for the conversation itself.
 */
export function planFromPrepSheet(
  prep: PrepSheetData,
  locale: Locale,
  sourcePrepSheetId?: string,
): PrepPlannerData {
  const t = sectionText(locale, 'plan-from-prep-sheet');
  const lines = (items: readonly string[]) =>
    items
      .filter((item) => item !== '')
      .join('\n')
      .slice(0, MAX_LONG);
  const metricLine = (metric: PrepSheetData['metrics'][number]) => {
    const trend = [
      filled(metric.previous) ? `${t('flow.planFromPrepSheet.previous')} ${metric.previous.trim()}` : '',
      filled(metric.current) ? `${t('flow.planFromPrepSheet.current')} ${metric.current.trim()}` : '',
    ].filter((part) => part !== '');
    const parts = [
      trend.join(' → '),
      filled(metric.target) ? `${t('flow.planFromPrepSheet.target')} ${metric.target.trim()}` : '',
    ].filter((part) => part !== '');
    return parts.length === 0
      ? metric.name.trim()
      : `${metric.name.trim()}${sentenceRules(locale).colon}${parts.join(sentenceRules(locale).listSeparator)}`;
  };
  const plan = createDefaultPrepPlanner(locale);
  return {
    ...plan,
    point: lines(prep.topics.map((topic) => topic.trim())),
    reason: lines(prep.metrics.filter((metric) => filled(metric.name)).map(metricLine)),
    example: lines(
      prep.projects
        .filter((project) => filled(project.name))
        .map((project) =>
          filled(project.progress)
            ? `${project.name.trim()}${sentenceRules(locale).colon}${project.progress.trim()}`
            : project.name.trim(),
        ),
    ),
    ...(sourcePrepSheetId === undefined ? {} : { sourcePrepSheetId }),
  };
}
