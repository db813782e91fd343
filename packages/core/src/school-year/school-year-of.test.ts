import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error';
import { calendarDateArbitrary, inTimeZone, iso, thrown } from './_lib/test-support';
import { schoolYearOf } from './school-year-of';

describe('schoolYearOf', () => {
  it('changes school year between 31 August and 1 September', () => {
    expect(schoolYearOf('2021-08-31').toString()).toBe('2020-2021学年');
    expect(schoolYearOf('2021-09-01').toString()).toBe('2021-2022学年');
    expect(schoolYearOf('2021-12-31').startYear).toBe(2021);
    expect(schoolYearOf('2022-01-01').startYear).toBe(2021);
    expect(schoolYearOf('2024-02-29').startYear).toBe(2023);
  });

  it('reads a Date by its UTC calendar date, ignoring the time of day', () => {
    expect(schoolYearOf(new Date(Date.UTC(2021, 7, 31, 23, 59, 59, 999))).startYear).toBe(2020);
    expect(schoolYearOf(new Date(Date.UTC(2021, 8, 1))).startYear).toBe(2021);
    expect(schoolYearOf(new Date('2021-09-01T00:30:00+08:00')).startYear).toBe(2020); // 2021-08-31T16:30Z
  });

  it('gives the same answer in every host time zone', () => {
    for (const timeZone of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      const { result, localHourOfUtcMidnight } = inTimeZone(timeZone, () => [
        schoolYearOf(new Date(Date.UTC(2021, 8, 1))).startYear,
        schoolYearOf(new Date(Date.UTC(2021, 7, 31))).startYear,
      ]);
      expect(localHourOfUtcMidnight).not.toBe(0);
      expect(result).toEqual([2021, 2020]);
    }
  });

  it('the school year of a date contains it (property)', () => {
    fc.assert(
      fc.property(calendarDateArbitrary, (date) => {
        const year = schoolYearOf(iso(date));
        expect(year.contains(iso(date))).toBe(true);
        expect(year.startYear).toBe(date.month >= 9 ? date.year : date.year - 1);
      }),
    );
  });

  it('passes conventions on', () => {
    expect(schoolYearOf('2021-10-01', { referenceDate: { month: 9, day: 15 } }).referenceDate.toISOString()).toBe(
      '2021-09-15T00:00:00.000Z',
    );
  });

  it.each([
    [
      '2021-02-29',
      'date 2021-02-29 is not a calendar date: month 2 of 2021 has 28 days.',
      '日期2021-02-29 不是存在的日期:2021 年 2 月只有 28 天',
    ],
    [
      '2021-13-01',
      'date 2021-13-01 is not a calendar date: the month must be 01 to 12.',
      '日期2021-13-01 不是存在的日期:月份应为 01 到 12',
    ],
    [
      '2021/09/01',
      'date must be written YYYY-MM-DD, e.g. 2015-08-31 (got "2021/09/01").',
      '日期应写作 YYYY-MM-DD(如 2015-08-31),收到 "2021/09/01"',
    ],
    [new Date(Number.NaN), 'date is an invalid Date (Invalid Date).', '日期是无效的 Date 对象(Invalid Date)'],
    [
      20210901,
      'date must be a date string in the form YYYY-MM-DD or a Date (got 20210901).',
      '日期应为 YYYY-MM-DD 格式的日期字符串或 Date 对象,收到 20210901',
    ],
  ])('refuses %j in both languages', (value, messageEn, messageZh) => {
    const error = thrown(() => schoolYearOf(value as string)) as InvalidInputError;
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect(error.path).toEqual(['date']);
    expect(error.messageEn).toBe(`Invalid input: ${messageEn}`);
    expect(error.messageZh).toBe(`输入无效:${messageZh}`);
  });

  it('refuses dates outside the supported school years', () => {
    expect(() => schoolYearOf('1000-08-31')).toThrow(/1000-08-31/);
    expect(schoolYearOf('1000-09-01').startYear).toBe(1000);
  });
});
