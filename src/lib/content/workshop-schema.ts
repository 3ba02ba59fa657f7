import '../zod-setup';
import { z } from 'zod';
import { prepSheetSchema } from '../grow/prep-sheet';
import { guideModuleIds, worksheetKindIds } from './guide-schema';
import { stepTimingProblems } from './agenda-timing';
import { zodOf } from './schema-bridge';

/** A link from a workshop block to what it uses: a guide section or a worksheet. */
export const workshopLinkSchema = z.union([
  z.strictObject({
    /** Guide module id, e.g. `feedback`. */
    guide: z.enum(guideModuleIds),
    /** A section anchor of that module, e.g. `best`. */
    section: z.string().regex(/^[a-z0-9-]+$/),
  }),
  z.strictObject({
    /** Worksheet kind, e.g. `action-plan`. */
    worksheet: z.enum(worksheetKindIds),
  }),
]);

/** One step inside a block, in the order it happens. */
export const agendaStepSchema = z.strictObject({
  /** What happens, e.g. "Brief the pairs and hand out roles". */
  label: z.string().trim().min(2).max(160),
  minutes: z.number().int().min(1).max(120),
  /** This step is the debrief (whole-room or in the groups). */
  debrief: z.boolean().optional(),
  /**
   * The role-play scenario (its id) this step runs, in a version cut to the step's minutes.
   * Name it when the scenario's suggested length is longer than the block.
   */
  scenario: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
});

export const groupSetups = ['plenary', 'solo', 'pairs', 'trios'] as const;

/** A material the toolkit itself provides: a worksheet, handout, scenario, example or guide section. */
export const agendaMaterialLinkSchema = z.strictObject({
  text: z.string().trim().min(2).max(200),
  href: z.string().regex(/^\/[a-z0-9\-/]*(#[a-z0-9-]+)?$/),
});

export type AgendaMaterial = string | z.output<typeof agendaMaterialLinkSchema>;

/** One timed block of a workshop agenda. */
export const agendaBlockSchema = z.strictObject({
  /** Stable id within the agenda (`warm-up`, `grow-practice`); the presenter remembers it. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the block is called on the agenda and the projector. */
  title: z.string().trim().min(2).max(80),
  /** Length in whole minutes. */
  minutes: z.number().int().min(1).max(120),
  /** What participants should be able to do at the end of the block. */
  goal: z.string().trim().min(10).max(400),
  /** What the facilitator says: the key points, in their own words. */
  say: z.array(z.string().trim().min(5).max(400)).min(1).max(8),
  /** Questions the facilitator asks the room. */
  ask: z.array(z.string().trim().min(5).max(300)).max(6).default([]),
  /**
   * Materials to prepare (handouts, worksheets, a timer…). One the toolkit provides is a link
   * to it (`href`: a site path without the language prefix, with an optional anchor); see
   * `unlinkedMaterials` for which ones must be.
   */
  materials: z
    .array(z.union([z.string().trim().min(2).max(200), agendaMaterialLinkSchema]))
    .max(8)
    .default([]),
  /** How people work: all together, alone, in pairs or trios. */
  setup: z.enum(groupSetups),
  /** How to set up pairs or trios (who plays whom, how to rotate). */
  setupNotes: z.string().trim().max(400).optional(),
  /** Debrief questions after an exercise. */
  debrief: z.array(z.string().trim().min(5).max(300)).max(6).default([]),
  /** Guide sections and worksheets the block uses. */
  links: z.array(workshopLinkSchema).max(6).default([]),
  /**
   * What happens inside the block, in order, with minutes. The timing rule is in
   * `agenda-timing.ts`: steps add up to at most the block's minutes, and a block of 10 minutes
   * or more with debrief questions or group work leaves a minute of slack or has a debrief step.
   */
  steps: z.array(agendaStepSchema).min(1).max(8),
});

/** One sitting of an agenda; a single workshop has one, a series has several. */
export const agendaSessionSchema = z.strictObject({
  title: z.string().trim().min(2).max(80),
  /** The planned length of the sitting; the blocks must add up to it exactly. */
  minutes: z.number().int().min(10).max(480),
  blocks: z.array(agendaBlockSchema).min(1).max(20),
});

export const agendaSchema = z
  .strictObject({
    title: z.string().trim().min(2).max(80),
    description: z.string().trim().min(20).max(200),
    /** Position in the list of agendas. */
    order: z.number().int().min(0).max(99),
    /** Who it is for and how many, e.g. "8–16 first-line managers". */
    audience: z.string().trim().min(5).max(200),
    sessions: z.array(agendaSessionSchema).min(1).max(8),
  })
  .superRefine((agenda, ctx) => {
    agenda.sessions.forEach((session, index) => {
      const total = session.blocks.reduce((sum, block) => sum + block.minutes, 0);
      if (total !== session.minutes) {
        ctx.addIssue({
          code: 'custom',
          path: ['sessions', index, 'minutes'],
          message: `the blocks of "${session.title}" add up to ${total} minutes, not ${session.minutes}`,
        });
      }
      session.blocks.forEach((block, blockIndex) => {
        for (const message of stepTimingProblems(block))
          ctx.addIssue({
            code: 'custom',
            path: ['sessions', index, 'blocks', blockIndex, 'steps'],
            message,
          });
      });
    });
    const ids = agenda.sessions.flatMap((s) => s.blocks.map((b) => b.id));
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate)
      ctx.addIssue({ code: 'custom', path: ['sessions'], message: `block id "${duplicate}" is used twice` });
  });

export type Agenda = z.output<typeof agendaSchema>;
export type AgendaBlock = z.output<typeof agendaBlockSchema>;
export type AgendaStep = z.output<typeof agendaStepSchema>;

/** Frameworks a role-play scenario practises. */
export const scenarioFrameworks = ['smart-ar', 'prep', '3e', 'grow', 'best', '5r', 'flash-retro'] as const;

/** Practice data a scenario loads into the worksheets, tagged as practice. */
export const scenarioPracticeSchema = z.strictObject({
  /** The practice person's pseudonym, used to tag the loaded worksheets. */
  person: z.string().trim().min(1).max(60),
  /** The employee's prep sheet (same fields as the prep-sheet worksheet). */
  prepSheet: z.optional(zodOf(prepSheetSchema)),
  /** A goal for the SMART-AR builder. */
  goal: z
    .strictObject({
      direction: z.string().trim().max(500).default(''),
      statement: z.string().trim().min(1).max(500),
      milestones: z
        .array(z.strictObject({ indicator: z.string().trim().max(120), target: z.string().trim().max(120) }))
        .max(4)
        .default([]),
    })
    .optional(),
  /** Facts the manager can use for feedback (3E or BEST). */
  feedback: z
    .strictObject({
      framework: z.enum(['3e', 'best']),
      scenario: z.enum(['positive', 'improvement', 'negative']),
      /** Observable behaviour with a time window or a count. */
      behavior: z.string().trim().min(1).max(500),
      /** Its effect on the team, customers or results. */
      effect: z.string().trim().max(500).default(''),
    })
    .optional(),
});

export const scenarioSchema = z.strictObject({
  title: z.string().trim().min(2).max(80),
  /** One or two sentences: the situation as the whole room may read it. */
  summary: z.string().trim().min(20).max(300),
  order: z.number().int().min(0).max(99),
  /** Workplace setting, e.g. "B2B software sales team". */
  setting: z.string().trim().min(3).max(120),
  frameworks: z.array(z.enum(scenarioFrameworks)).min(1).max(5),
  /** Suggested length of the role-play in minutes. */
  minutes: z.number().int().min(5).max(60),
  practice: scenarioPracticeSchema,
});

export type Scenario = z.output<typeof scenarioSchema>;

/** The `##` sections every scenario body has, with these anchors, in this order. */
export const scenarioSectionIds = ['situation', 'manager', 'employee', 'observer', 'debrief'] as const;
