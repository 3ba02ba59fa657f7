import { describe, expect, test } from 'vitest';
import { inPlayForScenario } from '../../../../src/lib/worksheets/observer-checklist/in-play';

describe('inPlayForScenario()', () => {
  test('ticks PREP, BEST and 3E exactly when the scenario practises them', () => {
    expect(inPlayForScenario({ frameworks: ['prep', '3e', 'grow', '5r'] })).toEqual({
      prep: true,
      best: false,
      threeE: true,
    });
    expect(inPlayForScenario({ frameworks: ['best', 'grow'] })).toEqual({
      prep: false,
      best: true,
      threeE: false,
    });
    expect(inPlayForScenario({ frameworks: ['smart-ar'] })).toEqual({
      prep: false,
      best: false,
      threeE: false,
    });
  });
});
