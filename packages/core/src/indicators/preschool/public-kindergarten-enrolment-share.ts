import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 公办园在园幼儿占比 — share of children in kindergarten who attend a public kindergarten, in %,
 * 2 decimals.
 *
 * Formula: children in public kindergartens ÷ all children in kindergarten × 100%.
 * Threshold: ≥ 50% (县域学前教育普及普惠督导评估办法, 2020).
 *
 * @example
 * ```ts
 * // 东胜区 2022 reports 57.17% (the counts are illustrative)
 * computeWithDefinition(publicKindergartenEnrolmentShare, { publicChildren: 11434, children: 20000 }).formattedValue;
 * // '57.17'
 * ```
 */
export const publicKindergartenEnrolmentShare = defineRatioIndicator({
  id: 'public_kindergarten_enrolment_share',
  version: '1.0.0',
  labels: {
    'zh-CN': '公办园在园幼儿占比',
    'zh-TW': '公辦園在園幼兒佔比',
    en: 'Share of children in public kindergartens',
  },
  description: {
    zh: '公办幼儿园在园幼儿数占在园幼儿总数的百分比',
    en: 'children in public kindergartens as a percentage of all children in kindergarten',
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'publicChildren',
    labels: { 'zh-CN': '公办园在园幼儿数', 'zh-TW': '公辦園在園幼兒數', en: 'children in public kindergartens' },
  },
  denominator: {
    name: 'children',
    labels: { 'zh-CN': '在园幼儿总数', 'zh-TW': '在園幼兒總數', en: 'children in kindergarten' },
  },
  partOfWhole: true,
  formula: { zh: '公办园在园幼儿数 ÷ 在园幼儿总数 × 100%', en: 'publicChildren ÷ children × 100%' },
  thresholds: [
    {
      regime: 'preschool_universal_2020',
      comparator: '>=',
      value: '50',
      note: { zh: '公办园在园幼儿占比达到 50%', en: 'children in public kindergartens at least 50%' },
    },
  ],
  source: { document: '教育部《县域学前教育普及普惠督导评估办法》(2020)' },
  example: {
    input: { publicChildren: 11434, children: 20000 },
    value: '57.17',
    note: {
      zh: '东胜区 2022:公办幼儿园在园幼儿达到 57.17%(幼儿数为示例值)',
      en: 'Dongsheng 2022: 57.17% of children in public kindergartens (the counts are illustrative)',
    },
  },
});
