import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { calendarDateArbitrary, inTimeZone, iso, thrown } from './_lib/test-support';
import { ageAtCutoff } from './age-at-cutoff';
import { SchoolYear } from './school-year';

const december31 = { cutoff: { month: 12, day: 31 } };

/** Independent reference: the largest n with (birth year + n, birth month, day clamped to the month) ≤ the cutoff. */
function referenceAge(birth: { year: number; month: number; day: number }, cutoff: string): number {
  let age = -1;
  for (let years = 0; years <= 300; years += 1) {
    const year = birth.year + years;
    const lastDay = new Date(Date.UTC(year, birth.month, 0)).getUTCDate();
    const birthday = iso({ year, month: birth.month, day: Math.min(birth.day, lastDay) });
    if (birthday > cutoff) break;
    age = years;
  }
  return age;
}

describe('ageAtCutoff', () => {
  it('counts full years on 31 August of the autumn year, the birthday itself included', () => {
    expect(ageAtCutoff('2015-08-31', 2021)).toBe(6); // enters grade 1 in autumn 2021
    expect(ageAtCutoff('2015-09-01', 2021)).toBe(5); // waits a year
    expect(ageAtCutoff('2015-09-01', 2022)).toBe(6);
    expect(ageAtCutoff('2015-01-01', '2021-2022学年')).toBe(6);
    expect(ageAtCutoff('2021-08-31', SchoolYear.of(2021))).toBe(0);
  });

  it('takes another cutoff, e.g. 31 December, still in the autumn year', () => {
    expect(ageAtCutoff('2015-09-01', 2021, december31)).toBe(6);
    expect(ageAtCutoff('2015-12-31', 2021, december31)).toBe(6);
    expect(ageAtCutoff('2016-01-01', 2021, december31)).toBe(5);
    expect(ageAtCutoff('2015-09-01', 2021, { cutoff: { month: 9, day: 1 } })).toBe(6);
  });

  it('29 February birthdays come round on 28 February in common years by default', () => {
    const cutoff = { month: 2, day: 28 };
    expect(ageAtCutoff('2016-02-29', 2021, { cutoff })).toBe(5); // 2021-02-28
    expect(ageAtCutoff('2016-02-29', 2021, { cutoff, leapDayBirthday: 'february_28' })).toBe(5);
    expect(ageAtCutoff('2016-02-29', 2021, { cutoff, leapDayBirthday: 'march_1' })).toBe(4);
    expect(ageAtCutoff('2016-02-29', 2021, { cutoff: { month: 3, day: 1 }, leapDayBirthday: 'march_1' })).toBe(5);
    // In a leap year the birthday is 29 February itself.
    expect(ageAtCutoff('2016-02-29', 2024, { cutoff })).toBe(7);
    // With the usual cutoffs the convention makes no difference.
    expect(ageAtCutoff('2016-02-29', 2022)).toBe(6);
    expect(ageAtCutoff('2016-02-29', 2022, { leapDayBirthday: 'march_1' })).toBe(6);
    expect(ageAtCutoff('2016-02-29', 2021, december31)).toBe(5);
  });

  it('equals an independent reference for any birth date and cutoff (property)', () => {
    const cutoffArbitrary = fc.constantFrom(
      { month: 8, day: 31 },
      { month: 12, day: 31 },
      { month: 2, day: 28 },
      { month: 3, day: 1 },
      { month: 1, day: 1 },
    );
    fc.assert(
      fc.property(
        calendarDateArbitrary,
        fc.integer({ min: 1900, max: 2150 }),
        cutoffArbitrary,
        (birth, start, cutoff) => {
          const cutoffDate = iso({ year: start, ...cutoff });
          const expected = referenceAge(birth, cutoffDate);
          if (expected < 0) {
            expect(() => ageAtCutoff(iso(birth), start, { cutoff })).toThrow(InvalidInputError);
          } else {
            expect(ageAtCutoff(iso(birth), start, { cutoff })).toBe(expected);
          }
        },
      ),
    );
  });

  it('grows by exactly one each school year (property)', () => {
    fc.assert(
      fc.property(calendarDateArbitrary, fc.integer({ min: 1, max: 80 }), (birth, years) => {
        const first = birth.year + 1;
        expect(ageAtCutoff(iso(birth), first + years) - ageAtCutoff(iso(birth), first)).toBe(years);
      }),
    );
  });

  it('reads Dates by their UTC calendar date, in every host time zone', () => {
    const { result, localHourOfUtcMidnight } = inTimeZone('America/New_York', () => [
      ageAtCutoff(new Date(Date.UTC(2015, 7, 31)), 2021),
      ageAtCutoff(new Date(Date.UTC(2015, 8, 1)), 2021),
    ]);
    expect(localHourOfUtcMidnight).toBe(20);
    expect(result).toEqual([6, 5]);
  });

  it('refuses a birth date after the cutoff, in both languages', () => {
    const error = thrown(() => ageAtCutoff('2021-09-01', 2021)) as InvalidInputError;
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect(error.path).toEqual(['birthDate']);
    expect(error.messageZh).toBe('输入无效:出生日期 2021-09-01 晚于 2021-2022学年 的年龄截止日 2021-08-31');
    expect(error.messageEn).toBe(
      'Invalid input: birthDate 2021-09-01 is after the age cutoff of the 2021/22 school year, 2021-08-31.',
    );
  });

  it('refuses a birth date that is not a date, in both languages', () => {
    const error = thrown(() => ageAtCutoff('2015-02-29', 2021)) as InvalidInputError;
    expect(error.path).toEqual(['birthDate']);
    expect(error.messageZh).toBe('输入无效:出生日期2015-02-29 不是存在的日期:2015 年 2 月只有 28 天');
    expect(error.messageEn).toBe(
      'Invalid input: birthDate 2015-02-29 is not a calendar date: month 2 of 2015 has 28 days.',
    );
    expect((thrown(() => ageAtCutoff('2015-08-31', 'abc')) as InvalidInputError).path).toEqual(['schoolYear']);
  });

  it('refuses malformed options', () => {
    const cases: [unknown, (string | number)[]][] = [
      [{ cutoff: { month: 2, day: 29 } }, ['options', 'cutoff', 'day']],
      [{ cutoff: { month: 6, day: 31 } }, ['options', 'cutoff', 'day']],
      [{ cutoff: { month: 0, day: 1 } }, ['options', 'cutoff', 'month']],
      [{ cutoff: '08-31' }, ['options', 'cutoff']],
      [{ leapDayBirthday: 'february_29' }, ['options', 'leapDayBirthday']],
      [7, ['options']],
    ];
    for (const [options, path] of cases) {
      const error = thrown(() => ageAtCutoff('2015-08-31', 2021, options as never)) as InvalidOptionError;
      expect(InvalidOptionError.isInstance(error)).toBe(true);
      expect(error.path).toEqual(path);
    }
    const error = thrown(() =>
      ageAtCutoff('2015-08-31', 2021, { cutoff: { month: 2, day: 29 } }),
    ) as InvalidOptionError;
    expect(error.messageZh).toBe(
      '入学年龄截止日(options.cutoff)不能为 2 月 29 日:平年没有这一天,请用 2 月 28 日或 3 月 1 日',
    );
    expect(error.messageEn).toBe(
      'options.cutoff cannot be 29 February: common years have no such day; use 28 February or 1 March.',
    );
  });
});
