import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error';
import { thrown } from './_lib/test-support';
import { SchoolYear } from './school-year';
import { schoolYearRange } from './school-year-range';

describe('schoolYearRange', () => {
  it('lists every school year from the first to the last, inclusive, oldest first', () => {
    expect(schoolYearRange(2019, '2021-2022学年').map(String)).toEqual([
      '2019-2020学年',
      '2020-2021学年',
      '2021-2022学年',
    ]);
    expect(schoolYearRange('2021/22', SchoolYear.of(2021)).map(String)).toEqual(['2021-2022学年']);
  });

  it('has to − from + 1 consecutive years (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9998 }), fc.integer({ min: 0, max: 60 }), (start, span) => {
        fc.pre(start + span <= 9998);
        const years = schoolYearRange(start, start + span);
        expect(years).toHaveLength(span + 1);
        years.forEach((year, offset) => {
          expect(year.startYear).toBe(start + offset);
        });
      }),
    );
  });

  it('carries the conventions of the first year', () => {
    const [, second] = schoolYearRange(SchoolYear.of(2020, { springTermStart: { month: 3, day: 1 } }), 2021);
    expect(second?.springTerm.start.toISOString()).toBe('2022-03-01T00:00:00.000Z');
  });

  it('refuses a last year before the first, and inputs that are not school years', () => {
    const error = thrown(() => schoolYearRange(2021, 2020)) as InvalidInputError;
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect(error.path).toEqual(['to']);
    expect(error.messageZh).toBe('输入无效:结束学年 2020-2021学年 早于起始学年 2021-2022学年');
    expect(error.messageEn).toBe(
      'Invalid input: the last school year 2020/21 school year is before the first, 2021/22 school year.',
    );
    expect((thrown(() => schoolYearRange('abc', 2021)) as InvalidInputError).path).toEqual(['from']);
    expect((thrown(() => schoolYearRange(2021, 2021.5)) as InvalidInputError).path).toEqual(['to']);
    expect((thrown(() => schoolYearRange(null as never, 2021)) as InvalidInputError).messageEn).toContain(
      'a school year must be a SchoolYear, an autumn year such as 2021, or a label',
    );
  });

  it('accepts a school year from another copy of core', () => {
    const foreign = SchoolYear.of(2020, { referenceDate: { month: 9, day: 30 } });
    const copy = { ...foreign, [Symbol.for('edukpi.school-year')]: true, options: foreign.options };
    const [first] = schoolYearRange(copy as unknown as SchoolYear, 2021);
    expect(first?.referenceDate.toISOString()).toBe('2020-09-30T00:00:00.000Z');
  });
});
