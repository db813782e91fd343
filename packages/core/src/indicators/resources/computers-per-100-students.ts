import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import {
  BASIC_BALANCE_2012_DOCUMENT,
  BASIC_BALANCE_2012_NOTE,
  joinNotes,
  SPLIT_SCHOOL_NOTE,
  studentsTerm,
} from './_lib/resource-standards';

/**
 * 每百名学生拥有计算机台数 — computers per 100 students, 2 decimals; one of the eight 2012 基本均衡
 * indicators, with no national per-school standard (provinces set their own).
 *
 * Formula: computers ÷ students × 100. The computers are an `amount`, not a count: a mixed
 * school's share after splitting by weighted students can be fractional.
 *
 * @param input - `computers` and `students`.
 * @returns The value, with no value when the school has no students.
 * @throws {InvalidInputError} when the computers are negative or not a number, or `students` is
 *   not a whole number ≥ 0.
 *
 * @example
 * ```ts
 * computeIndicator('computers_per_100_students', { computers: 150, students: 1200 }).formattedValue; // '12.50'
 * ```
 */
export const computersPer100Students = defineRatioIndicator({
  id: 'computers_per_100_students',
  version: '1.0.0',
  labels: {
    'zh-CN': '每百名学生拥有计算机台数',
    'zh-TW': '每百名學生擁有計算機台數',
    en: 'Computers per 100 students',
  },
  description: { zh: '计算机台数 ÷ 在校生数 × 100', en: 'computers per 100 students' },
  unit: 'per_100_students',
  decimals: 2,
  numerator: {
    name: 'computers',
    kind: 'amount',
    labels: { 'zh-CN': '计算机台数', 'zh-TW': '計算機台數', en: 'computers' },
  },
  denominator: studentsTerm,
  partOfWhole: false,
  formula: { zh: '计算机台数 ÷ 在校生数 × 100', en: 'computers ÷ students × 100' },
  source: { document: BASIC_BALANCE_2012_DOCUMENT, note: joinNotes(BASIC_BALANCE_2012_NOTE, SPLIT_SCHOOL_NOTE) },
  example: { input: { computers: 150, students: 1200 }, value: '12.50' },
});
