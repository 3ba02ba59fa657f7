import '../zod-setup';
import { z } from 'zod';

/**
 * The resource catalog: development areas, each with the courses, mentors, projects and
 * readings a company offers for it. It lives in `content/<lang>/resources.yaml`, written by HR,
 * and the 5R action canvas suggests from it. The build validates each file against this
 * schema and stops with the file and the field when one is wrong.
 */

export const resourceTypes = ['course', 'mentor', 'project', 'reading'] as const;
export type ResourceType = (typeof resourceTypes)[number];

/** The longest resource name: it is appended to a 5R Resource field (500 characters). */
export const MAX_RESOURCE_NAME = 120;

/** One thing a manager can offer: a course, a mentor, a stretch project, something to read. */
export const resourceItemSchema = z.strictObject({
  /** What kind of support it is; shown as a tag. */
  type: z.enum(resourceTypes),
  /** What goes into the Resource field of a 5R action, e.g. `内部课程：异议处理工作坊`. */
  name: z.string().trim().min(2).max(MAX_RESOURCE_NAME),
  /** One or two sentences: what it is, for whom, how long it takes. */
  description: z.string().trim().min(5).max(400),
  /** Optional: where to sign up or read more (http or https only). */
  link: z.url({ protocol: /^https?$/ }).optional(),
  /** Optional: whom to ask (a team, a mailbox, a role rather than a named person). */
  contact: z.string().trim().min(2).max(120).optional(),
});

/** A development area, such as handling objections or time management, with what the company offers for it. */
export const resourceAreaSchema = z.strictObject({
  /** Lowercase with dashes, unique in the file, e.g. `handling-objections`. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes, e.g. handling-objections'),
  /** The area as a manager would name it. */
  name: z.string().trim().min(2).max(60),
  /**
   * Words that, found in an action's Result, point to this area. Chinese keywords match
   * anywhere in the text; English ones match at the start of a word (`present` matches
   * "presentation").
   */
  keywords: z.array(z.string().trim().min(1).max(40)).max(40).default([]),
  items: z.array(resourceItemSchema).min(1).max(12),
});

export const resourceCatalogSchema = z.strictObject({
  areas: z
    .array(resourceAreaSchema)
    .max(50)
    .superRefine((areas, context) => {
      const seen = new Set<string>();
      areas.forEach((area, index) => {
        if (seen.has(area.id)) {
          context.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `duplicate area id "${area.id}": each area needs its own id`,
          });
        }
        seen.add(area.id);
      });
    }),
});

export type ResourceItem = z.output<typeof resourceItemSchema>;
export type ResourceArea = z.output<typeof resourceAreaSchema>;
export type ResourceCatalog = z.output<typeof resourceCatalogSchema>;
