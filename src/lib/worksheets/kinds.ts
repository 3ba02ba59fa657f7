import type { GuideModuleId } from '../content/guide-schema';
import type { Locale } from '../i18n/locales';

/**
 * The worksheet kinds. Each is also the URL slug of its page (`/worksheets/<kind>/`), the
 * `kind` of a stored worksheet and of an exported one, so none of them may ever be renamed.
 */
export const worksheetKinds = [
  'smart-ar',
  'prep-sheet',
  'prep-planner',
  'feedback',
  'grow-questions',
  'action-plan',
  'flash-retro',
  'observer-checklist',
] as const;
export type WorksheetKind = (typeof worksheetKinds)[number];

export function isWorksheetKind(value: unknown): value is WorksheetKind {
  return typeof value === 'string' && (worksheetKinds as readonly string[]).includes(value);
}

/** A section of the guide: `/guide/<module>/#<section>` (anchors are the same in both languages). */
export interface GuideLink {
  module: GuideModuleId;
  section: string;
}

export interface WorksheetKindInfo {
  /** The guide section that teaches what this worksheet carries. */
  guide: GuideLink;
  /** Further sections worth linking from the worksheet page. */
  moreGuides: readonly GuideLink[];
  /** The worksheet's name, as shown in menus, lists and exports. */
  name: Record<Locale, string>;
  /** One line that says what the worksheet is for. */
  description: Record<Locale, string>;
}

/**
 * Names, descriptions and guide links of every kind. Kept apart from the registry (which also
 * holds the modules) so the modules can name themselves in their Markdown export without an
 * import cycle.
 */
export const worksheetKindInfo: Record<WorksheetKind, WorksheetKindInfo> = {
  'smart-ar': {
    guide: { module: 'goals', section: 'smart-ar' },
    moreGuides: [],
    name: { 'zh-CN': 'SMART-AR 目标构建器', en: 'SMART-AR goal builder' },
    description: {
      'zh-CN': '把一个方向写成能衡量、有期限、可以按事实调整的阶段目标。',
      en: 'Turn a direction into a stage goal you can measure, date, and adjust on evidence.',
    },
  },
  'prep-sheet': {
    guide: { module: 'conversation', section: 'prep-sheet' },
    moreGuides: [],
    name: { 'zh-CN': '谈话准备单', en: 'Prep sheet' },
    description: {
      'zh-CN': '员工提前一两天写下想聊的事、做得好的和困惑的，经理补上指标与项目进展。',
      en: 'A day or two ahead, the employee lists topics, wins and puzzles; the manager adds metrics and project progress.',
    },
  },
  'prep-planner': {
    guide: { module: 'conversation', section: 'prep' },
    moreGuides: [],
    name: { 'zh-CN': 'PREP 谈话规划', en: 'PREP planner' },
    description: {
      'zh-CN': '按主题、依据、实例、计划四步，排好一场 30–60 分钟的谈话。',
      en: 'Lay out a 30–60 minute conversation as Point, Reason, Example and Plan.',
    },
  },
  feedback: {
    guide: { module: 'feedback', section: 'best' },
    moreGuides: [{ module: 'feedback', section: '3e' }],
    name: { 'zh-CN': '3E / BEST 反馈草稿', en: '3E / BEST feedback draft' },
    description: {
      'zh-CN': '把要说的反馈写成一段具体、不贴标签、以提问收尾的话。',
      en: 'Draft feedback that is specific, free of labels, and ends with a question.',
    },
  },
  'grow-questions': {
    guide: { module: 'feedback', section: 'grow' },
    moreGuides: [],
    name: { 'zh-CN': 'GROW 问题清单', en: 'GROW question list' },
    description: {
      'zh-CN': '为目标、现状、方案、意愿各备好开放式问题，谈话中勾选并记下回答。',
      en: 'Open questions for Goal, Reality, Options and Will; tick them off and note the answers.',
    },
  },
  'action-plan': {
    guide: { module: 'action', section: '5r' },
    moreGuides: [],
    name: { 'zh-CN': '5R 行动画布', en: '5R action canvas' },
    description: {
      'zh-CN': '谈话收尾时，把至多三项行动的成果、资源、负责人、复盘日期和风险写清楚。',
      en: 'At the close, pin down up to three actions: result, resource, owner, review date and risk.',
    },
  },
  'flash-retro': {
    guide: { module: 'tracking', section: 'flash-retro' },
    moreGuides: [],
    name: { 'zh-CN': '快闪复盘', en: 'Flash retro' },
    description: {
      'zh-CN': '每月花一刻钟回答三个问题，并判断卡点出在目标还是执行。',
      en: 'Fifteen minutes a month: three questions, then decide whether the goal or the execution is the problem.',
    },
  },
  'observer-checklist': {
    guide: { module: 'feedback', section: 'grow' },
    moreGuides: [],
    name: { 'zh-CN': '观察员清单', en: 'Observer checklist' },
    description: {
      'zh-CN': '角色演练时，观察员逐项勾出经理做到的步骤，数清提问，最后写一份简短复盘。',
      en: 'For role-plays: tick what the manager did, count the GROW questions, then write a short debrief.',
    },
  },
};
