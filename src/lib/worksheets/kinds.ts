import type { GuideModuleId } from '../content/guide-schema';
import type { Locale } from '../i18n/locales';
import type { WorksheetKind } from './kind-ids';

/**
 * The manifest of worksheet kinds: for each kind, how to load its module, the dictionary
 * prefix of its form's labels, the guide sections that teach it, and its name and
 * description. The registry loads modules through `load`; pages, lists and handouts read the
 * rest. Adding a kind starts here (README, "Adding a worksheet kind").
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
  /** The worksheet's name, as shown in menus, lists and exports. */
  name: Record<Locale, string>;
  /** One line that says what the worksheet is for. */
  description: Record<Locale, string>;
}

/** Every kind's entry, in menu order. */
export const worksheetKindInfo = {
  'smart-ar': {
    load: () => import('./smart-ar').then((kind) => kind.smartArModule),
    strings: 'ws.smartAr.',
    guide: { module: 'goals', section: 'smart-ar' },
    moreGuides: [],
    name: { 'zh-CN': 'SMART-AR 目标构建器', en: 'SMART-AR goal builder' },
    description: {
      'zh-CN': '把一个方向写成能衡量、有期限、可以按事实调整的阶段目标。',
      en: 'Turn a direction into a stage goal you can measure, date, and adjust on evidence.',
    },
  },
  'prep-sheet': {
    load: () => import('./prep-sheet').then((kind) => kind.prepSheetModule),
    strings: 'ws.prepSheet.',
    guide: { module: 'conversation', section: 'prep-sheet' },
    moreGuides: [],
    name: { 'zh-CN': '谈话准备单', en: 'Prep sheet' },
    description: {
      'zh-CN': '员工提前一两天写下想聊的事、做得好的和困惑的，经理补上指标与项目进展。',
      en: 'A day or two ahead, the employee lists topics, wins and puzzles; the manager adds metrics and project progress.',
    },
  },
  'prep-planner': {
    load: () => import('./prep-planner').then((kind) => kind.prepPlannerModule),
    strings: 'ws.prepPlanner.',
    guide: { module: 'conversation', section: 'prep' },
    moreGuides: [],
    name: { 'zh-CN': 'PREP 谈话规划', en: 'PREP planner' },
    description: {
      'zh-CN': '按主题、依据、实例、计划四步，排好一场 30–60 分钟的谈话。',
      en: 'Lay out a 30–60 minute conversation as Point, Reason, Example and Plan.',
    },
  },
  feedback: {
    load: () => import('./feedback').then((kind) => kind.feedbackModule),
    strings: 'ws.feedback.',
    guide: { module: 'feedback', section: 'best' },
    moreGuides: [{ module: 'feedback', section: '3e' }],
    name: { 'zh-CN': '3E / BEST 反馈草稿', en: '3E / BEST feedback draft' },
    description: {
      'zh-CN': '把要说的反馈写成一段具体、不贴标签、以提问收尾的话。',
      en: 'Draft feedback that is specific, free of labels, and ends with a question.',
    },
  },
  'grow-questions': {
    load: () => import('./grow-questions').then((kind) => kind.growQuestionsModule),
    strings: 'ws.grow.',
    guide: { module: 'feedback', section: 'grow' },
    moreGuides: [],
    name: { 'zh-CN': 'GROW 问题清单', en: 'GROW question list' },
    description: {
      'zh-CN': '为目标、现状、方案、意愿各备好开放式问题，谈话中勾选并记下回答。',
      en: 'Open questions for Goal, Reality, Options and Will; tick them off and note the answers.',
    },
  },
  'action-plan': {
    load: () => import('./action-plan').then((kind) => kind.actionPlanModule),
    strings: 'ws.actionPlan.',
    guide: { module: 'action', section: '5r' },
    moreGuides: [],
    name: { 'zh-CN': '5R 行动画布', en: '5R action canvas' },
    description: {
      'zh-CN': '谈话收尾时，把至多 3 项行动的结果、资源、责任、复盘日期和风险写清楚。',
      en: 'At the close, pin down up to 3 actions: result, resource, who is responsible, review date and risk.',
    },
  },
  'flash-retro': {
    load: () => import('./flash-retro').then((kind) => kind.flashRetroModule),
    strings: 'ws.flashRetro.',
    guide: { module: 'tracking', section: 'flash-retro' },
    moreGuides: [],
    name: { 'zh-CN': '快闪复盘', en: 'Flash retro' },
    description: {
      'zh-CN': '每月花一刻钟回答三个问题，并判断卡点出在目标还是执行。',
      en: 'Fifteen minutes a month: three questions, then decide whether the goal or the execution is the problem.',
    },
  },
  'observer-checklist': {
    load: () => import('./observer-checklist').then((kind) => kind.observerChecklistModule),
    strings: 'ws.observer.',
    guide: { module: 'feedback', section: 'grow' },
    moreGuides: [],
    name: { 'zh-CN': '观察员清单', en: 'Observer checklist' },
    description: {
      'zh-CN': '角色演练时，观察员逐项勾出经理做到的步骤，数清提问，最后写一份简短复盘。',
      en: 'For role-plays: tick what the manager did, count the GROW questions, then write a short debrief.',
    },
  },
} as const;

// Checked by assignment, not `satisfies`: a contextual type would widen the module type each
// loader returns to `unknown`, and `WorksheetModules` (registry.ts) is read from the loaders.
const everyKindHasInfo: Record<WorksheetKind, WorksheetKindInfo> = worksheetKindInfo;
void everyKindHasInfo;
