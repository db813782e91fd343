import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import { governmentGuaranteeNote, QUALITY_BALANCE_2017_DOCUMENT } from './_lib/teacher-sources';

/**
 * 专任教师持证上岗率 — full-time teachers holding a teacher's certificate (教师资格证), in %,
 * 2 decimals; = 100% under the 2017 优质均衡 regime, and for kindergartens under the 2020
 * 学前普及普惠 regime.
 *
 * Formula: certified ÷ full-time teachers × 100%. Certified teachers are among the full-time
 * teachers, so `certified` can never exceed `teachers`.
 *
 * @param input - `certified` and `teachers`, head counts.
 * @returns The rate, with no value when there are no teachers.
 * @throws {InvalidInputError} when a count is negative or fractional, or certified > teachers.
 *
 * @example
 * ```ts
 * const result = computeIndicator('teacher_certification_rate', { certified: 2386, teachers: 2391 });
 * result.formattedValue; // '99.79'
 * result.thresholds.find((check) => check.regime === 'quality_balance_2017')?.passed; // false (= 100)
 * ```
 */
export const teacherCertificationRate = defineRatioIndicator({
  id: 'teacher_certification_rate',
  version: '1.0.0',
  labels: { 'zh-CN': '专任教师持证上岗率', 'zh-TW': '專任教師持證上崗率', en: 'Teacher certification rate' },
  description: {
    zh: '持有教师资格证的专任教师数占专任教师总数的百分比',
    en: "full-time teachers holding a teacher's certificate as a percentage of all full-time teachers",
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'certified',
    labels: { 'zh-CN': '持证专任教师数', 'zh-TW': '持證專任教師數', en: 'certified full-time teachers' },
  },
  denominator: {
    name: 'teachers',
    labels: { 'zh-CN': '专任教师数', 'zh-TW': '專任教師數', en: 'full-time teachers' },
  },
  partOfWhole: true,
  formula: { zh: '持证专任教师数 ÷ 专任教师数 × 100%', en: 'certified ÷ full-time teachers × 100%' },
  thresholds: [
    {
      regime: 'quality_balance_2017',
      comparator: '=',
      value: '100',
      note: governmentGuaranteeNote(12, '专任教师持证上岗率 100%', 'every full-time teacher certified'),
    },
    {
      regime: 'preschool_universal_2020',
      comparator: '=',
      value: '100',
      stage: 'preschool',
      note: {
        zh: '学前普及普惠:幼儿园园长、教师持证上岗率 100%(本指标只计教师)',
        en: 'universal preschool regime: kindergarten principals and teachers all certified (this indicator counts teachers only)',
      },
    },
  ],
  source: {
    document: `${QUALITY_BALANCE_2017_DOCUMENT};教育部《县域学前教育普及普惠督导评估办法》(2020)`,
    note: {
      zh: '分母为专任教师(不含代课、兼任教师);幼儿园园长持证情况不在本指标内',
      en: 'the denominator is full-time teachers (not substitute or part-time staff); kindergarten principals are outside this indicator',
    },
  },
  example: { input: { certified: 2386, teachers: 2391 }, value: '99.79' },
});
