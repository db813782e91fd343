import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error';
import { startYearArbitrary, thrown } from './_lib/test-support';
import { parseSchoolYear } from './parse-school-year';
import { SchoolYear, schoolYearFormatStyles } from './school-year';

function parseError(text: unknown): InvalidInputError {
  const error = thrown(() => parseSchoolYear(text as string));
  expect(InvalidInputError.isInstance(error)).toBe(true);
  return error as InvalidInputError;
}

describe('parseSchoolYear', () => {
  it.each([
    '2021-2022学年',
    '2021—2022学年',
    '2021–2022学年',
    '2021-2022',
    '2021/22',
    '2021/2022',
    '2021-22',
    '2021学年',
    '2021',
    '2021-2022學年',
    '2021學年',
    '2021-2022学年度',
    '2021學年度',
    '２０２１－２０２２学年',
    '２０２１／２２',
    '２０２１学年',
    '2021／2022',
    ' 2021 - 2022 学年 ',
    '\u30002021-2022学年\u3000',
    '2021/22 school year',
    '2021/22 School Year',
  ])('reads %j as the 2021 school year', (text) => {
    const year = parseSchoolYear(text);
    expect(year.startYear).toBe(2021);
    expect(year.toString()).toBe('2021-2022学年');
  });

  it('reads a two-digit end year across a century', () => {
    expect(parseSchoolYear('1999/00').startYear).toBe(1999);
    expect(parseSchoolYear('1999-2000').startYear).toBe(1999);
    expect(parseSchoolYear('2099-00').startYear).toBe(2099);
  });

  it('reads back every format style (property)', () => {
    fc.assert(
      fc.property(startYearArbitrary, fc.constantFrom(...schoolYearFormatStyles), (start, style) => {
        const year = SchoolYear.of(start);
        expect(parseSchoolYear(year.format(style)).startYear).toBe(start);
        expect(parseSchoolYear(JSON.parse(JSON.stringify(year))).equals(year)).toBe(true);
      }),
    );
  });

  it('format of a parsed label gives the label back in its own style', () => {
    expect(parseSchoolYear('2021/22').format('slash')).toBe('2021/22');
    expect(parseSchoolYear('２０２１－２０２２學年').format('label_zh_tw')).toBe('2021-2022學年');
    expect(parseSchoolYear('2021').format('year')).toBe('2021');
  });

  it('passes conventions on to the result', () => {
    const year = parseSchoolYear('2021/22', { springTermStart: { month: 3, day: 1 } });
    expect(year.springTerm.start.toISOString()).toBe('2022-03-01T00:00:00.000Z');
  });

  it('refuses an end year that is not the next year, naming what it got and the accepted forms', () => {
    const error = parseError('2021-2023');
    expect(error.path).toEqual([]);
    expect(error.messageZh).toBe(
      '输入无效:无法识别学年 "2021-2023":结束年份应为起始年份的下一年(2022),收到 2023。可接受的写法:2021-2022学年、2021—2022学年、2021-2022、2021/2022、2021/22、2021-22、2021学年、2021(全角数字、「學年」「学年度」和 "2021/22 school year" 也可以)',
    );
    expect(error.messageEn).toBe(
      'Invalid input: cannot read "2021-2023" as a school year: the end year must be the year after the start year (2022), not 2023. Accepted forms: 2021-2022学年, 2021—2022学年, 2021-2022, 2021/2022, 2021/22, 2021-22, 2021学年, 2021 (also with full-width digits, 學年 or 学年度, and "2021/22 school year").',
    );
    expect(parseError('2021/23').messageEn).toContain('the year after the start year (22), not 23');
    expect(parseError('2021-2021').messageZh).toContain('下一年(2022)');
  });

  it.each([
    ['abc', ''],
    ['', ': it is empty'],
    ['2021-09-01', ': it is a date; for the school year containing a date use schoolYearOf'],
    ['21-22', ''],
    ['2021-2022-2023', ''],
    ['2021年', ''],
    ['20211', ''],
    ['2021-2', ''],
  ])('refuses %j in both languages', (text, reasonEn) => {
    const error = parseError(text);
    expect(error.messageEn).toContain(
      `cannot read ${JSON.stringify(text)} as a school year${reasonEn}. Accepted forms:`,
    );
    expect(error.messageZh).toContain(`无法识别学年 ${JSON.stringify(text)}`);
    expect(error.messageZh).toContain('可接受的写法');
  });

  it('refuses years outside 1000–9998 and values that are not text', () => {
    expect(parseError('0999').messageEn).toContain('the start year must be from 1000 to 9998');
    expect(parseError('9999').messageEn).toContain('the start year must be from 1000 to 9998');
    expect(parseError(2021).messageEn).toBe(
      'Invalid input: a school year must be given as text, e.g. 2021-2022学年 (got 2021).',
    );
    expect(parseError(null).messageZh).toBe('输入无效:学年应为文字(如 2021-2022学年),收到 null');
  });

  it('puts the given path on the error', () => {
    const error = thrown(() => parseSchoolYear('abc', { path: ['rows', 3, 'schoolYear'] })) as InvalidInputError;
    expect(error.path).toEqual(['rows', 3, 'schoolYear']);
    expect(error.issues[0]?.path).toEqual(['rows', 3, 'schoolYear']);
  });
});
