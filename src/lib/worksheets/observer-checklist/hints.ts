import type { Locale } from '../../i18n/locales';
import { filled, type Hint } from '../hint';
import { hasObservations } from './score';
import { coachingPolicy } from '../../policy';
import {
  bestParts,
  fiveRParts,
  growStages,
  prepSteps,
  threeEParts,
  type BestPart,
  type FiveRPart,
  type GrowStage,
  type ObserverChecklistData,
  type PrepStep,
  type ThreeEPart,
} from './schema';

interface ObserverHintText {
  scenarioEmpty: string;
  start: string;
  growMissing: Record<GrowStage, string>;
  bestNotHeard: string;
  bestMissing: Record<BestPart, string>;
  threeENotHeard: string;
  threeEMissing: Record<ThreeEPart, string>;
  prepNotHeard: string;
  prepMissing: Record<PrepStep, string>;
  prepOrder: string;
  fiveRNotReached: string;
  fiveRMissing: Record<FiveRPart, string>;
  noMicroAction: string;
  wentWellEmpty: string;
  tryNextEmpty: string;
  tryNextOne: string;
}

const text: Record<Locale, ObserverHintText> = {
  'zh-CN': {
    scenarioEmpty: '写下演的是哪个案例（案例编号或一句话），复盘时好对照任务书。',
    start: '边听边勾：每听到一个 GROW 问题，就在对应阶段点一次“+1”；其余各项听到了再勾。',
    growMissing: {
      goal: '还没听到目标类问题：这次谈话想带走什么，是员工自己说的吗？',
      reality: '还没听到现状类问题：经理是不是直接跳到了建议？',
      options: '还没听到方案类问题：办法都是经理给的，还是员工自己想的？',
      will: '还没听到意愿类问题：员工没亲口说出第一步做什么，承诺就还悬着。',
    },
    bestNotHeard: '这场演练要用 BEST，但还没听到任何一步。留意经理怎么开口讲那件需要改变的事。',
    bestMissing: {
      behavior: 'BEST 少了“行为”：没有日期、次数这样的事实，后面的话容易听成定性。',
      effect: 'BEST 少了“影响”：员工知道这件事给谁带来了什么后果吗？',
      seek: 'BEST 少了“征询”：经理讲完没有真心问一句对方怎么看，也没留时间听。',
      target: 'BEST 少了“目标”：改进方向是一起商量的，还是经理直接定的？',
    },
    threeENotHeard: '这场演练要用 3E，但还没听到具体的肯定、探讨或支持。',
    threeEMissing: {
      encourage: '3E 少了“鼓励”：有没有点名说出对方哪件事做得好？',
      explore: '3E 少了“探讨”：原因是一起问出来的，还是经理替对方总结的？',
      empower: '3E 少了“赋能”：经理能给的资源、机会或支持，说出来了吗？',
    },
    prepNotHeard: '这场演练要按 PREP 走，但还没听到开场点明主题。',
    prepMissing: {
      point: 'PREP 少了“主题”：开场有没有一句话说清今天谈什么？',
      reason: 'PREP 少了“依据”：有没有拿数据和观察说话，而不是凭感觉？',
      example: 'PREP 少了“实例”：有没有举一两个双方都记得的具体场景？',
      plan: 'PREP 少了“计划”：谈话有没有落到一个具体的下一步？',
    },
    prepOrder: '四步都有了，但顺序乱了：事实还没摆清，建议就先出来了吗？复盘时说说是哪一段。',
    fiveRNotReached: '还没听到 5R：谈话最后 5–10 分钟，有没有把行动一项项定下来？',
    fiveRMissing: {
      result: '5R 少了“成果”：做完以后能看到什么变化，说清了吗？',
      resource: '5R 少了“资源”：需要什么支持，谁去安排？',
      responsible: '5R 少了“负责人”：谁主责、谁协助，说定了吗？',
      review: '5R 少了“复盘”：哪天一起看进展？没有日子，往往就没有下文。',
      risk: '5R 少了“风险和预案”：万一卡住怎么办，提前商量了吗？',
    },
    noMicroAction: `还没有 ${coachingPolicy.microActionWithinDays} 天内就能做完的微行动：下次谈话要从它的结果聊起。`,
    wentWellEmpty: '复盘先说做得好的：挑一两个具体的瞬间，最好引用原话。',
    tryNextEmpty: '最后请经理自己选一件下次想试的事。',
    tryNextOne: '只留一件：下次练习时记得住、做得到的那一件。',
  },
  en: {
    scenarioEmpty:
      'Note which scenario was played (its id or a few words) so the debrief can go back to the brief.',
    start:
      'Tick as you listen: tap “+1” under a GROW stage each time you hear a question of that type, and tick the rest as it happens.',
    growMissing: {
      goal: 'No Goal question heard yet: did the employee say what they want from this conversation?',
      reality: 'No Reality question heard yet: did the manager jump straight to advice?',
      options: 'No Options question heard yet: did the ideas come from the manager or from the employee?',
      will: 'No Will question heard yet: until the employee names a first step in their own words, nothing is committed.',
    },
    bestNotHeard:
      'This role-play calls for BEST, but no part of it has come up yet. Listen for how the manager opens the behavior that has to change.',
    bestMissing: {
      behavior: 'BEST is missing Behavior: without dates or counts, the rest can sound like a verdict.',
      effect: 'BEST is missing Effect: does the employee know what the behavior caused, and for whom?',
      seek: 'BEST is missing Seek: the manager didn’t ask a genuine question about the employee’s view, or didn’t wait for the answer.',
      target: 'BEST is missing Target: was the way forward worked out together, or handed down?',
    },
    threeENotHeard:
      'This role-play calls for 3E, but no specific praise, exploring or support has come up yet.',
    threeEMissing: {
      encourage: '3E is missing Encourage: was one thing done well named specifically?',
      explore:
        '3E is missing Explore: were the causes drawn out with questions, or summed up by the manager?',
      empower: '3E is missing Empower: was any support, resource or opportunity actually offered?',
    },
    prepNotHeard: 'This role-play should follow PREP, but the topic hasn’t been stated yet.',
    prepMissing: {
      point: 'PREP is missing Point: was today’s topic said in one sentence at the start?',
      reason:
        'PREP is missing Reason: did data and observations carry the argument, rather than impressions?',
      example: 'PREP is missing Example: was there one concrete situation both people remember?',
      plan: 'PREP is missing Plan: did the talk land on a concrete next step?',
    },
    prepOrder:
      'All four steps happened, but out of order: did advice come before the facts were on the table? Point to the moment in the debrief.',
    fiveRNotReached: 'No 5R heard yet: in the last 5–10 minutes, were the actions pinned down one by one?',
    fiveRMissing: {
      result: '5R is missing Result: was the visible outcome spelled out?',
      resource: '5R is missing Resource: what support is needed, and who arranges it?',
      responsible: '5R is missing Responsible: who leads and who helps?',
      review:
        '5R is missing Review: which day will you look at progress? Without a date, follow-up tends to vanish.',
      risk: '5R is missing Risk: what happens if it gets stuck, and was a fallback agreed?',
    },
    noMicroAction: `No action can be done within ${coachingPolicy.microActionWithinDays} days yet: the next conversation should start from one.`,
    wentWellEmpty: 'Open the debrief with what went well: one or two specific moments, quoted if you can.',
    tryNextEmpty: 'Close by letting the manager pick one thing to try next time.',
    tryNextOne: 'Keep it to one thing: the one they will remember and can do in the next practice.',
  },
};

/** More than one line or bullet in "try next" usually means a list, not one thing. */
function looksLikeSeveral(value: string): boolean {
  return value.split(/\r\n?|\n/).filter((line) => line.trim() !== '').length > 1;
}

export function observerChecklistHints(data: ObserverChecklistData, locale: Locale): Hint[] {
  const t = text[locale];
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `observer-checklist/${id}`, field, level, message });

  if (!filled(data.scenario)) add('scenario-empty', 'scenario', 'info', t.scenarioEmpty);
  if (!hasObservations(data)) {
    add('start', 'grow', 'info', t.start);
    return hints;
  }

  if (data.inPlay.prep) {
    const missing = prepSteps.filter((step) => !data.prep[step]);
    if (missing.length === prepSteps.length) add('prep-not-heard', 'prep', 'info', t.prepNotHeard);
    else for (const step of missing) add(`prep-missing-${step}`, `prep.${step}`, 'info', t.prepMissing[step]);
    if (missing.length === 0 && !data.prepInOrder) add('prep-order', 'prepInOrder', 'info', t.prepOrder);
  }

  for (const stage of growStages) {
    if (data.grow[stage] === 0)
      add(`grow-missing-${stage}`, `grow.${stage}`, 'warning', t.growMissing[stage]);
  }

  if (data.inPlay.threeE) {
    const missing = threeEParts.filter((part) => !data.threeE[part]);
    if (missing.length === threeEParts.length) add('three-e-not-heard', 'threeE', 'info', t.threeENotHeard);
    else
      for (const part of missing)
        add(`three-e-missing-${part}`, `threeE.${part}`, 'info', t.threeEMissing[part]);
  }

  if (data.inPlay.best) {
    const missing = bestParts.filter((part) => !data.best[part]);
    if (missing.length === bestParts.length) add('best-not-heard', 'best', 'info', t.bestNotHeard);
    else
      for (const part of missing) {
        // A verdict without facts, or without asking, is what makes negative feedback backfire.
        const level = part === 'behavior' || part === 'seek' ? 'warning' : 'info';
        add(`best-missing-${part}`, `best.${part}`, level, t.bestMissing[part]);
      }
  }

  const missing5r = fiveRParts.filter((part) => !data.fiveR[part]);
  if (missing5r.length === fiveRParts.length && !data.microAction) {
    add('five-r-not-reached', 'fiveR', 'warning', t.fiveRNotReached);
  } else {
    for (const part of missing5r)
      add(`five-r-missing-${part}`, `fiveR.${part}`, 'info', t.fiveRMissing[part]);
    if (!data.microAction) add('no-micro-action', 'microAction', 'warning', t.noMicroAction);
  }

  if (!filled(data.wentWell)) add('went-well-empty', 'wentWell', 'info', t.wentWellEmpty);
  if (!filled(data.tryNext)) add('try-next-empty', 'tryNext', 'info', t.tryNextEmpty);
  else if (looksLikeSeveral(data.tryNext)) add('try-next-one', 'tryNext', 'info', t.tryNextOne);

  return hints;
}
