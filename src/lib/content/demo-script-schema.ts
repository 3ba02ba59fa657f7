import '../zod-setup';
import { z } from 'zod';

/**
 * Slide-free demo scripts: `content/<lang>/workshop/demo-scripts/<agenda-id>.md`, one per
 * agenda, shown on that agenda's page. The file name is the agenda's id (a unit test checks
 * that every agenda has one and every script has its agenda). The body is the script itself,
 * in Markdown with `## Heading {#anchor}` sections and dialogue turns as in the guide.
 */
export const demoScriptSchema = z.strictObject({
  /** The script's heading on the agenda page. */
  title: z.string().trim().min(2).max(80),
  /** One or two sentences: what the demo shows and where in the agenda it runs. */
  summary: z.string().trim().min(20).max(300),
  /** The agenda block the demo belongs to (its id in the agenda). */
  block: z.string().regex(/^[a-z0-9-]+$/),
  /** How long the demo itself runs, in minutes. */
  minutes: z.number().int().min(1).max(30),
});

export type DemoScript = z.output<typeof demoScriptSchema>;
