import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import {
  BASIC_BALANCE_2012_DOCUMENT,
  BASIC_BALANCE_2012_NOTE,
  joinNotes,
  studentsTerm,
} from './_lib/resource-standards';

/**
 * 生均中级及以上专业技术职务教师数 — full-time teachers with an intermediate-or-higher professional
 * title per student, 3 decimals; one of the eight 2012 基本均衡 indicators, with no national
 * per-school standard (provinces set their own).
 *
 * Formula: teachers with an intermediate (中级) or higher professional title ÷ students. The id
 * says "senior" as the spec names it; the count is intermediate titles and above, not 高级 only.
 *
 * @param input - `intermediateOrAboveTitleTeachers` and `students`, head counts.
 * @returns The value, with no value when the school has no students.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * computeIndicator('senior_title_teachers_per_student', { intermediateOrAboveTitleTeachers: 38, students: 1200 })
 *   .formattedValue; // '0.032'
 * ```
 */
export const seniorTitleTeachersPerStudent = defineRatioIndicator({
  id: 'senior_title_teachers_per_student',
  version: '1.0.0',
  labels: {
    'zh-CN': '生均中级及以上专业技术职务教师数',
    'zh-TW': '生均中級及以上專業技術職務教師數',
    en: 'Teachers with intermediate-or-higher titles per student',
  },
  description: {
    zh: '具有中级及以上专业技术职务的专任教师数 ÷ 在校生数',
    en: 'full-time teachers with an intermediate-or-higher professional title per student',
  },
  unit: 'per_student',
  decimals: 3,
  numerator: {
    name: 'intermediateOrAboveTitleTeachers',
    labels: {
      'zh-CN': '中级及以上专业技术职务教师数',
      'zh-TW': '中級及以上專業技術職務教師數',
      en: 'teachers with an intermediate-or-higher title',
    },
  },
  denominator: studentsTerm,
  partOfWhole: false,
  formula: { zh: '中级及以上职务教师数 ÷ 在校生数', en: 'intermediate-or-higher-title teachers ÷ students' },
  source: {
    document: BASIC_BALANCE_2012_DOCUMENT,
    note: joinNotes(BASIC_BALANCE_2012_NOTE, {
      zh: '计中级及以上(含高级、正高级)职称的专任教师,不只是高级职称',
      en: 'counts full-time teachers with an intermediate title or higher (senior and full-senior included), not senior titles only',
    }),
  },
  example: { input: { intermediateOrAboveTitleTeachers: 38, students: 1200 }, value: '0.032' },
});
