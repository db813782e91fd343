import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import { governmentGuaranteeNote, QUALITY_BALANCE_2017_DOCUMENT } from './_lib/teacher-sources';

/**
 * 教师五年360学时培训完成率 — full-time teachers who completed 360 hours of training in the
 * five-year cycle, in %, 2 decimals; = 100% under the 2017 优质均衡 regime.
 *
 * Formula: teachers who completed ÷ full-time teachers × 100%. Those who completed are among the
 * full-time teachers, so `completed` can never exceed `teachers`.
 *
 * @param input - `completed` and `teachers`, head counts.
 * @returns The rate, with no value when there are no teachers.
 * @throws {InvalidInputError} when a count is negative or fractional, or completed > teachers.
 *
 * @example
 * ```ts
 * computeIndicator('teacher_training_completion_rate', { completed: 1846, teachers: 1846 }).formattedValue;
 * // '100.00'
 * ```
 */
export const teacherTrainingCompletionRate = defineRatioIndicator({
  id: 'teacher_training_completion_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '教师五年360学时培训完成率',
    'zh-TW': '教師五年360學時培訓完成率',
    en: 'Teacher training completion rate (360 hours in 5 years)',
  },
  description: {
    zh: '五年一周期内完成 360 学时培训的专任教师数占专任教师总数的百分比',
    en: 'full-time teachers who completed 360 hours of training in the five-year cycle as a percentage of all full-time teachers',
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'completed',
    labels: {
      'zh-CN': '完成 360 学时培训的专任教师数',
      'zh-TW': '完成 360 學時培訓的專任教師數',
      en: 'full-time teachers who completed 360 hours',
    },
  },
  denominator: {
    name: 'teachers',
    labels: { 'zh-CN': '专任教师数', 'zh-TW': '專任教師數', en: 'full-time teachers' },
  },
  partOfWhole: true,
  formula: {
    zh: '完成 360 学时培训的专任教师数 ÷ 专任教师数 × 100%',
    en: 'teachers who completed ÷ full-time teachers × 100%',
  },
  thresholds: [
    {
      regime: 'quality_balance_2017',
      comparator: '=',
      value: '100',
      note: governmentGuaranteeNote(
        9,
        '教师五年一周期不少于 360 学时培训,完成率 100%',
        '360 hours of training per five years, completed by every teacher',
      ),
    },
  ],
  source: {
    document: QUALITY_BALANCE_2017_DOCUMENT,
    note: {
      zh: '周期起止与学时认定由各地规定;分母为专任教师,新入职未满一个周期的教师是否计入由地方口径决定,调用方须与之一致',
      en: 'the cycle and what counts as an hour are set locally; whether teachers hired within the current cycle are counted is a local rule the caller must follow consistently',
    },
  },
  example: { input: { completed: 1846, teachers: 1846 }, value: '100.00' },
});
