import { describe, expect, test } from 'vitest';
import { locales } from '../../../../src/lib/i18n/locales';
import { actionPlanSchema, type ActionPlanInput } from '../../../../src/lib/worksheets/action-plan';
import {
  reviewCalendar,
  reviewCalendarFileName,
  reviewEvents,
} from '../../../../src/lib/worksheets/action-plan/calendar';

const plan = (input: ActionPlanInput, person?: string) => ({
  id: 'plan-7',
  title: 'Q3 follow-up',
  person,
  data: actionPlanSchema.parse(input),
});

const now = new Date('2025-07-01T08:00:00Z');

describe('reviewEvents()', () => {
  test('makes one event per action with a review date, in order', () => {
    const events = reviewEvents(
      plan({
        actions: [
          { result: 'Draft the call script', reviewDate: '2025-07-04' },
          { result: 'No date yet' },
          { result: 'Shadow two demos', reviewDate: '2025-07-18', state: 'done' },
        ],
      }),
      'en',
    );
    expect(events.map((event) => [event.uid, event.date])).toEqual([
      ['plan-7-action-1@coaching-toolkit', '2025-07-04'],
      ['plan-7-action-3@coaching-toolkit', '2025-07-18'],
    ]);
  });

  test('names the person and the result in the summary', () => {
    const [en] = reviewEvents(
      plan({ actions: [{ result: 'Draft the script', reviewDate: '2025-07-04' }] }, 'Lin'),
      'en',
    );
    expect(en?.summary).toBe('Review with Lin: Draft the script');
    const [zh] = reviewEvents(
      plan({ actions: [{ result: '写好拜访话术', reviewDate: '2025-07-04' }] }, '小林'),
      'zh-CN',
    );
    expect(zh?.summary).toBe('复盘（小林）：写好拜访话术');
  });

  test.each(locales)('falls back to the action number when the result is empty (%s)', (locale) => {
    const [event] = reviewEvents(plan({ actions: [{ reviewDate: '2025-07-04' }] }), locale);
    expect(event?.summary).toMatch(/1$/);
  });

  test('keeps only the first line of a long result in the summary', () => {
    const [event] = reviewEvents(
      plan({ actions: [{ result: 'First line\nSecond line', reviewDate: '2025-07-04' }] }),
      'en',
    );
    expect(event?.summary).toBe('Review: First line');
    expect(event?.description).toContain('First line\nSecond line');
  });

  test('lists the filled 5R details and the micro-action note in the description', () => {
    const [event] = reviewEvents(
      plan({
        actions: [
          {
            result: '写好拜访话术',
            resource: '一次陪练',
            responsible: '小林',
            risk: '客户改期',
            contingency: '改成电话',
            microAction: true,
            reviewDate: '2025-07-04',
          },
        ],
      }),
      'zh-CN',
    );
    expect(event?.description).toBe(
      '写好拜访话术\n负责人：小林\n资源：一次陪练\n风险：客户改期\n预案：改成电话\n这是一项微行动：下次谈话从它的结果聊起。\n来自 5R 行动计划：Q3 follow-up',
    );
  });
});

describe('reviewCalendar()', () => {
  test('is a calendar with an all-day VEVENT per review date', () => {
    const ics = reviewCalendar(
      plan({ actions: [{ result: 'Script, v2; final', reviewDate: '2025-07-04' }] }, 'Lin'),
      'en',
      now,
    );
    expect(ics).toContain(
      'BEGIN:VEVENT\r\nUID:plan-7-action-1@coaching-toolkit\r\nDTSTAMP:20250701T080000Z\r\n',
    );
    expect(ics).toContain('DTSTART;VALUE=DATE:20250704\r\nDTEND;VALUE=DATE:20250705\r\n');
    expect(ics).toContain('SUMMARY:Review with Lin: Script\\, v2\\; final\r\n');
  });

  test('names the file after today', () => {
    expect(reviewCalendarFileName(now)).toBe('5r-review-dates-2025-07-01.ics');
  });
});
