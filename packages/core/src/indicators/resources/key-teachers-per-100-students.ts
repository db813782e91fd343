import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import {
  QUALITY_BALANCE_2017_DOCUMENT,
  QUALITY_BALANCE_2017_NOTE,
  qualityBalanceStandards,
  studentsTerm,
} from './_lib/resource-standards';

/**
 * 每百名学生拥有县级以上骨干教师数 — county-level-or-higher key teachers (骨干教师) per 100 students,
 * 2 decimals; ≥ 1 (小学) / ≥ 1 (初中) under the 2017 优质均衡 regime.
 *
 * Formula: key teachers recognised at county level or higher ÷ students × 100.
 *
 * @param input - `keyTeachers` and `students`, head counts.
 * @returns The value, with no value when the school has no students.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * computeIndicator('key_teachers_per_100_students', { keyTeachers: 13, students: 1200 }).formattedValue; // '1.08'
 * ```
 */
export const keyTeachersPer100Students = defineRatioIndicator({
  id: 'key_teachers_per_100_students',
  version: '1.0.0',
  labels: {
    'zh-CN': '每百名学生拥有县级以上骨干教师数',
    'zh-TW': '每百名學生擁有縣級以上骨幹教師數',
    en: 'County-level-or-higher key teachers per 100 students',
  },
  description: {
    zh: '县级及以上骨干教师数 ÷ 在校生数 × 100',
    en: 'key teachers recognised at county level or higher per 100 students',
  },
  unit: 'per_100_students',
  decimals: 2,
  numerator: {
    name: 'keyTeachers',
    labels: { 'zh-CN': '县级以上骨干教师数', 'zh-TW': '縣級以上骨幹教師數', en: 'county-level-or-higher key teachers' },
  },
  denominator: studentsTerm,
  partOfWhole: false,
  formula: { zh: '县级以上骨干教师数 ÷ 在校生数 × 100', en: 'key teachers ÷ students × 100' },
  thresholds: qualityBalanceStandards('1', '1'),
  source: { document: QUALITY_BALANCE_2017_DOCUMENT, note: QUALITY_BALANCE_2017_NOTE },
  example: { input: { keyTeachers: 13, students: 1200 }, value: '1.08' },
});
