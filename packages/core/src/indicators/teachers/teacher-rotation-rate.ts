import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import { governmentGuaranteeNote, QUALITY_BALANCE_2017_DOCUMENT } from './_lib/teacher-sources';

/**
 * 教师交流轮岗比例 — teachers rotated this year as a share of the teachers eligible to rotate,
 * in %, 2 decimals; ≥ 10% under the 2017 优质均衡 regime.
 *
 * Formula: rotated ÷ eligible × 100%. `eligible` is the county's count of teachers who meet the
 * rotation conditions (typically a set number of years at the same school). The rotated teachers
 * are not required to be a subset of that pool, so no part ≤ whole rule is applied and a value
 * above 100% comes with a warning saying why; count people, not person-times (人次).
 *
 * @param input - `rotated` and `eligible`, head counts.
 * @returns The rate, with no value when no teacher is eligible.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * const result = computeIndicator('teacher_rotation_rate', { rotated: 126, eligible: 1200 });
 * result.formattedValue;        // '10.50'
 * result.thresholds[0]?.passed; // true (≥ 10, quality_balance_2017)
 * ```
 */
export const teacherRotationRate = defineRatioIndicator({
  id: 'teacher_rotation_rate',
  version: '1.0.0',
  labels: { 'zh-CN': '教师交流轮岗比例', 'zh-TW': '教師交流輪崗比例', en: 'Teacher rotation rate' },
  description: {
    zh: '本年交流轮岗教师数占符合交流条件教师总数的百分比',
    en: 'teachers rotated this year as a percentage of the teachers eligible to rotate',
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'rotated',
    labels: { 'zh-CN': '本年交流轮岗教师数', 'zh-TW': '本年交流輪崗教師數', en: 'teachers rotated this year' },
  },
  denominator: {
    name: 'eligible',
    labels: {
      'zh-CN': '符合交流条件教师总数',
      'zh-TW': '符合交流條件教師總數',
      en: 'teachers eligible to rotate',
    },
  },
  partOfWhole: false,
  formula: { zh: '本年交流轮岗教师数 ÷ 符合交流条件教师总数 × 100%', en: 'rotated ÷ eligible × 100%' },
  thresholds: [
    {
      regime: 'quality_balance_2017',
      comparator: '>=',
      value: '10',
      note: governmentGuaranteeNote(
        11,
        '每年交流轮岗教师不低于符合交流条件教师总数的 10%',
        'teachers rotated each year at least 10% of the eligible teachers',
      ),
    },
  ],
  aboveHundred: {
    zh: '交流轮岗教师不一定都在"符合交流条件"的名单内(如新任教师下派),或被按人次统计,比例因此可超过 100%;请核对是否按人数统计',
    en: 'rotated teachers need not all come from the eligible pool (newly hired teachers sent to rural schools, say), or may be counted in person-times (人次), so the rate can exceed 100%; check that people, not person-times, are counted',
  },
  source: {
    document: `${QUALITY_BALANCE_2017_DOCUMENT};教育部等《关于推进县(区)域内义务教育学校校长教师交流轮岗的意见》(2014)`,
    note: {
      zh: '"符合交流条件"由各地规定(通常为在同一学校连续任教满一定年限);报告常按人次统计交流人数,人次会重复计人,应换算为人数',
      en: 'who is eligible is set locally (usually a number of years at the same school); reports often count rotations in person-times, which double-count people: convert to people',
    },
  },
  example: { input: { rotated: 126, eligible: 1200 }, value: '10.50' },
});
