import { computeIndicator, InvalidInputError, InvalidOptionError } from '@edukpi/core';
import { describe, expect, it } from 'vitest';
import { catchError } from '../_test/catch-error';
import { expectOptionsChecked } from '../_test/expect-options-checked';
import { createTextLocale } from '../locale/create-text-locale';
import { formatResultValue } from './format-result-value';

const results = {
  // 济源: 义务教育巩固率达102.72%
  consolidation: computeIndicator('nine_year_consolidation_rate', { graduates: 10272, entrants: 10000 }),
  // 2022 公报 style 生师比
  studentTeacher: computeIndicator('student_teacher_ratio', { students: 16190, teachers: 1000 }),
  // 济源: 压减率90%
  reduction: computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 }),
  teacherChild: computeIndicator('preschool_teacher_child_ratio', { children: 1420, teachers: 100 }),
  payParity: computeIndicator('teacher_pay_parity_ratio', { teacherAveragePay: 105, civilServantAveragePay: 100 }),
  qualified: computeIndicator('qualified_teachers_per_100_students', { qualifiedTeachers: 435, students: 10000 }),
  computers: computeIndicator('computers_per_100_students', { computers: 1050, students: 10000 }),
  space: computeIndicator('teaching_space_per_student', { teachingArea: 6120, students: 1000 }),
  books: computeIndicator('books_per_student', { books: 32500, students: 1000 }),
  aid: computeIndicator('aid_per_student', { amountWan: 660.5, aided: 11256 }),
  equipment: computeIndicator('equipment_value_per_student', { equipmentValueWan: 240, students: 200 }),
  noValue: computeIndicator('student_aid_coverage_rate', { aided: 0, eligible: 0 }),
};

describe('formatResultValue', () => {
  it.each([
    ['consolidation', '102.72%', '102.72%', '102.72%'],
    ['studentTeacher', '16.19:1', '16.19:1', '16.19:1'],
    ['reduction', '90%', '90%', '90%'],
    ['teacherChild', '1:14.2', '1:14.2', '1:14.2'],
    ['payParity', '1.05', '1.05', '1.05'],
    ['qualified', '4.35人', '4.35人', '4.35'],
    ['computers', '10.5台', '10.5臺', '10.5'],
    ['space', '6.12平方米', '6.12平方公尺', '6.12 m²'],
    ['books', '32.5册', '32.5冊', '32.5 volumes'],
    ['aid', '586.8元', '586.8元', '586.8 yuan'],
    ['equipment', '1.2万元', '1.2萬元', '12,000 yuan'],
    ['noValue', '—(无法计算:分母为零)', '—(無法計算:分母爲零)', '— (cannot be computed: zero denominator)'],
  ] as const)('%s → %s / %s / %s', (name, zhCN, zhTW, en) => {
    const result = results[name];
    expect([
      formatResultValue(result),
      formatResultValue(result, { locale: 'zh-TW' }),
      formatResultValue(result, { locale: 'en' }),
    ]).toEqual([zhCN, zhTW, en]);
  });

  it('keeps trailing zeros and other decimals on request, from the exact value', () => {
    expect(formatResultValue(results.reduction, { keepTrailingZeros: true })).toBe('90.00%');
    expect(formatResultValue(results.consolidation, { decimals: 1 })).toBe('102.7%');
    // 69100 ÷ 74400 = 92.876…%: 3 decimals come from the exact value, not the rounded 92.88
    const participation = computeIndicator('after_school_participation_rate', { participants: 69100, enrolled: 74400 });
    expect(formatResultValue(participation, { decimals: 3 })).toBe('92.876%');
    expect(formatResultValue(participation)).toBe('92.88%');
  });

  it('keeps the precision of the indicators a locale lists', () => {
    const bulletin = createTextLocale({ fixedPrecision: ['student_teacher_ratio'] });
    const ratio = computeIndicator('student_teacher_ratio', { students: 17000, teachers: 1000 });
    expect(formatResultValue(ratio)).toBe('17:1');
    expect(formatResultValue(ratio, { locale: bulletin })).toBe('17.00:1');
    expect(formatResultValue(ratio, { locale: bulletin, keepTrailingZeros: false })).toBe('17:1');
    expect(formatResultValue(results.reduction, { locale: bulletin })).toBe('90%');
  });

  it('reads the JSON form, as an evaluation item carries it', () => {
    expect(formatResultValue(JSON.parse(JSON.stringify(results.consolidation)))).toBe('102.72%');
    expect(formatResultValue(results.noValue.toJSON(), { locale: 'en' })).toBe(
      '— (cannot be computed: zero denominator)',
    );
  });

  it('never prints 0 or NaN for a result with no value, whatever the decimals', () => {
    for (const decimals of [0, 2, 5]) {
      const text = formatResultValue(results.noValue, { decimals });
      expect(text).not.toMatch(/\d|NaN/);
    }
  });

  it('refuses a non-result and malformed options', () => {
    expect(InvalidInputError.isInstance(catchError(() => formatResultValue({} as never)))).toBe(true);
    expect(
      InvalidOptionError.isInstance(catchError(() => formatResultValue(results.reduction, { decimals: 99 }))),
    ).toBe(true);
  });

  it('refuses a misspelt option, naming it and listing the options, instead of ignoring it', () => {
    expectOptionsChecked((options) => formatResultValue(results.reduction, options as never), 'locle', [
      'locale',
      'decimals',
      'keepTrailingZeros',
    ]);
    // Also for a result with no value, which returns before any option is used.
    expectOptionsChecked((options) => formatResultValue(results.noValue, options as never), 'keepTrailingZero', [
      'locale',
      'decimals',
      'keepTrailingZeros',
    ]);
  });
});
