import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../../../src/lib/i18n';
import { islandTranslator } from '../../../../src/components/shared/island-strings';
import { explainOutcome, questionsAsText, withIds } from '../../../../src/components/questions/question-text';

const t = islandTranslator(dictionaries.en);

describe('what the question generator says and copies', () => {
  test('copies the questions by stage, skipping empty ones, each stage named', () => {
    const questions = withIds([
      { stage: 'goal', text: 'What would you like to be different?' },
      { stage: 'will', text: 'What will you do first?' },
      { stage: 'will', text: '  ' },
    ]);
    const text = questionsAsText(questions, t);
    expect(text.startsWith(`${t('q.stage.goal')}\n- What would you like to be different?`)).toBe(true);
    expect(text.endsWith(`${t('q.stage.will')}\n- What will you do first?`)).toBe(true);
    expect(text).toContain(t('q.stage.reality'));
    expect(text.match(/^- /gmu)).toHaveLength(2);
  });

  test('gives every question its own id', () => {
    const [a, b] = withIds([
      { stage: 'goal', text: 'A?' },
      { stage: 'goal', text: 'A?' },
    ]);
    expect(a?.id).not.toBe(b?.id);
  });

  test('says the rules were used, and why the AI was not when it was asked for', () => {
    expect(explainOutcome({ source: 'ai', questions: [] }, t, 'en')).toBe(t('q.source.ai'));
    expect(explainOutcome({ source: 'rules', questions: [] }, t, 'en')).toBe(t('q.source.rulesChosen'));
    const fellBack = explainOutcome({ source: 'rules', questions: [], localReason: 'offline' }, t, 'en');
    expect(fellBack.startsWith(t('q.source.rules'))).toBe(true);
    expect(fellBack.length).toBeGreaterThan(t('q.source.rules').length);
  });
});
