import { defineIndicator } from '../../definition/define-indicator';

/**
 * 普惠性幼儿园覆盖率 — share of children in kindergarten who attend an inclusive kindergarten
 * (public, or private and certified inclusive 普惠性民办园), in %, 2 decimals.
 *
 * Formula: children in public + certified inclusive private kindergartens ÷ all children in
 * kindergarten × 100%. Measured on **children**, not kindergartens: the national 87.78% (2021)
 * is 4218.20万 ÷ 4805.21万 children. The share of kindergartens that are inclusive is a
 * different indicator, `inclusive_kindergarten_count_share`; do not report one as the other.
 *
 * Give the numerator either whole (`inclusiveChildren`) or in its two parts (`publicChildren` and
 * `inclusivePrivateChildren`), with `children` in both cases. The parts together cannot exceed
 * `children`.
 *
 * Threshold: ≥ 80% (县域学前教育普及普惠督导评估办法, 2020).
 *
 * @throws {InvalidInputError} (besides the usual input errors) when `publicChildren` +
 *   `inclusivePrivateChildren` exceeds `children`, or when aggregated rows mix the two forms of
 *   the numerator, so that no group total of either form exists.
 *
 * @example
 * ```ts
 * // 2021 全国: 4218.20万 of 4805.21万 children
 * computeWithDefinition(inclusiveKindergartenCoverage, { inclusiveChildren: 42182000, children: 48052100 }).formattedValue;
 * // '87.78'
 * computeWithDefinition(inclusiveKindergartenCoverage, {
 *   publicChildren: 11434,
 *   inclusivePrivateChildren: 4310,
 *   children: 20000,
 * }).formattedValue; // '78.72'
 * ```
 */
export const inclusiveKindergartenCoverage = defineIndicator({
  id: 'inclusive_kindergarten_coverage',
  version: '1.0.0',
  labels: { 'zh-CN': '普惠性幼儿园覆盖率', 'zh-TW': '普惠性幼兒園覆蓋率', en: 'Inclusive kindergarten coverage' },
  description: {
    zh: '在公办园和认定的普惠性民办园就读的幼儿数占在园幼儿总数的百分比(按幼儿数计,不是按园数计)',
    en: 'children in public and certified inclusive private kindergartens as a percentage of all children in kindergarten (counted by children, not by kindergartens)',
  },
  unit: 'percent',
  decimals: 2,
  fields: {
    inclusiveChildren: {
      kind: 'count',
      optional: true,
      labels: {
        'zh-CN': '普惠性幼儿园在园幼儿数',
        'zh-TW': '普惠性幼兒園在園幼兒數',
        en: 'children in inclusive kindergartens',
      },
    },
    publicChildren: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '公办园在园幼儿数', 'zh-TW': '公辦園在園幼兒數', en: 'children in public kindergartens' },
    },
    inclusivePrivateChildren: {
      kind: 'count',
      optional: true,
      labels: {
        'zh-CN': '普惠性民办园在园幼儿数',
        'zh-TW': '普惠性民辦園在園幼兒數',
        en: 'children in certified inclusive private kindergartens',
      },
    },
    children: {
      kind: 'count',
      labels: { 'zh-CN': '在园幼儿总数', 'zh-TW': '在園幼兒總數', en: 'children in kindergarten' },
    },
  },
  inputForms: [['inclusiveChildren'], ['publicChildren', 'inclusivePrivateChildren']],
  constraints: [
    { part: 'inclusiveChildren', whole: 'children' },
    { part: ['publicChildren', 'inclusivePrivateChildren'], whole: 'children' },
  ],
  // Rows given as the two parts and rows given as the total add up: the parts become the total.
  normalize: (input) =>
    input.inclusiveChildren === undefined &&
    input.publicChildren !== undefined &&
    input.inclusivePrivateChildren !== undefined
      ? { ...input, inclusiveChildren: Number(input.publicChildren) + Number(input.inclusivePrivateChildren) }
      : input,
  methods: {
    standard: {
      labels: { 'zh-CN': '标准口径', 'zh-TW': '標準口徑', en: 'standard' },
      formula: {
        zh: '(公办园在园幼儿数 + 普惠性民办园在园幼儿数) ÷ 在园幼儿总数 × 100%',
        en: '(publicChildren + inclusivePrivateChildren) ÷ children × 100%, or inclusiveChildren ÷ children × 100%',
      },
      compute: ({ inclusiveChildren, children }) => ({ numerator: inclusiveChildren, denominator: children }),
    },
  },
  defaultMethod: 'standard',
  thresholds: [
    {
      regime: 'preschool_universal_2020',
      comparator: '>=',
      value: '80',
      note: { zh: '普惠性幼儿园覆盖率达到 80%', en: 'inclusive kindergarten coverage at least 80%' },
    },
  ],
  source: {
    document: '教育部《县域学前教育普及普惠督导评估办法》(2020);教育部《全国教育事业发展统计公报》',
    note: {
      zh: '按在园幼儿数计算:2021 年全国 87.78% = 4218.20万 ÷ 4805.21万;按园数计算的占比是另一指标 inclusive_kindergarten_count_share',
      en: 'measured on children: the national 87.78% (2021) is 42.182 million ÷ 48.0521 million; the share by kindergarten count is another indicator, inclusive_kindergarten_count_share',
    },
  },
  example: {
    input: { inclusiveChildren: 42182000, children: 48052100 },
    value: '87.78',
    note: {
      zh: '2021 年全国教育事业发展统计公报:普惠性幼儿园在园幼儿 4218.20万人,占在园幼儿总数 4805.21万人的 87.78%',
      en: '2021 national statistical bulletin: 42.182 million children in inclusive kindergartens, 87.78% of 48.0521 million',
    },
  },
});
