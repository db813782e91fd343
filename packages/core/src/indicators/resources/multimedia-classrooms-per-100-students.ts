import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import {
  joinNotes,
  QUALITY_BALANCE_2017_DOCUMENT,
  QUALITY_BALANCE_2017_NOTE,
  qualityBalanceStandards,
  SPLIT_SCHOOL_NOTE,
  studentsTerm,
} from './_lib/resource-standards';

/**
 * 每百名学生拥有网络多媒体教室数 — networked multimedia classrooms per 100 students, 2 decimals;
 * ≥ 2.3 (小学) / ≥ 2.4 (初中) under the 2017 优质均衡 regime.
 *
 * Formula: networked multimedia classrooms ÷ students × 100. The classrooms are an `amount`, not
 * a count: a mixed school's share after splitting by weighted students can be fractional.
 *
 * @param input - `multimediaClassrooms` and `students`.
 * @returns The value, with no value when the school has no students.
 * @throws {InvalidInputError} when the classrooms are negative or not a number, or `students` is
 *   not a whole number ≥ 0.
 *
 * @example
 * ```ts
 * computeIndicator('multimedia_classrooms_per_100_students', { multimediaClassrooms: 30, students: 1200 }).formattedValue;
 * // '2.50'
 * ```
 */
export const multimediaClassroomsPer100Students = defineRatioIndicator({
  id: 'multimedia_classrooms_per_100_students',
  version: '1.0.0',
  labels: {
    'zh-CN': '每百名学生拥有网络多媒体教室数',
    'zh-TW': '每百名學生擁有網路多媒體教室數',
    en: 'Networked multimedia classrooms per 100 students',
  },
  description: {
    zh: '网络多媒体教室数 ÷ 在校生数 × 100',
    en: 'networked multimedia classrooms per 100 students',
  },
  unit: 'per_100_students',
  decimals: 2,
  numerator: {
    name: 'multimediaClassrooms',
    kind: 'amount',
    labels: { 'zh-CN': '网络多媒体教室数', 'zh-TW': '網路多媒體教室數', en: 'networked multimedia classrooms' },
  },
  denominator: studentsTerm,
  partOfWhole: false,
  formula: { zh: '网络多媒体教室数 ÷ 在校生数 × 100', en: 'multimedia classrooms ÷ students × 100' },
  thresholds: qualityBalanceStandards('2.3', '2.4'),
  source: { document: QUALITY_BALANCE_2017_DOCUMENT, note: joinNotes(QUALITY_BALANCE_2017_NOTE, SPLIT_SCHOOL_NOTE) },
  example: { input: { multimediaClassrooms: 30, students: 1200 }, value: '2.50' },
});
