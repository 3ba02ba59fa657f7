import type { Locale } from '../../i18n/locales';
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
    grow: { goal: 'G 目标', reality: 'R 现状', options: 'O 方案', will: 'W 意愿' },
    growCount: (count) => `${count} 个问题`,
    prep: { point: 'P 主题', reason: 'R 依据', example: 'E 实例', plan: 'P 计划' },
    prepInOrder: '四步按顺序进行',
    threeE: { encourage: 'E 鼓励', explore: 'E 探讨', empower: 'E 赋能' },
    best: {
      behavior: 'B 行为（带事实）',
      effect: 'E 影响',
      seek: 'S 征询（真心提问）',
      target: 'T 目标（一起商定）',
    },
    fiveR: {
      result: '成果',
      resource: '资源',
      responsible: '负责人',
      review: '复盘日期',
      risk: '风险与预案',
    },
    microAction: '有一项本周能完成的微行动',
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
    notInPlay: 'not practised',
    sections: {
      prep: 'PREP structure',
      grow: 'GROW questions',
      threeE: '3E feedback',
      best: 'BEST feedback',
      fiveR: '5R action plan',
    },
    grow: { goal: 'G Goal', reality: 'R Reality', options: 'O Options', will: 'W Will' },
    growCount: (count) => (count === 1 ? '1 question' : `${count} questions`),
    prep: { point: 'P Point', reason: 'R Reason', example: 'E Example', plan: 'P Plan' },
    prepInOrder: 'The four steps kept their order',
    threeE: { encourage: 'E Encourage', explore: 'E Explore', empower: 'E Empower' },
    best: {
      behavior: 'B Behavior (with facts)',
      effect: 'E Effect',
      seek: 'S Seek (a real question)',
      target: 'T Target (agreed together)',
    },
    fiveR: {
      result: 'Result',
      resource: 'Resource',
      responsible: 'Responsible',
      review: 'Review date',
      risk: 'Risk and contingency',
    },
    microAction: 'One action can be done this week',
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
