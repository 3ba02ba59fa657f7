import type { Locale } from '../../i18n/locales';
import { badgeLabel, termName, terms } from '../../method/terms';
import { commonMarkdownText, documentHeader, escapeInline, joinBlocks, section, table } from '../markdown';
import type { DocumentWith } from '../module';
import { observerScore, type ObserverSection } from './score';
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

interface ObserverMarkdownText {
  scenario: string;
  manager: string;
  employee: string;
  observer: string;
  score: string;
  scoreLine: (done: number, total: number) => string;
  scoreColumns: readonly [string, string];
  notInPlay: string;
  sections: Record<ObserverSection, string>;
  grow: Record<GrowStage, string>;
  growCount: (count: number) => string;
  prep: Record<PrepStep, string>;
  prepInOrder: string;
  threeE: Record<ThreeEPart, string>;
  best: Record<BestPart, string>;
  fiveR: Record<FiveRPart, string>;
  microAction: string;
  wentWell: string;
  tryNext: string;
  quotes: string;
  moments: string;
}

const text: Record<Locale, ObserverMarkdownText> = {
  'zh-CN': {
    scenario: '演练案例',
    manager: '经理',
    employee: '员工',
    observer: '观察员',
    score: '得分',
    scoreLine: (done, total) => `${total} 项里做到 ${done} 项`,
    scoreColumns: ['部分', '做到'],
    notInPlay: '本场不练',
    sections: {
      prep: 'PREP 谈话结构',
      grow: 'GROW 提问',
      threeE: '3E 反馈',
      best: 'BEST 反馈',
      fiveR: '5R 行动计划',
    },
    grow: {
      goal: badgeLabel(terms.grow.goal, 'zh-CN', ' '),
      reality: badgeLabel(terms.grow.reality, 'zh-CN', ' '),
      options: badgeLabel(terms.grow.options, 'zh-CN', ' '),
      will: badgeLabel(terms.grow.will, 'zh-CN', ' '),
    },
    growCount: (count) => `${count} 个问题`,
    prep: {
      point: badgeLabel(terms.prep.point, 'zh-CN', ' '),
      reason: badgeLabel(terms.prep.reason, 'zh-CN', ' '),
      example: badgeLabel(terms.prep.example, 'zh-CN', ' '),
      plan: badgeLabel(terms.prep.plan, 'zh-CN', ' '),
    },
    prepInOrder: '四步按顺序进行',
    threeE: {
      encourage: badgeLabel(terms['3e'].encourage, 'zh-CN', ' '),
      explore: badgeLabel(terms['3e'].explore, 'zh-CN', ' '),
      empower: badgeLabel(terms['3e'].empower, 'zh-CN', ' '),
    },
    best: {
      behavior: `${badgeLabel(terms.best.behavior, 'zh-CN')}（带事实）`,
      effect: badgeLabel(terms.best.effect, 'zh-CN'),
      seek: `${badgeLabel(terms.best.seek, 'zh-CN')}（真心提问）`,
      target: `${badgeLabel(terms.best.target, 'zh-CN')}（一起商定）`,
    },
    fiveR: {
      result: termName(terms['5r'].result, 'zh-CN'),
      resource: termName(terms['5r'].resource, 'zh-CN'),
      responsible: termName(terms['5r'].responsible, 'zh-CN'),
      review: '复盘日期',
      risk: `${termName(terms['5r'].risk, 'zh-CN')}和预案`,
    },
    microAction: '有一项 7 天内能完成的微行动',
    wentWell: '做得好的地方',
    tryNext: '下次想试的一件事',
    quotes: '听到的原话',
    moments: '值得复盘的瞬间',
  },
  en: {
    scenario: 'Scenario',
    manager: 'Manager',
    employee: 'Employee',
    observer: 'Observer',
    score: 'Score',
    scoreLine: (done, total) => `${done} of ${total}`,
    scoreColumns: ['Part', 'Done'],
    notInPlay: 'not practiced',
    sections: {
      prep: 'PREP structure',
      grow: 'GROW questions',
      threeE: '3E feedback',
      best: 'BEST feedback',
      fiveR: '5R action plan',
    },
    grow: {
      goal: badgeLabel(terms.grow.goal, 'en', ' '),
      reality: badgeLabel(terms.grow.reality, 'en', ' '),
      options: badgeLabel(terms.grow.options, 'en', ' '),
      will: badgeLabel(terms.grow.will, 'en', ' '),
    },
    growCount: (count) => (count === 1 ? '1 question' : `${count} questions`),
    prep: {
      point: badgeLabel(terms.prep.point, 'en', ' '),
      reason: badgeLabel(terms.prep.reason, 'en', ' '),
      example: badgeLabel(terms.prep.example, 'en', ' '),
      plan: badgeLabel(terms.prep.plan, 'en', ' '),
    },
    prepInOrder: 'The four steps kept their order',
    threeE: {
      encourage: badgeLabel(terms['3e'].encourage, 'en', ' '),
      explore: badgeLabel(terms['3e'].explore, 'en', ' '),
      empower: badgeLabel(terms['3e'].empower, 'en', ' '),
    },
    best: {
      behavior: `${badgeLabel(terms.best.behavior, 'en', ' ')} (with facts)`,
      effect: badgeLabel(terms.best.effect, 'en', ' '),
      seek: `${badgeLabel(terms.best.seek, 'en', ' ')} (a real question)`,
      target: `${badgeLabel(terms.best.target, 'en', ' ')} (agreed together)`,
    },
    fiveR: {
      result: termName(terms['5r'].result, 'en'),
      resource: termName(terms['5r'].resource, 'en'),
      responsible: termName(terms['5r'].responsible, 'en'),
      review: 'Review date',
      risk: `${termName(terms['5r'].risk, 'en')} and contingency`,
    },
    microAction: 'One action can be done within 7 days',
    wentWell: 'What went well',
    tryNext: 'One thing to try next time',
    quotes: 'Quotes heard',
    moments: 'Moments worth discussing',
  },
};

const checkItem = (done: boolean, label: string) => `- [${done ? 'x' : ' '}] ${label}`;

/** The printable debrief summary: who played what, the score, the debrief, then the ticks and notes. */
export function observerChecklistToMarkdown(
  doc: DocumentWith<ObserverChecklistData>,
  locale: Locale,
): string {
  const t = text[locale];
  const common = commonMarkdownText(locale);
  const { data } = doc;
  const score = observerScore(data);
  const sep = common.listSeparator;
  const name = (value: string) => (value.trim() === '' ? `_${common.empty}_` : escapeInline(value.trim()));

  const facts = [
    `**${t.scenario}**${sep}${name(data.scenario)}`,
    [
      `**${t.manager}**${sep}${name(data.roles.manager)}`,
      `**${t.employee}**${sep}${name(data.roles.employee)}`,
      `**${t.observer}**${sep}${name(data.roles.observer)}`,
    ].join(' · '),
  ].join('  \n');

  const rows = score.sections.map((entry) => [
    t.sections[entry.section],
    entry.inPlay ? `${entry.done} / ${entry.total}` : t.notInPlay,
  ]);
  const scoreBlock = `## ${t.score}\n\n**${t.scoreLine(score.done, score.total)}**\n\n${table(t.scoreColumns, rows)}`;

  const detail: string[] = [];
  if (data.inPlay.prep) {
    detail.push(
      `## ${t.sections.prep}\n\n${[
        ...prepSteps.map((step) => checkItem(data.prep[step], t.prep[step])),
        checkItem(data.prepInOrder, t.prepInOrder),
      ].join('\n')}`,
    );
  }
  detail.push(
    `## ${t.sections.grow}\n\n${growStages
      .map((stage) =>
        checkItem(data.grow[stage] > 0, `${t.grow[stage]}${sep}${t.growCount(data.grow[stage])}`),
      )
      .join('\n')}`,
  );
  if (data.inPlay.threeE) {
    detail.push(
      `## ${t.sections.threeE}\n\n${threeEParts.map((part) => checkItem(data.threeE[part], t.threeE[part])).join('\n')}`,
    );
  }
  if (data.inPlay.best) {
    detail.push(
      `## ${t.sections.best}\n\n${bestParts.map((part) => checkItem(data.best[part], t.best[part])).join('\n')}`,
    );
  }
  detail.push(
    `## ${t.sections.fiveR}\n\n${[
      ...fiveRParts.map((part) => checkItem(data.fiveR[part], t.fiveR[part])),
      checkItem(data.microAction, t.microAction),
    ].join('\n')}`,
  );

  return joinBlocks([
    documentHeader(doc, locale),
    facts,
    scoreBlock,
    section(t.wentWell, data.wentWell, locale),
    section(t.tryNext, data.tryNext, locale),
    ...detail,
    section(t.quotes, data.quotes, locale),
    section(t.moments, data.moments, locale),
  ]);
}
