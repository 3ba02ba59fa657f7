import type { scenarioFrameworks } from '../content/workshop-schema';
import type { GuideModuleId } from '../content/guide-schema';
import type { WorksheetKind } from '../worksheets/kind-ids';
import { worksheetTargetPath } from '../worksheets/href';

export type ScenarioFramework = (typeof scenarioFrameworks)[number];

/** The guide section that teaches each framework a scenario practises (anchors never change). */
export const frameworkGuideSection: Record<ScenarioFramework, { module: GuideModuleId; section: string }> = {
  'smart-ar': { module: 'goals', section: 'smart-ar' },
  prep: { module: 'conversation', section: 'prep' },
  '3e': { module: 'feedback', section: '3e' },
  grow: { module: 'feedback', section: 'grow' },
  best: { module: 'feedback', section: 'best' },
  '5r': { module: 'action', section: '5r' },
  'flash-retro': { module: 'tracking', section: 'flash-retro' },
};

/** A guide section's path without the locale prefix: `/guide/feedback/#best`. */
export function guideSectionPath(module: GuideModuleId, section: string): string {
  return `/guide/${module}/#${section}`;
}

/** A worksheet's path without the locale prefix: `/worksheets/feedback/`. */
export function worksheetPath(kind: WorksheetKind): string {
  return worksheetTargetPath(kind);
}
