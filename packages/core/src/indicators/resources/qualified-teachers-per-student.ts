import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import { BASIC_BALANCE_2012_DOCUMENT, BASIC_BALANCE_2012_NOTE, studentsTerm } from './_lib/resource-standards';

/**
 * 生均高于规定学历教师数 — full-time teachers above the required qualification per student,
 * 3 decimals; one of the eight 2012 基本均衡 indicators, with no national per-school standard
 * (provinces set their own).
 *
 * Formula: teachers above the required qualification (小学: 专科 or higher; 初中: 本科 or higher)
 * ÷ students. The same data per 100 students is `qualified_teachers_per_100_students` (2017 set),
 * exactly 100 times this value.
 *
 * @param input - `qualifiedTeachers` and `students`, head counts.
 * @returns The value, with no value when the school has no students.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * computeIndicator('qualified_teachers_per_student', { qualifiedTeachers: 55, students: 1200 }).formattedValue; // '0.046'
 * ```
 */
export const qualifiedTeachersPerStudent = defineRatioIndicator({
  id: 'qualified_teachers_per_student',
  version: '1.0.0',
  labels: {
    'zh-CN': '生均高于规定学历教师数',
    'zh-TW': '生均高於規定學歷教師數',
    en: 'Teachers above the required qualification per student',
  },
  description: {
    zh: '高于规定学历的专任教师数 ÷ 在校生数(小学为专科及以上,初中为本科及以上)',
    en: 'full-time teachers above the required qualification (primary: junior college or higher; junior: bachelor’s or higher) per student',
  },
  unit: 'per_student',
  decimals: 3,
  numerator: {
    name: 'qualifiedTeachers',
    labels: {
      'zh-CN': '高于规定学历的专任教师数',
      'zh-TW': '高於規定學歷的專任教師數',
      en: 'full-time teachers above the required qualification',
    },
  },
  denominator: studentsTerm,
  partOfWhole: false,
  formula: { zh: '高于规定学历教师数 ÷ 在校生数', en: 'qualified teachers ÷ students' },
  source: { document: BASIC_BALANCE_2012_DOCUMENT, note: BASIC_BALANCE_2012_NOTE },
  example: { input: { qualifiedTeachers: 55, students: 1200 }, value: '0.046' },
});
