import { defineIndicator } from '../../definition/define-indicator';
import { governmentGuaranteeNote, QUALITY_BALANCE_2017_DOCUMENT } from './_lib/teacher-sources';

/**
 * 骨干教师占交流轮岗教师比例 — key teachers (骨干教师) among the teachers rotated this year, in %,
 * 2 decimals; ≥ 20% under the 2017 优质均衡 regime.
 *
 * Methods (`options.method`):
 *
 * - `of_rotated` (default, the 2017 regime's reading): key teachers rotated ÷ teachers rotated ×
 *   100%. Needs `rotated`; key teachers rotated can never exceed it.
 * - `of_eligible` (a provincial variant that puts the 20% over the eligible pool): key teachers
 *   rotated ÷ teachers eligible to rotate × 100%. Needs `eligible`.
 *
 * The built-in 20% threshold is the 2017 regime's, stated over the rotated teachers, so it is
 * checked under `of_rotated` only; under `of_eligible` pass the province's own threshold through
 * `options.thresholds`.
 *
 * @param input - `keyRotated`, and `rotated` (for `of_rotated`) or `eligible` (for `of_eligible`).
 * @returns The share, with no value when its denominator is 0.
 * @throws {InvalidInputError} when a count is negative or fractional, the method's denominator
 *   is missing, or `keyRotated` exceeds `rotated`.
 *
 * @example
 * ```ts
 * // 济源: 交流轮岗 1500 余人次,其中骨干教师占比 12%
 * const result = computeIndicator('key_teacher_rotation_share', { keyRotated: 180, rotated: 1500 });
 * result.formattedValue;        // '12.00'
 * result.thresholds[0]?.passed; // false (≥ 20, quality_balance_2017)
 * ```
 */
export const keyTeacherRotationShare = defineIndicator({
  id: 'key_teacher_rotation_share',
  version: '1.0.0',
  labels: {
    'zh-CN': '骨干教师占交流轮岗教师比例',
    'zh-TW': '骨幹教師占交流輪崗教師比例',
    en: 'Share of key teachers among rotated teachers',
  },
  description: {
    zh: '本年交流轮岗的骨干教师数占交流轮岗教师总数的百分比',
    en: 'key teachers rotated this year as a percentage of all teachers rotated',
  },
  unit: 'percent',
  decimals: 2,
  fields: {
    keyRotated: {
      kind: 'count',
      labels: { 'zh-CN': '交流轮岗骨干教师数', 'zh-TW': '交流輪崗骨幹教師數', en: 'key teachers rotated' },
    },
    rotated: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '交流轮岗教师总数', 'zh-TW': '交流輪崗教師總數', en: 'teachers rotated' },
    },
    eligible: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '符合交流条件教师总数', 'zh-TW': '符合交流條件教師總數', en: 'teachers eligible to rotate' },
    },
  },
  methods: {
    of_rotated: {
      labels: { 'zh-CN': '占交流轮岗教师', 'zh-TW': '占交流輪崗教師', en: 'of the rotated teachers' },
      formula: {
        zh: '交流轮岗骨干教师数 ÷ 交流轮岗教师总数 × 100%',
        en: 'key teachers rotated ÷ teachers rotated × 100%',
      },
      requires: ['rotated'],
      compute: ({ keyRotated, rotated }) => ({ numerator: keyRotated, denominator: rotated }),
    },
    of_eligible: {
      labels: { 'zh-CN': '占符合交流条件教师', 'zh-TW': '占符合交流條件教師', en: 'of the eligible teachers' },
      formula: {
        zh: '交流轮岗骨干教师数 ÷ 符合交流条件教师总数 × 100%',
        en: 'key teachers rotated ÷ teachers eligible to rotate × 100%',
      },
      requires: ['eligible'],
      compute: ({ keyRotated, eligible }) => ({ numerator: keyRotated, denominator: eligible }),
    },
  },
  defaultMethod: 'of_rotated',
  constraints: [{ part: 'keyRotated', whole: 'rotated' }],
  thresholds: [
    {
      regime: 'quality_balance_2017',
      comparator: '>=',
      value: '20',
      methods: ['of_rotated'],
      note: governmentGuaranteeNote(
        11,
        '骨干教师不低于交流轮岗教师总数的 20%(按 of_rotated 口径)',
        'key teachers at least 20% of the teachers rotated (the of_rotated method)',
      ),
    },
  ],
  aboveHundred: {
    zh: '仅在 of_eligible 口径下可能出现:交流的骨干教师多于符合交流条件的教师(名单外教师参与交流,或按人次统计);请核对数据',
    en: 'possible only under of_eligible: more key teachers rotated than teachers eligible (teachers outside the pool rotated, or person-times counted); check the data',
  },
  source: {
    document: `${QUALITY_BALANCE_2017_DOCUMENT};教育部等《关于推进县(区)域内义务教育学校校长教师交流轮岗的意见》(2014)`,
    note: {
      zh: '2017 年办法规定骨干教师不低于"交流轮岗教师总数"的 20%,为默认口径 of_rotated;有省份的转述把 20% 放在"符合交流条件教师"之上,为 of_eligible 口径。报告常按人次统计,人次会重复计人',
      en: 'the 2017 regime sets key teachers at 20% or more "of the teachers rotated": the default of_rotated; one provincial restatement puts the 20% over the eligible teachers: of_eligible. Reports often count person-times, which double-count people',
    },
  },
  example: {
    input: { keyRotated: 180, rotated: 1500 },
    value: '12.00',
    note: {
      zh: '济源示范区:教师交流轮岗 1500 余人次,其中骨干教师占比 12%(即 180 人次)',
      en: 'Jiyuan: some 1,500 teacher rotations (person-times), 12% of them key teachers (180)',
    },
  },
});
