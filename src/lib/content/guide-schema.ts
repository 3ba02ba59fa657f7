import '../zod-setup';
import { z } from 'zod';
import { worksheetKinds } from '../worksheets/kind-ids';

/** The guide modules, in teaching order. The id is the module's address: `/guide/<id>/`. */
export const guideModuleIds = [
  'overview',
  'goals',
  'conversation',
  'feedback',
  'action',
  'tracking',
  'rollout',
  'hard-conversations',
  'across-cultures',
  'for-employees',
] as const;
export type GuideModuleId = (typeof guideModuleIds)[number];

/** Worksheet kinds a module can point to with "try it". */
export const worksheetKindIds = worksheetKinds;

/** The `##` sections every module has, in this order (content/README.md). */
export const requiredSectionIds = [
  'why',
  'framework',
  'how',
  'phrases',
  'dialogue',
  'mistakes',
  'self-check',
] as const;

/** The `###` subsections each module must have, with the same anchors in every language. */
export const requiredSubsectionIds: Record<GuideModuleId, readonly string[]> = {
  overview: [
    'step-goals',
    'step-conversation',
    'step-feedback',
    'step-action',
    'step-tracking',
    'step-rollout',
  ],
  goals: ['static-vs-dynamic', 'smart-ar', 'co-creation'],
  conversation: ['prep', 'async-sync', 'prep-sheet'],
  feedback: ['3e', 'grow', 'best', 'emotional-vs-structured'],
  action: ['5r', 'resource-matching', 'micro-commitments'],
  tracking: ['dashboards', 'flash-retro', 'goal-or-execution', 'adjustment-trace'],
  rollout: ['policy', 'tools', 'capability'],
  'hard-conversations': [
    'low-performer',
    'formal-plan',
    'pay-or-promotion',
    'disputed-data',
    'emotions',
    'overridden-goal',
    'time-zones',
  ],
  'across-cultures': ['power-distance', 'face-and-praise', 'mixed-teams', 'younger-employees'],
  'for-employees': ['use-the-one-on-one', 'fill-the-prep-sheet', 'ask-for-support', 'disagree-with-data'],
};

export const guideFrontmatterSchema = z.strictObject({
  /** The module's title, shown as its h1. */
  title: z.string().trim().min(2).max(60),
  /** One sentence for search results and link previews. */
  description: z.string().trim().min(20).max(200),
  /**
   * Position in the guide: 0 is the overview, 1–5 the five steps, 6 the rollout chapter, 7 and
   * 8 the chapters that go further (hard conversations, across cultures), 9 the employees' chapter.
   */
  order: z.number().int().min(0).max(9),
  /** Worksheet kinds this module practises ("try it" links). */
  worksheets: z.array(z.enum(worksheetKindIds)).default([]),
});

export type GuideFrontmatter = z.output<typeof guideFrontmatterSchema>;

export function isGuideModuleId(value: string): value is GuideModuleId {
  return (guideModuleIds as readonly string[]).includes(value);
}
