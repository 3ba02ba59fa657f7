import { describe, expect, test } from 'vitest';
import {
  findJudgmentalWords,
  findVagueWords,
  hasDate,
  hasMeasure,
  hasNumber,
  hasTimeWindowOrCount,
  isQuestion,
} from '../../../../src/lib/worksheets/text-rules';

describe('hasNumber()', () => {
  test.each([
    ['转化率提高到 15%', true],
    ['每周拜访三次', true],
    ['完成两个项目', true],
    ['raise conversion to fifteen percent', true],
    ['１２ 个客户', true],
    ['提升客户满意度', false],
    ['一起把服务做好', false],
    ['improve customer satisfaction', false],
  ])('returns %s → %s', (text, expected) => {
    expect(hasNumber(text)).toBe(expected);
  });
});

describe('hasDate()', () => {
  test.each([
    ['2025-09-30 前完成', true],
    ['9月底上线', true],
    ['三个月内完成', true],
    ['本季度末', true],
    ['Q3 结束前', true],
    ['by Friday', true],
    ['by the end of next month', true],
    ['within 6 weeks', true],
    ['in May', true],
    ['提升转化率', false],
    ['we may improve conversion', false],
    ['finish the onboarding guide', false],
  ])('returns %s → %s', (text, expected) => {
    expect(hasDate(text)).toBe(expected);
  });
});

describe('hasMeasure()', () => {
  test.each([
    ['提升客户满意度，9月底前完成', false],
    ['2025-09-30 前上线新版引导页', false],
    ['Ship the guide by March 31', false],
    ['Raise conversion to 15% by 2025-09-30', true],
    ['Q3 内签下 8 家新客户', true],
    ['Raise conversion from 11.5% to 12.5%', true],
  ])('returns %s → %s (dates do not count as a measure)', (text, expected) => {
    expect(hasMeasure(text)).toBe(expected);
  });
});

describe('findVagueWords()', () => {
  test.each([
    ['努力提升客户满意度', ['提升', '努力']],
    ['进一步优化流程', ['优化', '进一步']],
    ['Improve and optimize onboarding', ['Improve', 'optimize']],
    ['try to work on the backlog', ['work on', 'try to']],
    ['Ship the onboarding guide', []],
    ['上线新版引导页', []],
  ])('finds the vague verbs in %s', (text, words) => {
    expect(findVagueWords(text).sort()).toEqual([...words].sort());
  });
});

describe('findJudgmentalWords()', () => {
  test.each([
    ['你总是拖到最后一天', ['总是']],
    ['你从不主动汇报', ['从不']],
    ['你太粗心了', ['太粗心了']],
    ['你又迟到了', ['又']],
    ['你一直这样', ['一直']],
    ['You always miss the stand-up', ['always']],
    ['You never reply and you are lazy', ['never', 'lazy']],
    ['This happens every time', ['every time']],
    ['他做事散漫', ['散漫']],
    ['她有点懒', ['懒']],
    ['交付拖拉', ['拖拉']],
    ['这个人态度差', ['态度差']],
    ['他动不动就请假', ['动不动就']],
    ['回复很敷衍，做事马马虎虎', ['敷衍', '马马虎虎']],
    ['你真没用', ['没用']],
    ['他不称职', ['不称职']],
  ])('flags %s', (text, words) => {
    expect(findJudgmentalWords(text).sort()).toEqual([...words].sort());
  });

  test.each([
    ['上周三的周会你晚到了 10 分钟'],
    ['又快又好地交付了两个版本'],
    ['客户原话是“你们总是晚一天”'],
    ['On Tuesday the release notes were a day late'],
    ['The customer wrote “you never call back”'],
    ['仓库里有一台拖拉机'],
    ['这个工具我还没用过'],
    ['面对延期我们也无能为力'],
  ])('leaves observations alone: %s', (text) => {
    expect(findJudgmentalWords(text)).toEqual([]);
  });
});

describe('hasTimeWindowOrCount()', () => {
  test.each([
    ['过去两周有三次交付晚了一天', true],
    ['上周五的评审会上', true],
    ['twice last sprint', true],
    ['in Tuesday’s meeting', true],
    ['交付总是拖延', false],
    ['you are late with deliveries', false],
  ])('returns %s → %s', (text, expected) => {
    expect(hasTimeWindowOrCount(text)).toBe(expected);
  });
});

describe('isQuestion()', () => {
  test.each([
    ['你怎么看这几次延迟？', true],
    ['说说当时的情况吧', false],
    ['当时发生了什么', true],
    ['What was going on?', true],
    ['how do you see it', true],
    ['Tell me more about it.', false],
  ])('returns %s → %s', (text, expected) => {
    expect(isQuestion(text)).toBe(expected);
  });
});
