import type { GuideModuleId } from '../content/guide-schema';
import type { Locale } from '../i18n/locales';
import type { WorksheetKind } from './kind-ids';

/**
 * The manifest of worksheet kinds: for each kind, how to load its module, the dictionary
 * prefix of its form's labels, the guide sections that teach it, and its name (its one-line
 * description is in the dictionary: `kindDescriptionKey`). The registry loads modules
 * through `load`; pages, lists and handouts read the rest. Adding a kind starts here
 * (README, "Adding a worksheet kind").
 */
export { isWorksheetKind, worksheetKinds, type WorksheetKind } from './kind-ids';

/** A section of the guide: `/guide/<module>/#<section>` (anchors are the same in both languages). */
export interface GuideLink {
  module: GuideModuleId;
  section: string;
}

export interface WorksheetKindInfo {
  /** Loads the kind's module (its own chunk): schema, defaults, hints, Markdown, migrations. */
  load: () => Promise<unknown>;
  /** The prefix of the form's labels in the UI dictionaries; the page hands these to its island. */
  strings: string;
  /** The guide section that teaches what this worksheet carries. */
  guide: GuideLink;
  /** Further sections worth linking from the worksheet page. */
  moreGuides: readonly GuideLink[];
  /** The worksheet's name, as shown in menus, lists and exports (read synchronously in the browser). */
  name: Record<Locale, string>;
}

/** The dictionary key of the line that says what a kind is for (pages print it at build time). */
export function kindDescriptionKey<K extends WorksheetKind>(kind: K): `kind.description.${K}` {
  return `kind.description.${kind}`;
}

/** Every kind's entry, in menu order. */
export const worksheetKindInfo = {
  'smart-ar': {
    load: () => import('./smart-ar').then((kind) => kind.smartArModule),
    strings: 'ws.smartAr.',
    guide: { module: 'goals', section: 'smart-ar' },
    moreGuides: [],
    name: { 'zh-CN': 'SMART-AR 目标构建器', en: 'SMART-AR goal builder' },
  },
  'prep-sheet': {
    load: () => import('./prep-sheet').then((kind) => kind.prepSheetModule),
    strings: 'ws.prepSheet.',
    guide: { module: 'conversation', section: 'prep-sheet' },
    moreGuides: [],
    name: { 'zh-CN': '谈话准备单', en: 'Prep sheet' },
  },
  'prep-planner': {
    load: () => import('./prep-planner').then((kind) => kind.prepPlannerModule),
    strings: 'ws.prepPlanner.',
    guide: { module: 'conversation', section: 'prep' },
    moreGuides: [],
    name: { 'zh-CN': 'PREP 谈话规划', en: 'PREP planner' },
  },
  feedback: {
    load: () => import('./feedback').then((kind) => kind.feedbackModule),
    strings: 'ws.feedback.',
    guide: { module: 'feedback', section: 'best' },
    moreGuides: [{ module: 'feedback', section: '3e' }],
    name: { 'zh-CN': '3E / BEST 反馈草稿', en: '3E / BEST feedback draft' },
  },
  'grow-questions': {
    load: () => import('./grow-questions').then((kind) => kind.growQuestionsModule),
    strings: 'ws.grow.',
    guide: { module: 'feedback', section: 'grow' },
    moreGuides: [],
    name: { 'zh-CN': 'GROW 问题清单', en: 'GROW question list' },
  },
  'action-plan': {
    load: () => import('./action-plan').then((kind) => kind.actionPlanModule),
    strings: 'ws.actionPlan.',
    guide: { module: 'action', section: '5r' },
    moreGuides: [],
    name: { 'zh-CN': '5R 行动画布', en: '5R action canvas' },
  },
  'flash-retro': {
    load: () => import('./flash-retro').then((kind) => kind.flashRetroModule),
    strings: 'ws.flashRetro.',
    guide: { module: 'tracking', section: 'flash-retro' },
    moreGuides: [],
    name: { 'zh-CN': '快闪复盘', en: 'Flash retro' },
  },
  'observer-checklist': {
    load: () => import('./observer-checklist').then((kind) => kind.observerChecklistModule),
    strings: 'ws.observer.',
    guide: { module: 'feedback', section: 'grow' },
    moreGuides: [],
    name: { 'zh-CN': '观察员清单', en: 'Observer checklist' },
  },
} as const;

// Checked by assignment, not `satisfies`: a contextual type would widen the module type each
// loader returns to `unknown`, and `WorksheetModules` (registry.ts) is read from the loaders.
const everyKindHasInfo: Record<WorksheetKind, WorksheetKindInfo> = worksheetKindInfo;
void everyKindHasInfo;
