import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 幼儿园专任教师与在园幼儿比 — children in kindergarten per full-time teacher, printed `1:x`,
 * 2 decimals; at most 15 children per teacher under the 2020 学前普及普惠 regime.
 *
 * Formula: children ÷ full-time teachers; the value is the x of `1:x`, so lower is better and the
 * threshold is `≤ 15`.
 *
 * @param input - `children` and `teachers` (full-time kindergarten teachers), head counts.
 * @returns The ratio, with no value when there are no teachers.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * // 2022 公报: 在园幼儿 4627.55万, 学前教育专任教师 324.42万
 * const result = computeIndicator('preschool_teacher_child_ratio', { children: 46275500, teachers: 3244200 });
 * result.formattedValue;        // '14.26' (1:14.26)
 * result.thresholds[0]?.passed; // true (≤ 15, preschool_universal_2020)
 * ```
 */
export const preschoolTeacherChildRatio = defineRatioIndicator({
  id: 'preschool_teacher_child_ratio',
  version: '1.0.0',
  labels: {
    'zh-CN': '幼儿园专任教师与在园幼儿比',
    'zh-TW': '幼兒園專任教師與在園幼兒比',
    en: 'Kindergarten teacher-child ratio',
  },
  description: {
    zh: '在园幼儿数 ÷ 幼儿园专任教师数,记作 1:x',
    en: 'children in kindergarten per full-time kindergarten teacher, printed 1:x',
  },
  unit: 'one_to_ratio',
  decimals: 2,
  numerator: { name: 'children', labels: { 'zh-CN': '在园幼儿数', 'zh-TW': '在園幼兒數', en: 'children enrolled' } },
  denominator: {
    name: 'teachers',
    labels: { 'zh-CN': '幼儿园专任教师数', 'zh-TW': '幼兒園專任教師數', en: 'full-time kindergarten teachers' },
  },
  partOfWhole: false,
  formula: { zh: '在园幼儿数 ÷ 专任教师数', en: 'children ÷ full-time teachers' },
  thresholds: [
    {
      regime: 'preschool_universal_2020',
      comparator: '<=',
      value: '15',
      note: {
        zh: '学前普及普惠:幼儿园专任教师与幼儿比不高于 1:15',
        en: 'universal preschool regime: at most 15 children per full-time teacher',
      },
    },
  ],
  source: {
    document: '教育部《县域学前教育普及普惠督导评估办法》(2020)',
    note: {
      zh: '分母只计专任教师(不含保育员、园长等其他教职工);教职工与幼儿比是另一指标',
      en: 'the denominator counts full-time teachers only (not nursery staff or principals); the staff–child ratio is a different indicator',
    },
  },
  example: {
    input: { children: 46275500, teachers: 3244200 },
    value: '14.26',
    note: {
      zh: '2022 年全国教育事业发展统计公报:学前教育在园幼儿 4627.55万人,专任教师 324.42万人',
      en: '2022 national statistical bulletin: 46.2755 million children in preschool education, 3.2442 million full-time teachers',
    },
  },
});
