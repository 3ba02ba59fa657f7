import { sectionText } from '../../i18n/sections';
import { pluralOf } from '../../i18n/plural';
import { quotedList } from '../../i18n/sentences';
import type { Locale } from '../../i18n/locales';
import { growStages } from '../../grow/question';
import {
  findJudgmentalWords,
  isOpenQuestion,
  looksLikeQuestion,
  normalizeForDuplicateCheck,
} from '../../grow/question-rules';
import { filled, type Hint } from '../hint';
import { growStageName } from './labels';
import type { GrowQuestionsData } from './schema';

/**
 * The list follows the same rules as the generator (src/lib/grow/question-rules.ts), so a
 * hand-written list and a generated one are held to one standard: every stage covered,
 * questions open, no verdicts, no repeats.
 */

export function growQuestionsHints(data: GrowQuestionsData, locale: Locale): Hint[] {
  const t = sectionText(locale, 'grow-questions-hints');
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `grow-questions/${id}`, field, level, message });

  for (const stage of growStages) {
    const covered = data.questions.some((question) => question.stage === stage && filled(question.text));
    const example = t(`hint.growQuestions.stageExample.${stage}`);
    if (!covered)
      add(
        `missing-${stage}`,
        'questions',
        'warning',
        t('hint.growQuestions.missingStage', { name: growStageName(stage, locale), example }),
      );
  }

  const seen = new Set<string>();
  data.questions.forEach((question, index) => {
    const field = `questions.${index}.text`;
    if (!filled(question.text)) return;
    if (!looksLikeQuestion(question.text))
      add('not-a-question', field, 'info', t('hint.growQuestions.notAQuestion'));
    else if (!isOpenQuestion(question.text, locale))
      add('closed', field, 'warning', t('hint.growQuestions.closed'));
    const words = [...new Set(findJudgmentalWords(question.text))];
    if (words.length > 0)
      add(
        'judgmental',
        field,
        'warning',
        t(`hint.growQuestions.judgmental.${pluralOf(words.length, locale)}`, {
          words: quotedList(locale, words),
        }),
      );
    const key = normalizeForDuplicateCheck(question.text);
    if (seen.has(key)) add('duplicate', field, 'info', t('hint.growQuestions.duplicate'));
    seen.add(key);
  });

  const willAsked = data.questions.some((question) => question.stage === 'will' && question.asked);
  if (willAsked && !filled(data.commitment))
    add('no-commitment', 'commitment', 'warning', t('hint.growQuestions.noCommitment'));
  return hints;
}
