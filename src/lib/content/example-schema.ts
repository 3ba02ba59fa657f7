import '../zod-setup';
import { z } from 'zod';
import { feedbackSchema } from '../worksheets/feedback/schema';
import { flashRetroSchema } from '../worksheets/flash-retro/schema';
import { prepSheetDataSchema } from '../worksheets/prep-sheet/schema';
import { smartArSchema } from '../worksheets/smart-ar/schema';
import { issueText } from './schema-bridge';

/**
 * Filled examples (`/examples/`): a weak and a strong version of one worksheet, with what
 * makes the strong one strong. One file per worksheet in each language,
 * `content/<lang>/examples/<kind>.md`; the file name is the kind and the section's anchor
 * (`/examples/#prep-sheet`). The data of each version is the worksheet's own data, validated
 * against that worksheet's schema at build time, so "open it in the worksheet" always opens.
 */

/** The worksheet kinds that have a filled example, in the order the page shows them. */
export const exampleKinds = ['prep-sheet', 'smart-ar', 'feedback', 'flash-retro'] as const;
export type ExampleKind = (typeof exampleKinds)[number];

/** Each example kind's worksheet schema (the stored data shape; empty fields get their defaults). */
export const exampleDataSchemas = {
  'prep-sheet': prepSheetDataSchema,
  'smart-ar': smartArSchema,
  feedback: feedbackSchema,
  'flash-retro': flashRetroSchema,
} as const;

const line = z.string().trim().min(5).max(400);

/** One version of the worksheet: the title it opens with, its data, and what to notice. */
const exampleVersionSchema = z.strictObject({
  /** The worksheet's title when it is opened from the example. */
  title: z.string().trim().min(2).max(80),
  /** The worksheet data, in the worksheet's own shape (fields left out take their defaults). */
  data: z.record(z.string(), z.unknown()),
  /** What to notice in this version: its flaws (weak) or what makes it work (strong). */
  notes: z.array(line).min(2).max(6),
});

/** One item of a drill: a weak line to sharpen, and one way to sharpen it. */
const drillItemSchema = z.strictObject({
  weak: z.string().trim().min(5).max(300),
  /** What is missing, as a hint before the answer. */
  missing: z.string().trim().min(5).max(300),
  sharpened: z.string().trim().min(5).max(400),
});

export const exampleSchema = z
  .strictObject({
    kind: z.enum(exampleKinds),
    /** The section heading on the page. */
    title: z.string().trim().min(2).max(80),
    /** One or two sentences: what the example shows and when to use it. */
    intro: z.string().trim().min(20).max(400),
    weak: exampleVersionSchema,
    strong: exampleVersionSchema,
    /** Optional practice: weak lines to sharpen (the SMART-AR page has four goals). */
    drill: z
      .strictObject({
        title: z.string().trim().min(2).max(80),
        intro: z.string().trim().min(10).max(400),
        /**
         * Optional: the worksheet field each weak line fills, so a drill item opens in the
         * worksheet to be sharpened there (`goal` for SMART-AR).
         */
        field: z
          .string()
          .regex(/^[a-zA-Z]+$/)
          .optional(),
        items: z.array(drillItemSchema).min(1).max(6),
      })
      .optional(),
  })
  .superRefine((example, ctx) => {
    for (const version of ['weak', 'strong'] as const) {
      const input = example[version].data;
      const result = exampleDataSchemas[example.kind].safeParse(input);
      for (const issue of result.error?.issues ?? []) {
        ctx.addIssue({
          code: 'custom',
          path: [
            version,
            'data',
            ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
          ],
          message: `does not fit the ${example.kind} worksheet: ${issueText(issue)}`,
        });
      }
      // The worksheet schemas drop keys they do not know; in hand-written content that is a typo.
      if (result.success) {
        for (const path of droppedKeys(input, result.data)) {
          ctx.addIssue({
            code: 'custom',
            path: [version, 'data', ...path],
            message: `is not a field of the ${example.kind} worksheet`,
          });
        }
      }
    }
    const drill = example.drill;
    if (drill?.field !== undefined) {
      const field = drill.field;
      drill.items.forEach((item, index) => {
        const input = drillData(field, item.weak);
        const result = exampleDataSchemas[example.kind].safeParse(input);
        if (!result.success || droppedKeys(input, result.data).length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['drill', 'items', index, 'weak'],
            message: `does not fit the ${example.kind} worksheet's "${field}" field`,
          });
        }
      });
    }
  });

/** The worksheet data a drill item opens with: its weak line in the drill's field. */
export function drillData(field: string, weak: string): Record<string, string> {
  return { [field]: weak };
}

/** Paths of object keys in `input` that are missing from the parsed `output`. */
export function droppedKeys(
  input: unknown,
  output: unknown,
  at: (string | number)[] = [],
): (string | number)[][] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, index) => droppedKeys(item, output[index], [...at, index]));
  }
  if (typeof input !== 'object' || input === null || typeof output !== 'object' || output === null) return [];
  const out = output as Record<string, unknown>;
  return Object.entries(input as Record<string, unknown>).flatMap(([key, value]) =>
    key in out ? droppedKeys(value, out[key], [...at, key]) : [[...at, key]],
  );
}

export type Example = z.output<typeof exampleSchema>;
