import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import type { DateInput } from '../index';
import { calendarDateArbitrary, iso, thrown } from './_lib/test-support';
import { ageAtCutoff } from './age-at-cutoff';
import { ageGroupsOf } from './age-groups-of';
import { countPopulationByAgeGroup } from './count-population-by-age-group';

describe('countPopulationByAgeGroup', () => {
  it('counts each person in every group their age at the cutoff falls in', () => {
    const population = countPopulationByAgeGroup(
      [
        '2018-08-31', // 3 → preschool
        '2018-09-01', // 2 → no group
        '2015-08-31', // 6 → primary, disabled_compulsory
        '2015-09-01', // 5 → preschool
        '2007-08-31', // 14 → junior, disabled_compulsory
        '2006-08-31', // 15 → upper_secondary
        '1999-01-01', // 22 → higher
        '1998-08-31', // 23 → no group
        new Date(Date.UTC(2009, 11, 31)), // 11 → primary, disabled_compulsory
      ],
      2021,
    );
    expect(population.counts).toEqual({
      preschool: 2,
      primary: 2,
      junior: 1,
      upper_secondary: 1,
      higher: 1,
      disabled_compulsory: 3,
    });
    expect(population.given).toBe(9);
    expect(population.counted).toBe(9);
    expect(population.outsideGroups).toBe(2);
    expect(population.rejected).toEqual([]);
    expect(population.byAge).toEqual([
      { age: 2, count: 1 },
      { age: 3, count: 1 },
      { age: 5, count: 1 },
      { age: 6, count: 1 },
      { age: 11, count: 1 },
      { age: 14, count: 1 },
      { age: 15, count: 1 },
      { age: 22, count: 1 },
      { age: 23, count: 1 },
    ]);
    expect(population.schoolYear.toString()).toBe('2021-2022学年');
    expect(population.cutoffDate.toISOString()).toBe('2021-08-31T00:00:00.000Z');
  });

  it('lists unusable birth dates with index and a reason in both languages; counts reconcile', () => {
    const population = countPopulationByAgeGroup(
      ['2015-08-31', 'unknown', '2015-02-29', '2021-09-01', null as never, new Date(Number.NaN), '2021-08-31'],
      '2021-2022学年',
    );
    expect(population.given).toBe(7);
    expect(population.counted).toBe(2);
    expect(population.given).toBe(population.counted + population.rejected.length);
    expect(population.rejected.map((rejected) => [rejected.index, rejected.reason])).toEqual([
      [1, 'invalid_date'],
      [2, 'invalid_date'],
      [3, 'born_after_cutoff'],
      [4, 'invalid_date'],
      [5, 'invalid_date'],
    ]);
    expect(population.rejected[1]).toEqual({
      index: 2,
      value: '2015-02-29',
      reason: 'invalid_date',
      message: {
        zh: '出生日期(birthDates[2])2015-02-29 不是存在的日期:2015 年 2 月只有 28 天',
        en: 'birthDates[2] 2015-02-29 is not a calendar date: month 2 of 2015 has 28 days.',
      },
    });
    expect(population.rejected[2]?.message).toEqual({
      zh: '出生日期(birthDates[3])2021-09-01 晚于 2021-2022学年 的年龄截止日 2021-08-31',
      en: 'birthDates[3] 2021-09-01 is after the age cutoff of the 2021/22 school year, 2021-08-31.',
    });
    expect(population.rejected[3]?.message.en).toBe(
      'birthDates[4] must be a date string in the form YYYY-MM-DD or a Date (got null).',
    );
    // Born on the cutoff day: aged 0, counted, in no group.
    expect(population.byAge).toEqual([
      { age: 0, count: 1 },
      { age: 6, count: 1 },
    ]);
  });

  it('rejects the holes of a sparse array instead of skipping them', () => {
    const sparse: DateInput[] = ['2015-08-31'];
    sparse[2] = '2015-08-31';
    const population = countPopulationByAgeGroup(sparse, 2021);
    expect([population.given, population.counted, population.rejected.map((rejected) => rejected.index)]).toEqual([
      3,
      2,
      [1],
    ]);
  });

  it('moves people between groups with a 31 December cutoff', () => {
    const birthDates = ['2015-09-01', '2015-12-31', '2016-01-01', '2006-10-01'];
    const august = countPopulationByAgeGroup(birthDates, 2021);
    const december = countPopulationByAgeGroup(birthDates, 2021, { cutoff: { month: 12, day: 31 } });
    expect([august.counts.preschool, august.counts.primary, august.counts.junior]).toEqual([3, 0, 1]);
    expect([december.counts.preschool, december.counts.primary, december.counts.upper_secondary]).toEqual([1, 2, 1]);
    expect(december.cutoffDate.toISOString()).toBe('2021-12-31T00:00:00.000Z');
    expect(countPopulationByAgeGroup(['2021-12-31'], 2021).rejected[0]?.reason).toBe('born_after_cutoff');
    expect(countPopulationByAgeGroup(['2021-12-31'], 2021, { cutoff: { month: 12, day: 31 } }).counted).toBe(1);
  });

  it('applies the leap-day convention', () => {
    const cutoff = { month: 2, day: 28 };
    expect(countPopulationByAgeGroup(['2016-02-29'], 2019, { cutoff }).byAge).toEqual([{ age: 3, count: 1 }]);
    expect(countPopulationByAgeGroup(['2016-02-29'], 2019, { cutoff, leapDayBirthday: 'march_1' }).byAge).toEqual([
      { age: 2, count: 1 },
    ]);
  });

  it('counts with other groups, e.g. a 五四制 area', () => {
    const label = { 'zh-CN': 'x', 'zh-TW': 'x', en: 'x' };
    const population = countPopulationByAgeGroup(['2010-08-31', '2009-08-31'], 2021, {
      ageGroups: [
        { id: 'primary_five_four', minAge: 6, maxAge: 10, label },
        { id: 'junior_five_four', minAge: 11, maxAge: 14, label },
      ],
    });
    expect(population.counts).toEqual({ primary_five_four: 0, junior_five_four: 2 });
  });

  it('matches ageAtCutoff and ageGroupsOf person by person, and reconciles (property)', () => {
    const entryArbitrary = fc.oneof(
      { weight: 8, arbitrary: calendarDateArbitrary.map(iso) },
      { weight: 1, arbitrary: fc.constantFrom('', 'n/a', '2019-02-29', '2020-00-10') },
    );
    fc.assert(
      fc.property(fc.array(entryArbitrary, { maxLength: 40 }), fc.integer({ min: 1950, max: 2050 }), (dates, start) => {
        const population = countPopulationByAgeGroup(dates, start);
        expect(population.given).toBe(dates.length);
        expect(population.counted + population.rejected.length).toBe(population.given);
        expect(population.byAge.reduce((sum, entry) => sum + entry.count, 0)).toBe(population.counted);
        const expected: Record<string, number> = {
          preschool: 0,
          primary: 0,
          junior: 0,
          upper_secondary: 0,
          higher: 0,
          disabled_compulsory: 0,
        };
        let outside = 0;
        const rejectedIndexes = new Set(population.rejected.map((rejected) => rejected.index));
        dates.forEach((date, index) => {
          let age: number;
          try {
            age = ageAtCutoff(date, start);
          } catch {
            expect(rejectedIndexes.has(index)).toBe(true);
            return;
          }
          expect(rejectedIndexes.has(index)).toBe(false);
          const groups = ageGroupsOf(age);
          for (const group of groups) expected[group] = (expected[group] ?? 0) + 1;
          if (groups.length === 0) outside += 1;
        });
        expect(population.counts).toEqual(expected);
        expect(population.outsideGroups).toBe(outside);
        for (const count of Object.values(population.counts)) expect(Number.isInteger(count)).toBe(true);
      }),
    );
  });

  it('refuses input that is not an array or a school year, and malformed options', () => {
    const error = thrown(() => countPopulationByAgeGroup('2015-08-31' as never, 2021)) as InvalidInputError;
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect(error.path).toEqual(['birthDates']);
    expect(error.messageZh).toBe('输入无效:出生日期列表(birthDates)应为数组,收到 "2015-08-31"');
    expect(error.messageEn).toBe('Invalid input: birthDates must be an array (got "2015-08-31").');
    expect((thrown(() => countPopulationByAgeGroup([], '2021-2023')) as InvalidInputError).path).toEqual([
      'schoolYear',
    ]);
    expect(
      InvalidOptionError.isInstance(
        thrown(() => countPopulationByAgeGroup([], 2021, { cutoff: { month: 2, day: 29 } })),
      ),
    ).toBe(true);
  });

  it('returns a frozen result', () => {
    const population = countPopulationByAgeGroup(['2015-08-31'], 2021);
    expect(Object.isFrozen(population)).toBe(true);
    expect(Object.isFrozen(population.counts)).toBe(true);
    expect(Object.isFrozen(population.rejected)).toBe(true);
  });
});
