import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import {
  BOTH_BALANCE_DOCUMENTS,
  BOTH_BALANCE_NOTE,
  qualityBalanceStandards,
  studentsTerm,
} from './_lib/resource-standards';

/**
 * 生均教学及辅助用房面积 — teaching and auxiliary floor area per student, in m², 2 decimals;
 * ≥ 4.5 (小学) / ≥ 5.8 (初中) under the 2017 优质均衡 regime, and one of the eight 2012 indicators.
 *
 * Formula: teaching and auxiliary floor area (m²) ÷ students. The area is an exact decimal.
 *
 * @param input - `teachingArea` (m²) and `students`.
 * @returns The value, with no value when the school has no students.
 * @throws {InvalidInputError} when the area is negative or not a number, or `students` is not a
 *   whole number ≥ 0.
 *
 * @example
 * ```ts
 * computeIndicator('teaching_space_per_student', { teachingArea: 5520, students: 1200 }).formattedValue; // '4.60'
 * ```
 */
export const teachingSpacePerStudent = defineRatioIndicator({
  id: 'teaching_space_per_student',
  version: '1.0.0',
  labels: {
    'zh-CN': '生均教学及辅助用房面积',
    'zh-TW': '生均教學及輔助用房面積',
    en: 'Teaching and auxiliary floor area per student',
  },
  description: {
    zh: '教学及辅助用房建筑面积(平方米)÷ 在校生数',
    en: 'floor area of teaching and auxiliary rooms (m²) per student',
  },
  unit: 'square_metres',
  decimals: 2,
  numerator: {
    name: 'teachingArea',
    kind: 'amount',
    labels: {
      'zh-CN': '教学及辅助用房面积(平方米)',
      'zh-TW': '教學及輔助用房面積(平方公尺)',
      en: 'teaching and auxiliary floor area (m²)',
    },
  },
  denominator: studentsTerm,
  partOfWhole: false,
  formula: { zh: '教学及辅助用房面积 ÷ 在校生数', en: 'teaching and auxiliary floor area ÷ students' },
  thresholds: qualityBalanceStandards('4.5', '5.8'),
  source: { document: BOTH_BALANCE_DOCUMENTS, note: BOTH_BALANCE_NOTE },
  example: { input: { teachingArea: 5520, students: 1200 }, value: '4.60' },
});
