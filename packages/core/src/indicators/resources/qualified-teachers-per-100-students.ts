import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import {
  QUALITY_BALANCE_2017_DOCUMENT,
  QUALITY_BALANCE_2017_NOTE,
  qualityBalanceStandards,
  studentsTerm,
} from './_lib/resource-standards';

/**
 * 每百名学生拥有高于规定学历教师数 — full-time teachers above the required qualification per 100
 * students, 2 decimals; ≥ 4.2 (小学) / ≥ 5.3 (初中) under the 2017 优质均衡 regime.
 *
 * Formula: teachers above the required qualification ÷ students × 100. The required qualification
 * depends on the stage: 小学 counts teachers with 专科 (junior college) or higher, 初中 those with
 * 本科 (bachelor's) or higher. The per-student form of the same data is
 * `qualified_teachers_per_student` (2012 set): exactly 1/100 of this value.
 *
 * @param input - `qualifiedTeachers` and `students`, head counts of one school (or a sum of schools).
 * @returns The value, with no value when the school has no students.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * const result = computeIndicator('qualified_teachers_per_100_students', { qualifiedTeachers: 55, students: 1200 }, { stage: 'primary' });
 * result.formattedValue;        // '4.58'
 * result.thresholds[0]?.passed; // true (≥ 4.2 for a primary school)
 * ```
 */
export const qualifiedTeachersPer100Students = defineRatioIndicator({
  id: 'qualified_teachers_per_100_students',
  version: '1.0.0',
  labels: {
    'zh-CN': '每百名学生拥有高于规定学历教师数',
    'zh-TW': '每百名學生擁有高於規定學歷教師數',
    en: 'Teachers above the required qualification per 100 students',
  },
  description: {
    zh: '高于规定学历的专任教师数 ÷ 在校生数 × 100(小学为专科及以上,初中为本科及以上)',
    en: 'full-time teachers above the required qualification (primary: junior college or higher; junior: bachelor’s or higher) per 100 students',
  },
  unit: 'per_100_students',
  decimals: 2,
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
  formula: { zh: '高于规定学历教师数 ÷ 在校生数 × 100', en: 'qualified teachers ÷ students × 100' },
  thresholds: qualityBalanceStandards('4.2', '5.3'),
  source: { document: QUALITY_BALANCE_2017_DOCUMENT, note: QUALITY_BALANCE_2017_NOTE },
  example: { input: { qualifiedTeachers: 55, students: 1200 }, value: '4.58' },
});
