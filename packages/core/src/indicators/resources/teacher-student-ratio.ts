import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import {
  BASIC_BALANCE_2012_DOCUMENT,
  BASIC_BALANCE_2012_NOTE,
  joinNotes,
  studentsTerm,
} from './_lib/resource-standards';

/**
 * 师生比 — full-time teachers per student, a plain ratio, 3 decimals; one of the eight 2012
 * 基本均衡 indicators, with no national per-school standard (provinces set their own).
 *
 * Formula: full-time teachers ÷ students. It is the reciprocal of 生师比
 * (`student_teacher_ratio`, students per teacher, printed `x:1`); the 2012 method uses this
 * orientation, the national bulletin the other.
 *
 * @param input - `teachers` (full-time) and `students`, head counts.
 * @returns The ratio, with no value when the school has no students.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * computeIndicator('teacher_student_ratio', { teachers: 70, students: 1200 }).formattedValue; // '0.058'
 * ```
 */
export const teacherStudentRatio = defineRatioIndicator({
  id: 'teacher_student_ratio',
  version: '1.0.0',
  labels: { 'zh-CN': '师生比', 'zh-TW': '師生比', en: 'Teacher-student ratio' },
  description: {
    zh: '专任教师数 ÷ 在校生数(生师比的倒数)',
    en: 'full-time teachers per student (the reciprocal of the student-teacher ratio)',
  },
  unit: 'ratio',
  decimals: 3,
  numerator: {
    name: 'teachers',
    labels: { 'zh-CN': '专任教师数', 'zh-TW': '專任教師數', en: 'full-time teachers' },
  },
  denominator: studentsTerm,
  partOfWhole: false,
  formula: { zh: '专任教师数 ÷ 在校生数', en: 'full-time teachers ÷ students' },
  source: {
    document: BASIC_BALANCE_2012_DOCUMENT,
    note: joinNotes(BASIC_BALANCE_2012_NOTE, {
      zh: '与公报的生师比(在校生数 ÷ 专任教师数,见 student_teacher_ratio)互为倒数',
      en: 'the reciprocal of the bulletin’s student-teacher ratio (students ÷ teachers, see student_teacher_ratio)',
    }),
  },
  example: { input: { teachers: 70, students: 1200 }, value: '0.058' },
});
