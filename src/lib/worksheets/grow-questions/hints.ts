import type { Locale } from '../../i18n/locales';
import { growStages, type GrowStage } from '../../grow/question';
import {
  findJudgmentalWords,
  isOpenQuestion,
  looksLikeQuestion,
  normalizeForDuplicateCheck,
} from '../../grow/question-rules';
import { filled, type Hint } from '../hint';
import { growStageNames as stageNames } from './labels';
import type { GrowQuestionsData } from './schema';

/**
 * The list follows the same rules as the generator (src/lib/grow/question-rules.ts), so a
 * hand-written list and a generated one are held to one standard: every stage covered,
 * questions open, no verdicts, no repeats.
 */

interface GrowQuestionsHintText {
  missingStage: (stage: GrowStage) => string;
  notAQuestion: string;
  closed: string;
  judgmental: (words: readonly string[]) => string;
  duplicate: string;
  noCommitment: string;
}

const stageExamples: Record<Locale, Record<GrowStage, string>> = {
  'zh-CN': {
    goal: '一个月后回头看，你希望这件事变成什么样？',
    reality: '眼下这件事走到哪一步了？卡在哪里？',
    options: '除了现在的做法，还能从哪几个方向试试？',
    will: '你打算这周先从哪一步开始？',
  },
  en: {
    goal: 'Looking back a month from now, what would you like this to have become?',
    reality: 'Where does this stand right now, and where is it stuck?',
    options: 'Apart from what you’re doing now, what other approaches could you try?',
    will: 'Which step will you start with this week?',
  },
};

const text: Record<Locale, GrowQuestionsHintText> = {
  'zh-CN': {
    missingStage: (stage) =>
      `还没有「${stageNames['zh-CN'][stage]}」阶段的问题：每个阶段至少准备一个，例如“${stageExamples['zh-CN'][stage]}”`,
    notAQuestion: '这句还不是问题：以问号结尾，让对方来回答。',
    closed: '这个问题用“是”或“不是”就能答完。换成“什么”“怎样”“哪些”来问，对方会说得更多。',
    judgmental: (words) =>
      `${words.map((word) => `「${word}」`).join('')}会让问题听起来像指责：去掉它，只问事情本身。`,
    duplicate: '这个问题和前面的一条重复了。',
    noCommitment: '把对方说出口的行动承诺原话记下来，下次谈话就从这里接着聊。',
  },
  en: {
    missingStage: (stage) =>
      `No ${stageNames.en[stage]} question yet: prepare at least one for every stage, e.g. “${stageExamples.en[stage]}”`,
    notAQuestion: 'This isn’t a question yet: end it with a question mark and let the employee answer.',
    closed:
      'This can be answered with a plain yes or no. Asking “what”, “how” or “which” invites a fuller answer.',
    judgmental: (words) =>
      `${words.map((word) => `“${word}”`).join(', ')} makes the question sound like blame: drop it and ask about the situation itself.`,
    duplicate: 'This question repeats an earlier one.',
    noCommitment: 'Write down the commitment in the employee’s own words, and start from it next time.',
  },
};

export function growQuestionsHints(data: GrowQuestionsData, locale: Locale): Hint[] {
  const t = text[locale];
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `grow-questions/${id}`, field, level, message });

  for (const stage of growStages) {
    const covered = data.questions.some((question) => question.stage === stage && filled(question.text));
    if (!covered) add(`missing-${stage}`, 'questions', 'warning', t.missingStage(stage));
  }

  const seen = new Set<string>();
  data.questions.forEach((question, index) => {
    const field = `questions.${index}.text`;
    if (!filled(question.text)) return;
    if (!looksLikeQuestion(question.text)) add('not-a-question', field, 'info', t.notAQuestion);
    else if (!isOpenQuestion(question.text, locale)) add('closed', field, 'warning', t.closed);
    const words = [...new Set(findJudgmentalWords(question.text))];
    if (words.length > 0) add('judgmental', field, 'warning', t.judgmental(words));
    const key = normalizeForDuplicateCheck(question.text);
    if (seen.has(key)) add('duplicate', field, 'info', t.duplicate);
    seen.add(key);
  });

  const willAsked = data.questions.some((question) => question.stage === 'will' && question.asked);
  if (willAsked && !filled(data.commitment)) add('no-commitment', 'commitment', 'warning', t.noCommitment);
  return hints;
}
