import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdukpiError } from '../errors/edukpi-error';
import { InvalidInputError } from '../errors/invalid-input-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { calendarDateArbitrary, inTimeZone, iso, startYearArbitrary, thrown } from './_lib/test-support';
import { parseSchoolYear } from './parse-school-year';
import { SchoolYear, schoolYearFormatStyles } from './school-year';

const isoOf = (date: Date) => date.toISOString().slice(0, 10);

describe('SchoolYear', () => {
  it('runs 1 September to 31 August, labelled by its autumn year', () => {
    const year = SchoolYear.of(2021);
    expect(year.startYear).toBe(2021);
    expect(year.endYear).toBe(2022);
    expect(year.start.toISOString()).toBe('2021-09-01T00:00:00.000Z');
    expect(year.end.toISOString()).toBe('2022-08-31T00:00:00.000Z');
    expect(year.referenceDate.toISOString()).toBe('2021-09-01T00:00:00.000Z');
    expect(String(year)).toBe('2021-2022学年');
    expect(JSON.stringify({ year })).toBe('{"year":"2021-2022"}');
  });

  it('splits into 秋季学期 1 Sep – 31 Jan and 春季学期 1 Feb – 31 Aug by default', () => {
    const year = SchoolYear.of(2023); // spring 2024 is a leap year: irrelevant by default
    expect([year.autumnTerm.id, isoOf(year.autumnTerm.start), isoOf(year.autumnTerm.end)]).toEqual([
      'autumn',
      '2023-09-01',
      '2024-01-31',
    ]);
    expect([year.springTerm.id, isoOf(year.springTerm.start), isoOf(year.springTerm.end)]).toEqual([
      'spring',
      '2024-02-01',
      '2024-08-31',
    ]);
    expect(year.autumnTerm.label).toEqual({ 'zh-CN': '秋季学期', 'zh-TW': '秋季學期', en: 'autumn term' });
    expect(year.springTerm.label).toEqual({ 'zh-CN': '春季学期', 'zh-TW': '春季學期', en: 'spring term' });
  });

  it('takes another spring-term start; the autumn term ends the day before, leap years included', () => {
    const options = { springTermStart: { month: 3, day: 1 } };
    expect(isoOf(SchoolYear.of(2023, options).autumnTerm.end)).toBe('2024-02-29');
    expect(isoOf(SchoolYear.of(2022, options).autumnTerm.end)).toBe('2023-02-28');
    // A start in the autumn months falls in the autumn year.
    const early = SchoolYear.of(2021, { springTermStart: { month: 12, day: 1 } });
    expect([isoOf(early.autumnTerm.end), isoOf(early.springTerm.start)]).toEqual(['2021-11-30', '2021-12-01']);
  });

  it('takes another reference date, placed in the autumn or spring year by its month', () => {
    expect(isoOf(SchoolYear.of(2021, { referenceDate: { month: 9, day: 30 } }).referenceDate)).toBe('2021-09-30');
    expect(isoOf(SchoolYear.of(2021, { referenceDate: { month: 3, day: 1 } }).referenceDate)).toBe('2022-03-01');
  });

  it('keeps its conventions through arithmetic', () => {
    const year = SchoolYear.of(2021, { springTermStart: { month: 3, day: 1 } });
    expect(year.plus(2).options.springTermStart).toEqual({ month: 3, day: 1 });
    expect(isoOf(year.next().springTerm.start)).toBe('2023-03-01');
    expect(isoOf(year.previous().autumnTerm.end)).toBe('2021-02-28');
  });

  it('refuses malformed conventions with InvalidOptionError', () => {
    const cases: [unknown, (string | number)[]][] = [
      [{ springTermStart: { month: 9, day: 1 } }, ['options', 'springTermStart']],
      [{ springTermStart: { month: 2, day: 29 } }, ['options', 'springTermStart', 'day']],
      [{ springTermStart: { month: 13, day: 1 } }, ['options', 'springTermStart', 'month']],
      [{ referenceDate: { month: 4, day: 31 } }, ['options', 'referenceDate', 'day']],
      [{ referenceDate: '09-01' }, ['options', 'referenceDate']],
      ['x', ['options']],
    ];
    for (const [options, path] of cases) {
      const error = thrown(() => SchoolYear.of(2021, options as never));
      expect(InvalidOptionError.isInstance(error)).toBe(true);
      expect((error as InvalidOptionError).path).toEqual(path);
    }
  });

  it('refuses a start year that is not a whole number from 1000 to 9998, in both languages', () => {
    for (const bad of [2021.5, 999, 9999, Number.NaN, '2021']) {
      const error = thrown(() => SchoolYear.of(bad as number));
      expect(InvalidInputError.isInstance(error)).toBe(true);
    }
    const error = thrown(() => SchoolYear.of(2021.5)) as InvalidInputError;
    expect(error.messageZh).toBe('输入无效:学年应以其秋季(起始)年份表示,为 1000 到 9998 之间的整数,收到 2021.5');
    expect(error.messageEn).toBe(
      'Invalid input: a school year is given by its autumn (start) year, a whole number from 1000 to 9998 (got 2021.5).',
    );
    expect(SchoolYear.of(9998).format('slash')).toBe('9998/99');
    expect(() => SchoolYear.of(9998).next()).toThrow(/9998/);
    expect(() => SchoolYear.of(2021).plus(0.5)).toThrow(/whole number/);
  });

  it('is immutable and hands out fresh Dates', () => {
    const year = SchoolYear.of(2021);
    expect(Object.isFrozen(year)).toBe(true);
    expect(() => {
      (year as { startYear: number }).startYear = 1999;
    }).toThrow(TypeError);
    year.start.setUTCFullYear(1999);
    year.autumnTerm.end.setUTCFullYear(1999);
    expect(isoOf(year.start)).toBe('2021-09-01');
    expect(isoOf(year.autumnTerm.end)).toBe('2022-01-31');
  });

  it('plus(n).minus(n) and next().previous() are the identity (property)', () => {
    fc.assert(
      fc.property(startYearArbitrary, startYearArbitrary, (start, target) => {
        const years = target - start;
        const year = SchoolYear.of(start);
        expect(year.plus(years).minus(years).equals(year)).toBe(true);
        expect(year.plus(years).startYear).toBe(target);
        expect(SchoolYear.of(target).minus(years).plus(years).startYear).toBe(target);
        if (start < 9998) expect(year.next().previous().equals(year)).toBe(true);
        if (start > 1000) expect(year.previous().next().equals(year)).toBe(true);
      }),
    );
  });

  it('compares and sorts by autumn year; equality ignores conventions', () => {
    fc.assert(
      fc.property(startYearArbitrary, startYearArbitrary, (a, b) => {
        expect(SchoolYear.of(a).compare(SchoolYear.of(b))).toBe(Math.sign(a - b));
        expect(SchoolYear.of(a).equals(SchoolYear.of(b))).toBe(a === b);
      }),
    );
    expect(SchoolYear.of(2021).equals(SchoolYear.of(2021, { referenceDate: { month: 10, day: 1 } }))).toBe(true);
    const sorted = [2022, 2019, 2021].map((start) => SchoolYear.of(start)).sort((a, b) => a.compare(b));
    expect(sorted.map(String)).toEqual(['2019-2020学年', '2021-2022学年', '2022-2023学年']);
  });

  it('contains its dates from 1 September to 31 August inclusive', () => {
    const year = SchoolYear.of(2021);
    expect(year.contains('2021-08-31')).toBe(false);
    expect(year.contains('2021-09-01')).toBe(true);
    expect(year.contains('2022-02-28')).toBe(true);
    expect(year.contains('2022-08-31')).toBe(true);
    expect(year.contains('2022-09-01')).toBe(false);
    expect(year.contains(new Date(Date.UTC(2022, 7, 31, 23, 59)))).toBe(true);
    expect(() => year.contains('2022-02-29')).toThrow(/2022-02-29/);
  });

  it('a date is in exactly one school year (property)', () => {
    fc.assert(
      fc.property(calendarDateArbitrary, (date) => {
        const autumn = date.month >= 9 ? date.year : date.year - 1;
        for (const start of [autumn - 1, autumn, autumn + 1]) {
          expect(SchoolYear.of(start).contains(iso(date))).toBe(start === autumn);
        }
      }),
    );
  });

  it('formats in every style', () => {
    const year = SchoolYear.of(2021);
    expect(Object.fromEntries(schoolYearFormatStyles.map((style) => [style, year.format(style)]))).toEqual({
      label: '2021-2022学年',
      label_zh_tw: '2021-2022學年',
      slash: '2021/22',
      range: '2021-2022',
      year: '2021',
      en: '2021/22 school year',
    });
    expect(year.format()).toBe('2021-2022学年');
    expect(SchoolYear.of(1999).format('slash')).toBe('1999/00');
    expect(SchoolYear.of(2009).format('en')).toBe('2009/10 school year');
    const error = thrown(() => year.format('iso' as never));
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionError).messageEn).toContain('label, label_zh_tw, slash, range, year, en');
  });

  it('isInstance recognises a school year from another copy of core', () => {
    const foreign = { [Symbol.for('edukpi.school-year')]: true, startYear: 2021 };
    expect(SchoolYear.isInstance(SchoolYear.of(2021))).toBe(true);
    expect(SchoolYear.isInstance(foreign)).toBe(true);
    expect(SchoolYear.isInstance({ startYear: 2021 })).toBe(false);
    expect(SchoolYear.isInstance('2021-2022')).toBe(false);
  });

  it('errors are edukpi errors with a stable code', () => {
    const error = thrown(() => SchoolYear.of(1));
    expect(EdukpiError.isInstance(error)).toBe(true);
    expect((error as EdukpiError).code).toBe('invalid_input');
  });

  it('does not depend on the host time zone', () => {
    for (const timeZone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai']) {
      const { result, localHourOfUtcMidnight } = inTimeZone(timeZone, () => {
        const year = SchoolYear.of(2023, { springTermStart: { month: 3, day: 1 } });
        return [
          isoOf(year.start),
          isoOf(year.end),
          isoOf(year.autumnTerm.end),
          year.contains(new Date(Date.UTC(2023, 8, 1))),
          parseSchoolYear('2023/24').equals(year),
        ];
      });
      // The zone really changed (otherwise this test would prove nothing).
      expect(localHourOfUtcMidnight).toBe(
        { 'America/Los_Angeles': 17, 'Pacific/Kiritimati': 14, 'Asia/Shanghai': 8 }[timeZone],
      );
      expect(result).toEqual(['2023-09-01', '2024-08-31', '2024-02-29', true, true]);
    }
  });
});
