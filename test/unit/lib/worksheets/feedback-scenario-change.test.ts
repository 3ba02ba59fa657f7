import { beforeAll, describe, expect, test } from 'vitest';
import { feedbackModule, suggestedFramework } from '../../../../src/lib/worksheets/feedback';
import { changeScenario } from '../../../../src/lib/worksheets/feedback/scenario-change';
import { registerWorksheetModule } from '../../../../src/lib/worksheets/registry';

beforeAll(() => registerWorksheetModule(feedbackModule));

describe('changing the feedback scenario', () => {
  test('preselects the framework that fits while the current one is empty', () => {
    const blank = feedbackModule.createDefault();
    const change = changeScenario({ ...blank, framework: '3e' }, 'negative');
    expect(change).toEqual({ scenario: 'negative', framework: suggestedFramework('negative') });
    expect(changeScenario({ ...blank, framework: 'best' }, 'positive')).toEqual({
      scenario: 'positive',
      framework: suggestedFramework('positive'),
    });
  });

  test('keeps the framework once something is written in it, so no text disappears', () => {
    const blank = feedbackModule.createDefault();
    const written = { ...blank, framework: '3e' as const, encourage: 'You ran the review well' };
    expect(changeScenario(written, 'negative')).toEqual({ scenario: 'negative' });
  });
});
