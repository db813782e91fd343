import { computeIndicator, InvalidInputError, InvalidOptionError } from '@edukpi/core';
import { describe, expect, it } from 'vitest';
import { catchError } from '../_test/catch-error';
import { expectOptionsChecked } from '../_test/expect-options-checked';
import { createTextLocale } from '../locale/create-text-locale';
import { formatResultValue } from './format-result-value';
import { formatUnitValue } from './format-unit-value';

const results = {
  consolidation: computeIndicator('nine_year_consolidation_rate', { graduates: 10272, entrants: 10000 }),
  studentTeacher: computeIndicator('student_teacher_ratio', { students: 16190, teachers: 1000 }),
  teacherChild: computeIndicator('preschool_teacher_child_ratio', { children: 1420, teachers: 100 }),
  payParity: computeIndicator('teacher_pay_parity_ratio', { teacherAveragePay: 105, civilServantAveragePay: 100 }),
  qualified: computeIndicator('qualified_teachers_per_100_students', { qualifiedTeachers: 435, students: 10000 }),
  computers: computeIndicator('computers_per_100_students', { computers: 1050, students: 10000 }),
  space: computeIndicator('teaching_space_per_student', { teachingArea: 6120, students: 1000 }),
  books: computeIndicator('books_per_student', { books: 32500, students: 1000 }),
  aid: computeIndicator('aid_per_student', { amountWan: 660.5, aided: 11256 }),
  noValue: computeIndicator('student_aid_coverage_rate', { aided: 0, eligible: 0 }),
};

describe('formatUnitValue', () => {
  it.each([
    ['consolidation', '95', '95%', '95%', '95%'],
    ['consolidation', '99.5', '99.5%', '99.5%', '99.5%'],
    ['studentTeacher', '19', '19:1', '19:1', '19:1'],
    ['teacherChild', '15', '1:15', '1:15', '1:15'],
    ['payParity', '1', '1', '1', '1'],
    ['qualified', '4.2', '4.2人', '4.2人', '4.2'],
    ['computers', '10.5', '10.5台', '10.5臺', '10.5'],
    ['space', '4.5', '4.5平方米', '4.5平方公尺', '4.5 m²'],
    ['books', '30', '30册', '30冊', '30 volumes'],
    ['aid', '2000', '2000元', '2000元', '2,000 yuan'],
    ['aid', '12000', '1.2万元', '1.2萬元', '12,000 yuan'],
    ['noValue', '95', '95%', '95%', '95%'],
  ] as const)('%s: %s → %s / %s / %s', (name, value, zhCN, zhTW, en) => {
    const result = results[name];
    expect([
      formatUnitValue(value, result),
      formatUnitValue(value, result, { locale: 'zh-CN' }),
      formatUnitValue(value, result, { locale: 'zh-TW' }),
      formatUnitValue(value, result, { locale: 'en' }),
    ]).toEqual([zhCN, zhCN, zhTW, en]);
  });

  it("writes the result's own value exactly as formatResultValue does, in every locale", () => {
    for (const result of Object.values(results)) {
      if (result.value === null) continue;
      for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
        expect(formatUnitValue(result.value, result, { locale })).toBe(formatResultValue(result, { locale }));
        expect(formatUnitValue(result.value.toString(), result.toJSON(), { locale })).toBe(
          formatResultValue(result, { locale }),
        );
      }
    }
  });

  it("rounds half up to the result's decimals, or to decimals, and keeps trailing zeros on request", () => {
    expect(results.consolidation.decimals).toBe(2);
    expect(formatUnitValue('94.995', results.consolidation)).toBe('95%');
    expect(formatUnitValue('94.995', results.consolidation, { decimals: 3 })).toBe('94.995%');
    expect(formatUnitValue(95, results.consolidation, { keepTrailingZeros: true })).toBe('95.00%');
    expect(formatUnitValue('19', results.studentTeacher, { decimals: 1, keepTrailingZeros: true, locale: 'en' })).toBe(
      '19.0:1',
    );
  });

  it('keeps the precision of the indicators a locale lists', () => {
    const bulletin = createTextLocale({ fixedPrecision: ['student_teacher_ratio'] });
    expect(formatUnitValue('17', results.studentTeacher, { locale: bulletin })).toBe('17.00:1');
    expect(formatUnitValue('17', results.studentTeacher)).toBe('17:1');
  });

  it('refuses a value that is not a finite number, a non-result and malformed options', () => {
    for (const value of ['NaN', 'abc', Number.POSITIVE_INFINITY, ''] as const) {
      const error = catchError(() => formatUnitValue(value, results.consolidation));
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).issues[0]?.path).toEqual(['value']);
    }
    expect(InvalidInputError.isInstance(catchError(() => formatUnitValue('95', {} as never)))).toBe(true);
    const decimals = catchError(() => formatUnitValue('95', results.consolidation, { decimals: 1.5 }));
    expect(InvalidOptionError.isInstance(decimals)).toBe(true);
    expect((decimals as InvalidOptionError).path).toEqual(['options', 'decimals']);
    expect(
      InvalidOptionError.isInstance(
        catchError(() => formatUnitValue('95', results.consolidation, { locale: 'fr' as never })),
      ),
    ).toBe(true);
  });

  it('refuses a misspelt option, naming it and listing the options, instead of ignoring it', () => {
    expectOptionsChecked((options) => formatUnitValue('95', results.consolidation, options as never), 'decimal', [
      'locale',
      'decimals',
      'keepTrailingZeros',
    ]);
  });
});
