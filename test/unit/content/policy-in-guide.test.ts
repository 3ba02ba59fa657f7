import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { coachingPolicy as p } from '../../../src/lib/policy';

/**
 * The guide states the coaching policy (`src/lib/policy.ts`) in both languages, in the same
 * words wherever it states it: change a number there and these tests point at every chapter
 * that must change with it. And no chapter, agenda or scenario states a different cadence.
 */

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content');
const read = (lang: string, path: string) => readFileSync(join(CONTENT, lang, path), 'utf8');
const guide = (lang: string, module: string) => read(lang, `guide/${module}.md`);
const pct = (share: number) => `${Math.round(share * 100)}%`;
const tenths = (share: number) => Math.round(share * 10);

/** Each phrase must appear in each chapter listed with it. */
const zh: [string, string[]][] = [
  [
    `每 ${p.conversationEveryWeeks.min} 到 ${p.conversationEveryWeeks.max} 周`,
    ['overview', 'conversation', 'rollout'],
  ],
  [
    `${p.conversationMinutes.min} 到 ${p.conversationMinutes.max} 分钟`,
    ['overview', 'conversation', 'rollout'],
  ],
  [`${p.prepDaysBefore.min} 到 ${p.prepDaysBefore.max} 天`, ['overview', 'conversation', 'rollout']],
  [`${p.actionPlanMinutes.min} 到 ${p.actionPlanMinutes.max} 分钟`, ['overview', 'action', 'rollout']],
  [`${p.flashRetroMinutes.min} 到 ${p.flashRetroMinutes.max} 分钟`, ['overview', 'tracking', 'rollout']],
  [`最多 ${p.maxActionsPerPlan} 项`, ['overview', 'action', 'rollout']],
  [`${p.microActionWithinDays} 天内`, ['overview', 'action', 'rollout']],
  [`${p.coverageWindowDays} 天`, ['tracking', 'rollout']],
  [`${p.atRiskGapPoints} 个百分点`, ['tracking']],
  [`${p.offTrackGapPoints} 个百分点`, ['tracking']],
  [`${tenths(p.atRiskLikelihood)} 分及以下`, ['tracking']],
  [`${tenths(p.offTrackLikelihood)} 分及以下`, ['tracking']],
  [`${p.repeatedAdjustmentDays} 天内调整过 ${p.repeatedAdjustments} 次`, ['tracking']],
  [`挪了 ${p.repeatedDelays} 次及以上`, ['tracking']],
  [pct(p.microActionCompletionTarget), ['tracking', 'rollout']],
  [`${p.pilotTeams.min} 到 ${p.pilotTeams.max} 个团队`, ['rollout']],
  [`${p.pilotPrepWeeks.min} 到 ${p.pilotPrepWeeks.max} 周`, ['rollout']],
  [`${p.pilotWeeks} 周`, ['rollout']],
];

const en: [string, string[]][] = [
  [
    `every ${p.conversationEveryWeeks.min} to ${p.conversationEveryWeeks.max} weeks`,
    ['overview', 'conversation', 'rollout'],
  ],
  [
    `${p.conversationMinutes.min} to ${p.conversationMinutes.max} minutes`,
    ['overview', 'conversation', 'rollout'],
  ],
  [`${p.prepDaysBefore.min} to ${p.prepDaysBefore.max} days`, ['overview', 'conversation', 'rollout']],
  [`${p.actionPlanMinutes.min} to ${p.actionPlanMinutes.max} minutes`, ['overview', 'action', 'rollout']],
  [`${p.flashRetroMinutes.min} to ${p.flashRetroMinutes.max} minute`, ['overview', 'tracking', 'rollout']],
  [`${p.maxActionsPerPlan} actions`, ['overview', 'action', 'rollout']],
  [`within ${p.microActionWithinDays} days`, ['overview', 'action', 'rollout']],
  [`${p.coverageWindowDays} days`, ['tracking', 'rollout']],
  [`${p.atRiskGapPoints} percentage points`, ['tracking']],
  [`${p.offTrackGapPoints} percentage points`, ['tracking']],
  [`${tenths(p.atRiskLikelihood)} or below`, ['tracking']],
  [`${tenths(p.offTrackLikelihood)} or below`, ['tracking']],
  [`adjusted ${p.repeatedAdjustments} times within ${p.repeatedAdjustmentDays} days`, ['tracking']],
  [`moved ${p.repeatedDelays} times or more`, ['tracking']],
  [pct(p.microActionCompletionTarget), ['tracking', 'rollout']],
  [`${p.pilotTeams.min} to ${p.pilotTeams.max} teams`, ['rollout']],
  [`${p.pilotPrepWeeks.min} to ${p.pilotPrepWeeks.max} weeks`, ['rollout']],
  [`${p.pilotWeeks} weeks`, ['rollout']],
];

describe.each([
  ['zh-cn', zh],
  ['en', en],
] as const)('the %s guide states the coaching policy', (lang, phrases) => {
  test.each(phrases.flatMap(([phrase, modules]) => modules.map((module) => [module, phrase] as const)))(
    '%s states “%s”',
    (module, phrase) => {
      expect(guide(lang, module).toLowerCase()).toContain(phrase.toLowerCase());
    },
  );
});

/** Every Markdown file a company would adopt: the guide and the workshop material. */
function adoptedFiles(lang: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const folder of ['guide', 'workshop/agendas', 'workshop/scenarios', 'handouts']) {
    const names = readdirSync(join(CONTENT, lang, folder));
    for (const name of names.filter((n) => n.endsWith('.md')))
      out.push({ path: `${lang}/${folder}/${name}`, text: read(lang, `${folder}/${name}`) });
  }
  return out;
}

describe('no chapter, agenda, scenario or handout states another cadence', () => {
  const { min, max } = p.conversationEveryWeeks;
  test('Chinese: every “每 X 到 Y 周” is the policy’s, and none is written in Chinese numerals', () => {
    const wrong: string[] = [];
    for (const { path, text } of adoptedFiles('zh-cn')) {
      for (const m of text.matchAll(/每\s*(\d+)\s*(?:到|至|～|–|-)\s*(\d+)\s*周/g))
        if (Number(m[1]) !== min || Number(m[2]) !== max) wrong.push(`${path}: ${m[0]}`);
      for (const m of text.matchAll(/每[一二两三四五六七八]\s*(?:到|至|～)\s*[一二两三四五六七八]\s*周/g))
        wrong.push(`${path}: ${m[0]}`);
    }
    expect(wrong).toEqual([]);
  });

  test('English: every “every X to Y weeks” is the policy’s', () => {
    const wrong: string[] = [];
    for (const { path, text } of adoptedFiles('en')) {
      for (const m of text.matchAll(/every\s+(\w+)\s*(?:to|–|-)\s*(\w+)\s+weeks/gi))
        if (m[1] !== String(min) || m[2] !== String(max)) wrong.push(`${path}: ${m[0]}`);
    }
    expect(wrong).toEqual([]);
  });

  test('the goal-health threshold is stated as points, never as tenths', () => {
    const wrong: string[] = [];
    for (const { path, text } of [...adoptedFiles('zh-cn'), ...adoptedFiles('en')]) {
      for (const m of text.matchAll(/差距在[一二两三]成|two[- ]tenths|within 20%/gi))
        wrong.push(`${path}: ${m[0]}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the UI states the same micro-action window as the guide', () => {
  test('no UI string says “this week” where the policy says “within N days”, in either language', async () => {
    const { dictionaries } = await import('../../../src/lib/i18n');
    const offenders = Object.entries(dictionaries).flatMap(([locale, words]) =>
      Object.entries(words)
        .filter(([, text]) => /this week|本周|这周/i.test(text))
        .map(([key, text]) => `${locale} ${key}: ${text}`),
    );
    expect(offenders).toEqual([]);
    expect(dictionaries.en['ws.actionPlan.microAction']).toContain(`within ${p.microActionWithinDays} days`);
    expect(dictionaries['zh-CN']['ws.actionPlan.microAction']).toContain(`${p.microActionWithinDays} 天内`);
    expect(dictionaries.en['dash.group.thisWeek']).toContain(`within ${p.microActionWithinDays} days`);
    expect(dictionaries['zh-CN']['dash.group.thisWeek']).toContain(`${p.microActionWithinDays} 天内`);
  });
});
