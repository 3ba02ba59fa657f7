import { sentenceRules, type Locale } from '../i18n/locales';
import type { PrepSheet } from './prep-sheet';
import { growStages, type GrowQuestion } from './question';
import { findJudgmentalWords, findQuestionProblems, normalizeForDuplicateCheck } from './question-rules';
import { seededRandom } from './prng';
import { cleanUserText, quote, shorten, spaceMixedScripts } from './quote';
import type { GrowRequest } from './request';
import { phrasingBook } from './phrasing-books';
import type { MaterialKind, Phrasing, PhrasingBook, Slots } from './rules-phrasing';

export { loadPhrasingBook } from './phrasing-books';

/**
 * The built-in GROW question generator: no model, no network, the same answer for the same
 * sheet and seed. It runs in the browser (offline, static hosting) and on the server as the
 * fallback for the AI model, so its output must always honour the contract on its own.
 *
 * It writes with the request language's phrasing book, which its caller loads first:
 * `await loadPhrasingBook(locale)` (the browser with the engine, on the first "generate";
 * the function before it answers with the rules).
 */

export type RulesRequest = Pick<GrowRequest, 'locale' | 'prep' | 'perStage'>;

export interface RulesOptions {
  /** Another seed gives another selection ("another set"); the default is 0. */
  seed?: number | string;
}

/** Metric values and progress notes are short facts ("82%", "3 天"); longer ones get cut. */
const valueLengths: readonly number[] = [24, 12];

/** One piece of the prep sheet a phrasing can draw on, with its slot values per quote length. */
interface Material {
  kind: MaterialKind;
  /** Identifies the underlying sheet entry, to spread questions over many of them. */
  key: string;
  /** Slot values from the most to the least verbatim; the engine tries them in order. */
  variants: Slots[];
}

const emptySlots: Slots = { t: '', t2: '', n: '', prev: '', cur: '', tgt: '', p: '', prog: '' };

/**
 * The employee's words, quoted, at each length to try. Text with a judgmental word is not
 * quoted at all: repeating "I always miss deadlines" back sounds like agreement, and cutting
 * the quote short just to lose the word would distort what they wrote.
 */
function quoteVariants(text: string, lengths: readonly number[]): string[] {
  const clean = cleanUserText(text);
  if (clean === '' || findJudgmentalWords(clean).length > 0) return [];
  const variants = lengths.map((max) => quote(shorten(clean, max)));
  return [...new Set(variants)];
}

/** Placeholders people type for "no value yet"; a question about "n/a → 90%" reads oddly. */
const noValue = new Set([
  'n/a',
  'na',
  'none',
  'tbd',
  'unknown',
  '-',
  '--',
  '?',
  '无',
  '暂无',
  '未知',
  '待定',
  '空',
]);

function valueVariants(text: string | undefined): string[] {
  const clean = cleanUserText(text ?? '');
  if (clean === '' || noValue.has(clean.toLowerCase()) || findJudgmentalWords(clean).length > 0) return [];
  return [...new Set(valueLengths.map((max) => shorten(clean, max)))];
}

/** Pairs the i-th variant of each list, repeating the last one of the shorter lists. */
function zipVariants<K extends keyof Slots>(parts: Record<K, string[]>): Slots[] {
  const lists = Object.values<string[]>(parts);
  if (lists.some((list) => list.length === 0)) return [];
  const count = Math.max(...lists.map((list) => list.length));
  const out: Slots[] = [];
  for (let i = 0; i < count; i++) {
    const slots: Slots = { ...emptySlots };
    for (const [key, list] of Object.entries<string[]>(parts)) {
      slots[key as K] = list[Math.min(i, list.length - 1)] ?? '';
    }
    out.push(slots);
  }
  return out;
}

/**
 * A topic written as a question of its own ("Should I move into product?", "是否转向产品经理")
 * reads clumsily inside another question; so does a topic cut short with "…". A coach would
 * say "the second topic on your list" instead, so for topics the engine quotes only whole,
 * statement-like text and otherwise refers to the topic by its place.
 */
function isQuestionLike(text: string, book: PhrasingBook): boolean {
  const trimmed = text.trim();
  return /[?？]$/u.test(trimmed) || book.questionLike.test(cleanUserText(trimmed));
}

/** The quotations of a topic that read well inside a question: whole, and not a question. */
function topicQuoteVariants(topic: string, book: PhrasingBook): string[] {
  if (isQuestionLike(topic, book)) return [];
  return quoteVariants(topic, book.quoteLengths).filter((variant) => !variant.includes('…'));
}

function collectMaterials(prep: PrepSheet, book: PhrasingBook): Material[] {
  const lengths = book.quoteLengths;
  const reference = book.topicReference;
  const materials: Material[] = [];

  const topicQuotes = prep.topics.map((topic) => topicQuoteVariants(topic, book));
  topicQuotes.forEach((quotes, index) => {
    // A topic is always usable: when no quotation passes the rules, the question refers to
    // it by position instead, so every sheet gets questions tied to its own topics.
    const ref = prep.topics.length === 1 ? reference.only : reference.nth(index);
    materials.push({
      kind: 'topic',
      key: `topic:${index}`,
      variants: [...quotes, ref].map((t) => ({ ...emptySlots, t })),
    });
  });
  for (let a = 0; a < topicQuotes.length; a++) {
    for (let b = a + 1; b < topicQuotes.length; b++) {
      const first = topicQuotes[a] ?? [];
      const second = topicQuotes[b] ?? [];
      const distinct =
        normalizeForDuplicateCheck(first[0] ?? '') !== normalizeForDuplicateCheck(second[0] ?? '');
      if (distinct)
        materials.push({
          kind: 'topicPair',
          key: `topic:${a}+${b}`,
          variants: zipVariants({ t: first, t2: second }),
        });
    }
  }

  const textKinds = [
    ['win', prep.wins],
    ['puzzle', prep.puzzles],
    ['support', prep.supportNeeded],
  ] as const;
  for (const [kind, items] of textKinds) {
    (items ?? []).forEach((item, index) => {
      materials.push({
        kind,
        key: `${kind}:${index}`,
        variants: zipVariants({ t: quoteVariants(item, lengths) }),
      });
    });
  }

  (prep.metrics ?? []).forEach((metric, index) => {
    const key = `metric:${index}`;
    const n = quoteVariants(metric.name, lengths);
    const prev = valueVariants(metric.previous);
    const cur = valueVariants(metric.current);
    const tgt = valueVariants(metric.target);
    materials.push({ kind: 'metric', key, variants: zipVariants({ n }) });
    // A gap between where a metric is and where it should be is the richest coaching
    // material on the sheet; a target equal to the current value is no gap at all.
    if (cur.length > 0 && tgt.length > 0 && cur[0] !== tgt[0]) {
      materials.push({ kind: 'metricGap', key, variants: zipVariants({ n, cur, tgt }) });
    }
    if (prev.length > 0 && cur.length > 0 && prev[0] !== cur[0]) {
      materials.push({ kind: 'metricTrend', key, variants: zipVariants({ n, prev, cur }) });
    }
  });

  (prep.projects ?? []).forEach((project, index) => {
    const key = `project:${index}`;
    const p = quoteVariants(project.name, lengths);
    materials.push({ kind: 'project', key, variants: zipVariants({ p }) });
    const prog = quoteVariants(project.progress ?? '', lengths);
    if (prog.length > 0) materials.push({ kind: 'projectProgress', key, variants: zipVariants({ p, prog }) });
  });

  materials.push({ kind: 'none', key: 'none', variants: [emptySlots] });
  return materials.filter((material) => material.variants.length > 0);
}

interface Candidate {
  phrasing: Phrasing;
  phrasingIndex: number;
  material: Material;
}

/**
 * Weights for choosing the next question of a stage. Lower wins. Spreading over sheet
 * entries and kinds makes five different sheets read differently; the random term makes
 * another seed pick another set; general questions only fill in.
 */
const score = {
  perUseOfEntry: 3,
  perUseOfKindInStage: 2,
  general: 4,
  randomSpread: 3,
} as const;

function renderFirstValid(
  candidate: Candidate,
  locale: Locale,
  seen: ReadonlySet<string>,
): string | undefined {
  for (const slots of candidate.material.variants) {
    const rendered = candidate.phrasing.render(slots);
    const text = sentenceRules(locale).script === 'cjk' ? spaceMixedScripts(rendered) : rendered;
    if (findQuestionProblems(text, locale).length > 0) continue;
    if (seen.has(normalizeForDuplicateCheck(text))) continue;
    return text;
  }
  return undefined;
}

/**
 * Open GROW questions drawn from the prep sheet: at least one and exactly `perStage` (1–5)
 * per stage, ordered goal → reality → options → will, in the request's language.
 */
export function generateRulesQuestions(request: RulesRequest, options: RulesOptions = {}): GrowQuestion[] {
  const { locale, prep, perStage } = request;
  const random = seededRandom(JSON.stringify([locale, perStage, prep]), options.seed ?? 0);
  const book = phrasingBook(locale);
  const materials = collectMaterials(prep, book);
  const entryUses = new Map<string, number>();
  const seen = new Set<string>();
  const questions: GrowQuestion[] = [];

  for (const stage of growStages) {
    const phrasings = book[stage];
    let pool: Candidate[] = phrasings.flatMap((phrasing, phrasingIndex) =>
      materials
        .filter((m) => m.kind === phrasing.needs)
        .map((material) => ({ phrasing, phrasingIndex, material })),
    );
    const kindUses = new Map<MaterialKind, number>();
    const usedPhrasings = new Set<number>();
    const chosen: { text: string; general: boolean }[] = [];

    while (chosen.length < perStage && pool.length > 0) {
      // Each stage opens on something from the sheet (the goal stage on one of the
      // employee's own topics); general questions only follow.
      const opening = chosen.length === 0;
      const unused = pool.filter((c) => !usedPhrasings.has(c.phrasingIndex));
      const tied = unused.filter((c) =>
        stage === 'goal' ? c.material.kind === 'topic' : c.material.kind !== 'none',
      );
      const eligible = opening && tied.length > 0 ? tied : unused;
      if (eligible.length === 0) break;
      let best: Candidate | undefined;
      let bestScore = Number.POSITIVE_INFINITY;
      for (const candidate of eligible) {
        const { kind, key } = candidate.material;
        const value =
          (kind === 'none' ? score.general : (entryUses.get(key) ?? 0) * score.perUseOfEntry) +
          (kindUses.get(kind) ?? 0) * score.perUseOfKindInStage +
          random() * score.randomSpread;
        if (value < bestScore) {
          bestScore = value;
          best = candidate;
        }
      }
      if (!best) break;
      const picked = best;
      pool = pool.filter((c) => c !== picked);
      const text = renderFirstValid(picked, locale, seen);
      if (text === undefined) continue;
      chosen.push({ text, general: picked.material.kind === 'none' });
      seen.add(normalizeForDuplicateCheck(text));
      usedPhrasings.add(picked.phrasingIndex);
      kindUses.set(picked.material.kind, (kindUses.get(picked.material.kind) ?? 0) + 1);
      if (picked.material.kind !== 'none')
        entryUses.set(picked.material.key, (entryUses.get(picked.material.key) ?? 0) + 1);
    }

    // Questions about the employee's own material come before the general ones.
    const ordered = [...chosen.filter((c) => !c.general), ...chosen.filter((c) => c.general)];
    questions.push(...ordered.map(({ text }) => ({ stage, text })));
  }
  return questions;
}
