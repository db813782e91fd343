import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import {
  BOTH_BALANCE_DOCUMENTS,
  BOTH_BALANCE_NOTE,
  qualityBalanceStandards,
  studentsTerm,
} from './_lib/resource-standards';

/**
 * 生均体育运动场馆面积 — gymnasium and sports-ground area per student, in m², 2 decimals;
 * ≥ 7.5 (小学) / ≥ 10.2 (初中) under the 2017 优质均衡 regime, and one of the eight 2012 indicators.
 *
 * Formula: (gymnasium + sports-ground area, m²) ÷ students. The area is an exact decimal.
 *
 * @param input - `sportsArea` (m²) and `students`.
 * @returns The value, with no value when the school has no students.
 * @throws {InvalidInputError} when the area is negative or not a number, or `students` is not a
 *   whole number ≥ 0.
 *
 * @example
 * ```ts
 * computeIndicator('sports_space_per_student', { sportsArea: 9300, students: 1200 }).formattedValue; // '7.75'
 * ```
 */
export const sportsSpacePerStudent = defineRatioIndicator({
  id: 'sports_space_per_student',
  version: '1.0.0',
  labels: {
    'zh-CN': '生均体育运动场馆面积',
    'zh-TW': '生均體育運動場館面積',
    en: 'Sports ground and gymnasium area per student',
  },
  description: {
    zh: '体育运动场(馆)面积(平方米)÷ 在校生数',
    en: 'area of sports grounds and gymnasiums (m²) per student',
  },
  unit: 'square_metres',
  decimals: 2,
  numerator: {
    name: 'sportsArea',
    kind: 'amount',
    labels: {
      'zh-CN': '体育运动场馆面积(平方米)',
      'zh-TW': '體育運動場館面積(平方公尺)',
      en: 'sports ground and gymnasium area (m²)',
    },
  },
  denominator: studentsTerm,
  partOfWhole: false,
  formula: { zh: '体育运动场馆面积 ÷ 在校生数', en: 'sports ground and gymnasium area ÷ students' },
  thresholds: qualityBalanceStandards('7.5', '10.2'),
  source: { document: BOTH_BALANCE_DOCUMENTS, note: BOTH_BALANCE_NOTE },
  example: { input: { sportsArea: 9300, students: 1200 }, value: '7.75' },
});
