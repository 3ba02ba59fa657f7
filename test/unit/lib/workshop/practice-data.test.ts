import { describe, expect, test } from 'vitest';
import { scenarioPracticeSchema } from '../../../../src/lib/content/workshop-schema';
import { locales } from '../../../../src/lib/i18n/locales';
import { registerEveryWorksheetModule } from '../../../support/all-kinds';
import { migrateAndValidate } from '../../../../src/lib/worksheets/document';
import { createWorksheet } from '../../../../src/lib/worksheets/document';
import { feedbackSchema } from '../../../../src/lib/worksheets/feedback/schema';
import { prepSheetDataSchema } from '../../../../src/lib/worksheets/prep-sheet/schema';
import { smartArSchema } from '../../../../src/lib/worksheets/smart-ar/schema';
import {
  feedbackFromPractice,
  practiceKinds,
  practiceWorksheetId,
  practiceWorksheets,
  prepSheetFromPractice,
  smartArFromPractice,
  type ScenarioPractice,
} from '../../../../src/lib/workshop/practice-data';

registerEveryWorksheetModule();

/** Practice data as a scenario's front matter gives it, checked by the content schema. */
function practice(input: unknown): ScenarioPractice {
  return scenarioPracticeSchema.parse(input);
}

const full = practice({
  person: '邵磊',
  prepSheet: {
    topics: ['手上的活太碎，交付计划经常被临时故障打断', '想聊聊明年往稳定性工程方向发展'],
    wins: ['5 月完成日志平台迁移，误报告警从每周 40 多条降到 15 条左右'],
    puzzles: ['白天被拉去处理线上故障的次数太多'],
    supportNeeded: ['希望故障值班排得更均匀一些'],
    metrics: [
      { name: '客户环境交付按期率', previous: '上季度 90%', current: '近六周 3 / 7', target: '90% 以上' },
      { name: '每周被临时故障打断次数', current: '6 次' },
    ],
    projects: [{ name: '华南客户私有化部署（二期）', progress: '已上线' }, { name: '监控告警治理' }],
  },
  goal: {
    direction: 'Grow revenue from existing customers',
    statement: 'Raise the renewal rate of mid-market accounts from 82% to 88% by 30 September',
    milestones: [{ indicator: 'Renewal rate', target: '85% by 30 June' }],
  },
  feedback: {
    framework: 'best',
    scenario: 'negative',
    behavior: '过去六周排给你的 7 次客户环境交付中，有 4 次晚于约定日期',
    effect: '实施组因此两次推迟客户的上线培训',
  },
});

/** The largest practice data the content schema allows. */
const largest = practice({
  person: 'x'.repeat(60),
  prepSheet: {
    topics: Array(3).fill('t'.repeat(500)),
    wins: Array(2).fill('w'.repeat(500)),
    puzzles: Array(2).fill('p'.repeat(500)),
    supportNeeded: Array(3).fill('s'.repeat(500)),
    metrics: Array(5).fill({
      name: 'n'.repeat(500),
      previous: 'a'.repeat(500),
      current: 'b'.repeat(500),
      target: 'c'.repeat(500),
    }),
    projects: Array(5).fill({ name: 'n'.repeat(500), progress: 'p'.repeat(500) }),
  },
  goal: {
    direction: 'd'.repeat(500),
    statement: 's'.repeat(500),
    milestones: Array(4).fill({ indicator: 'i'.repeat(120), target: 't'.repeat(120) }),
  },
  feedback: { framework: '3e', scenario: 'improvement', behavior: 'b'.repeat(500), effect: 'e'.repeat(500) },
});

describe('prepSheetFromPractice', () => {
  test('copies every field and fills the optional ones the worksheet always has', () => {
    const data = prepSheetFromPractice(full.prepSheet!);
    expect(data).toEqual({
      meetingDate: '',
      topics: ['手上的活太碎，交付计划经常被临时故障打断', '想聊聊明年往稳定性工程方向发展'],
      wins: ['5 月完成日志平台迁移，误报告警从每周 40 多条降到 15 条左右'],
      puzzles: ['白天被拉去处理线上故障的次数太多'],
      supportNeeded: ['希望故障值班排得更均匀一些'],
      metrics: [
        { name: '客户环境交付按期率', previous: '上季度 90%', current: '近六周 3 / 7', target: '90% 以上' },
        { name: '每周被临时故障打断次数', previous: '', current: '6 次', target: '' },
      ],
      projects: [
        { name: '华南客户私有化部署（二期）', progress: '已上线' },
        { name: '监控告警治理', progress: '' },
      ],
    });
    expect(prepSheetDataSchema.parse(data)).toEqual(data);
  });

  test('turns a sheet with only topics into empty lists', () => {
    const data = prepSheetFromPractice(
      practice({ person: 'A', prepSheet: { topics: ['One topic'] } }).prepSheet!,
    );
    expect(data).toMatchObject({
      topics: ['One topic'],
      wins: [],
      puzzles: [],
      supportNeeded: [],
      metrics: [],
      projects: [],
    });
    expect(prepSheetDataSchema.safeParse(data).success).toBe(true);
  });

  test('does not share arrays with the scenario', () => {
    const source = full.prepSheet!;
    const data = prepSheetFromPractice(source);
    data.topics.push('extra');
    expect(source.topics).toHaveLength(2);
  });
});

describe('smartArFromPractice', () => {
  test('puts direction, statement and milestones where the builder keeps them', () => {
    const data = smartArFromPractice(full.goal!);
    expect(data).toMatchObject({
      direction: 'Grow revenue from existing customers',
      goal: 'Raise the renewal rate of mid-market accounts from 82% to 88% by 30 September',
      milestones: [{ indicator: 'Renewal rate', target: '85% by 30 June', date: '' }],
      adjustments: [],
      likelihood: { scale: 'ten', value: null },
    });
    expect(smartArSchema.parse(data)).toEqual(data);
  });
});

describe('feedbackFromPractice', () => {
  test('keeps BEST facts as Behavior and Effect', () => {
    const data = feedbackFromPractice(full.feedback!, 'zh-CN');
    expect(data).toMatchObject({
      framework: 'best',
      scenario: 'negative',
      behavior: '过去六周排给你的 7 次客户环境交付中，有 4 次晚于约定日期',
      effect: '实施组因此两次推迟客户的上线培训',
      encourage: '',
      explore: '',
    });
    expect(feedbackSchema.parse(data)).toEqual(data);
  });

  test('puts 3E praise into Encourage, closing each sentence in the language', () => {
    const positive = {
      framework: '3e',
      scenario: 'positive',
      behavior: '带 5 位同事学会使用',
      effect: '应收数据每月提前两天出数',
    } as const;
    expect(feedbackFromPractice(positive, 'zh-CN').encourage).toBe(
      '带 5 位同事学会使用。应收数据每月提前两天出数。',
    );
    expect(
      feedbackFromPractice(
        {
          ...positive,
          behavior: 'Jonah rewrote 11 saved replies.',
          effect: 'Handling time fell to 10 minutes',
        },
        'en',
      ).encourage,
    ).toBe('Jonah rewrote 11 saved replies. Handling time fell to 10 minutes.');
  });

  test('puts 3E improvement facts into Explore and keeps Behavior and Effect too', () => {
    const data = feedbackFromPractice(
      { framework: '3e', scenario: 'improvement', behavior: 'Of 27 demos, 6 led to a proposal.', effect: '' },
      'en',
    );
    expect(data).toMatchObject({
      explore: 'Of 27 demos, 6 led to a proposal.',
      encourage: '',
      behavior: 'Of 27 demos, 6 led to a proposal.',
      effect: '',
    });
  });
});

describe('practiceWorksheets', () => {
  test('gives fixed ids, so loading twice replaces instead of duplicating', () => {
    expect(practiceWorksheetId('delivery-delays', 'prep-sheet')).toBe('practice-delivery-delays-prep-sheet');
    const first = practiceWorksheets('delivery-delays', full, 'zh-CN');
    const second = practiceWorksheets('delivery-delays', full, 'zh-CN');
    expect(first.map((w) => w.id)).toEqual([
      'practice-delivery-delays-prep-sheet',
      'practice-delivery-delays-smart-ar',
      'practice-delivery-delays-feedback',
    ]);
    expect(second).toEqual(first);
  });

  test('only makes the worksheets the scenario has data for', () => {
    const onlyGoal = practice({ person: 'A', goal: { statement: 'Ship it by Friday' } });
    expect(practiceWorksheets('s', onlyGoal, 'en').map((w) => w.kind)).toEqual(['smart-ar']);
    expect(practiceWorksheets('s', practice({ person: 'A' }), 'en')).toEqual([]);
  });

  test('lists the kinds in the order a conversation uses them', () => {
    expect(practiceWorksheets('s', full, 'en').map((w) => w.kind)).toEqual([...practiceKinds]);
  });

  test.each(locales)('the largest practice data still makes valid, storable worksheets (%s)', (locale) => {
    for (const worksheet of practiceWorksheets('a-scenario', largest, locale)) {
      const doc = createWorksheet(worksheet.kind, {
        id: worksheet.id,
        locale,
        data: worksheet.data,
        person: largest.person,
        practice: 'a-scenario',
        title: 'Practice',
      });
      const result = migrateAndValidate(doc);
      expect(result, worksheet.kind).toMatchObject({
        type: 'success',
        doc: { id: worksheet.id, practice: 'a-scenario' },
      });
    }
  });
});
