import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 生师比 — students per full-time teacher (专任教师), printed `x:1`, 2 decimals.
 *
 * Formula: students ÷ full-time teachers, as the national statistical bulletin (全国教育事业发展
 * 统计公报) prints it (`16.19:1`). No evaluation regime sets a threshold on it. The 2012 基本均衡
 * method uses the reciprocal, 师生比 (teachers per student, 3 decimals): that is the separate
 * indicator `teacher_student_ratio`, so the two are never confused.
 *
 * @param input - `students` and `teachers` (full-time teachers), both head counts.
 * @returns The ratio, with no value when there are no teachers.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * // 2022 公报, 初中: 在校生 5120.60万, 专任教师 402.52万, 生师比 12.72:1
 * computeIndicator('student_teacher_ratio', { students: 51206000, teachers: 4025200 }).formattedValue; // '12.72'
 * ```
 */
export const studentTeacherRatio = defineRatioIndicator({
  id: 'student_teacher_ratio',
  version: '1.0.0',
  labels: { 'zh-CN': '生师比', 'zh-TW': '生師比', en: 'Student-teacher ratio' },
  description: {
    zh: '在校生数与专任教师数之比(每名专任教师对应的学生数),记作 x:1',
    en: 'students per full-time teacher, printed x:1',
  },
  unit: 'ratio_to_one',
  decimals: 2,
  numerator: { name: 'students', labels: { 'zh-CN': '在校生数', 'zh-TW': '在校生數', en: 'students' } },
  denominator: {
    name: 'teachers',
    labels: { 'zh-CN': '专任教师数', 'zh-TW': '專任教師數', en: 'full-time teachers' },
  },
  partOfWhole: false,
  formula: { zh: '在校生数 ÷ 专任教师数', en: 'students ÷ full-time teachers' },
  source: {
    document: '教育部《全国教育事业发展统计公报》;教育统计指标解释',
    note: {
      zh: '公报按"在校生数 ÷ 专任教师数"印作 16.19:1;2012 年基本均衡办法用其倒数"师生比"(专任教师数 ÷ 在校生数,见 teacher_student_ratio)',
      en: 'the bulletin prints students ÷ full-time teachers as 16.19:1; the 2012 basic-balance method uses the reciprocal 师生比 (teachers ÷ students, see teacher_student_ratio)',
    },
  },
  example: {
    input: { students: 51206000, teachers: 4025200 },
    value: '12.72',
    note: {
      zh: '2022 年全国教育事业发展统计公报,初中阶段:在校生 5120.60万人,专任教师 402.52万人,生师比 12.72:1',
      en: '2022 national statistical bulletin, junior secondary: 51.2060 million students, 4.0252 million full-time teachers, 12.72:1',
    },
  },
});
