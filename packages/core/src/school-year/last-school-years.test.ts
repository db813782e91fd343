import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { thrown } from './_lib/test-support';
import { lastSchoolYears } from './last-school-years';
import { SchoolYear } from './school-year';
import { schoolYearOf } from './school-year-of';

describe('lastSchoolYears', () => {
  it('lists the last n school years ending with until, oldest first', () => {
    expect(lastSchoolYears(3, { until: 2021 }).map((year) => year.format('slash'))).toEqual([
      '2019/20',
      '2020/21',
      '2021/22',
    ]);
    expect(lastSchoolYears(1, { until: '2021-2022学年' }).map(String)).toEqual(['2021-2022学年']);
    expect(lastSchoolYears(2, { until: schoolYearOf('2022-08-31') }).map((year) => year.startYear)).toEqual([
      2020, 2021,
    ]);
  });

  it('has n consecutive years ending at until (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1100, max: 9998 }), fc.integer({ min: 1, max: 100 }), (until, count) => {
        const years = lastSchoolYears(count, { until });
        expect(years).toHaveLength(count);
        expect(years.at(-1)?.startYear).toBe(until);
        years.forEach((year, offset) => {
          expect(year.startYear).toBe(until - count + 1 + offset);
        });
      }),
    );
  });

  it('carries the conventions of until', () => {
    const [first] = lastSchoolYears(2, { until: SchoolYear.of(2021, { springTermStart: { month: 3, day: 1 } }) });
    expect(first?.springTerm.start.toISOString()).toBe('2021-03-01T00:00:00.000Z');
  });

  it('requires until, so the result never depends on the clock', () => {
    for (const options of [undefined, {}, null]) {
      const error = thrown(() => lastSchoolYears(3, options as never)) as InvalidOptionError;
      expect(InvalidOptionError.isInstance(error)).toBe(true);
      expect(error.path).toEqual(['options', 'until']);
      expect(error.messageZh).toContain('缺少 options.until');
      expect(error.messageEn).toContain('options.until (the last school year) is required');
    }
  });

  it('refuses a count that is not a whole number ≥ 1, or that would start before 1000', () => {
    for (const count of [0, -1, 2.5, Number.NaN, '3']) {
      const error = thrown(() => lastSchoolYears(count as number, { until: 2021 })) as InvalidInputError;
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect(error.path).toEqual(['count']);
    }
    expect((thrown(() => lastSchoolYears(3, { until: 1001 })) as InvalidInputError).messageEn).toBe(
      'Invalid input: 3 school years up to 1001/02 school year would start before 1000.',
    );
    expect((thrown(() => lastSchoolYears(3, { until: 'abc' })) as InvalidInputError).path).toEqual([
      'options',
      'until',
    ]);
  });
});
