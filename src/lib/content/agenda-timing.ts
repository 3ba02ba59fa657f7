/**
 * Timing rules for the steps inside a workshop agenda block.
 *
 * The rule (also in content/README.md, "Workshop agendas"):
 *
 * 1. The steps of a block add up to AT MOST the block's minutes.
 * 2. A block of 10 minutes or more that has debrief questions, or that is not plenary
 *    (people work alone, in pairs or in trios), needs room to bring the room back together:
 *    either its steps leave at least 1 minute unplanned (slack), or one of its steps is the
 *    debrief itself (`debrief: true`). A block whose instructions fill all 15 of its 15
 *    minutes with no debrief step fails.
 *
 * Blocks without steps are not checked here; the schema decides whether steps are required.
 */

export interface TimedStep {
  label: string;
  minutes: number;
  debrief?: boolean | undefined;
}

export interface TimedBlock {
  id: string;
  minutes: number;
  setup: string;
  debrief: readonly string[];
  steps?: readonly TimedStep[] | undefined;
}

/** Blocks this long or longer must leave slack or name a debrief step. */
export const SLACK_RULE_MIN_BLOCK = 10;

/** The problems with a block's steps, as sentences; empty when the block is fine. */
export function stepTimingProblems(block: TimedBlock): string[] {
  const steps = block.steps;
  if (!steps || steps.length === 0) return [];
  const problems: string[] = [];
  const total = steps.reduce((sum, step) => sum + step.minutes, 0);
  if (total > block.minutes)
    problems.push(`the steps of "${block.id}" add up to ${total} minutes, more than its ${block.minutes}`);
  const needsRoom =
    block.minutes >= SLACK_RULE_MIN_BLOCK && (block.debrief.length > 0 || block.setup !== 'plenary');
  const hasDebriefStep = steps.some((step) => step.debrief === true);
  if (needsRoom && !hasDebriefStep && total > block.minutes - 1)
    problems.push(
      `the steps of "${block.id}" fill ${total} of ${block.minutes} minutes with no debrief step: leave a minute or add a step with debrief: true`,
    );
  return problems;
}
