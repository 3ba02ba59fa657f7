import type { UiKey } from '../../lib/i18n';
import type { Locale } from '../../lib/i18n/locales';
import { joinSentences } from '../../lib/i18n/sentences';
import { growStages, type GrowQuestion, type GrowStage } from '../../lib/grow/question';
import type { GenerationOutcome } from './generate-client';
import type { IslandTranslate } from '../shared/island-strings';
import type { EditableQuestion } from './QuestionListEditor';

/** What the generator says and copies, decided apart from the page (tested in test/unit/components/questions). */

export const stageKeys: Record<GrowStage, UiKey> = {
  goal: 'q.stage.goal',
  reality: 'q.stage.reality',
  options: 'q.stage.options',
  will: 'q.stage.will',
};

/** One sentence for where the questions came from and, if the AI was not used, why. */
export function explainOutcome(outcome: GenerationOutcome, t: IslandTranslate, locale: Locale) {
  if (outcome.source === 'ai') return t('q.source.ai');
  const reason = outcome.localReason
    ? t(`q.local.${outcome.localReason}` as UiKey, { seconds: outcome.retryAfter ?? 60 })
    : outcome.serverReason
      ? t(`q.reason.${outcome.serverReason}` as UiKey)
      : undefined;
  return reason ? joinSentences(locale, t('q.source.rules'), reason) : t('q.source.rulesChosen');
}

let nextId = 0;
export const withIds = (questions: readonly GrowQuestion[]): EditableQuestion[] =>
  questions.map((question) => ({ ...question, id: `g${++nextId}` }));

/** The questions as plain text by stage, for the clipboard: each stage's name, then its questions. */
export function questionsAsText(questions: readonly EditableQuestion[], t: IslandTranslate): string {
  return growStages
    .map((stage) => {
      const lines = questions
        .filter((q) => q.stage === stage && q.text.trim() !== '')
        .map((q) => `- ${q.text}`);
      return `${t(stageKeys[stage])}\n${lines.join('\n')}`;
    })
    .join('\n\n');
}
