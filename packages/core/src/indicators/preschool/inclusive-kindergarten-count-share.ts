import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 普惠性幼儿园占比(按园数) — share of kindergartens that are inclusive (public, or private and
 * certified inclusive), counted by **kindergartens**, in %, 2 decimals.
 *
 * Formula: inclusive kindergartens ÷ kindergartens × 100%.
 *
 * Warning: this is not 普惠性幼儿园覆盖率 (`inclusive_kindergarten_coverage`), which counts
 * **children** and is the one the 2020 preschool regime sets at ≥ 80%. The two differ whenever
 * inclusive and other kindergartens differ in size (a county with many small private
 * kindergartens has a low count share and a high coverage). Reports often say 普惠率 for
 * either: check which one a figure is before comparing it with the 80% threshold, which is
 * deliberately not attached here.
 *
 * @example
 * ```ts
 * computeWithDefinition(inclusiveKindergartenCountShare, { inclusiveKindergartens: 61, kindergartens: 80 }).formattedValue;
 * // '76.25'
 * ```
 */
export const inclusiveKindergartenCountShare = defineRatioIndicator({
  id: 'inclusive_kindergarten_count_share',
  version: '1.0.0',
  labels: {
    'zh-CN': '普惠性幼儿园占比(按园数)',
    'zh-TW': '普惠性幼兒園佔比(按園數)',
    en: 'Share of kindergartens that are inclusive (by count)',
  },
  description: {
    zh: '公办园和认定的普惠性民办园园数占幼儿园总数的百分比(按园数计;与按幼儿数计的普惠性幼儿园覆盖率是不同指标)',
    en: 'public and certified inclusive private kindergartens as a percentage of all kindergartens (by count; not the same as inclusive kindergarten coverage, which counts children)',
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'inclusiveKindergartens',
    labels: {
      'zh-CN': '普惠性幼儿园数(含公办园)',
      'zh-TW': '普惠性幼兒園數(含公辦園)',
      en: 'inclusive kindergartens (public ones included)',
    },
  },
  denominator: {
    name: 'kindergartens',
    labels: { 'zh-CN': '幼儿园总数', 'zh-TW': '幼兒園總數', en: 'kindergartens' },
  },
  partOfWhole: true,
  formula: { zh: '普惠性幼儿园数 ÷ 幼儿园总数 × 100%', en: 'inclusiveKindergartens ÷ kindergartens × 100%' },
  source: {
    document: '教育事业统计(幼儿园按办别与普惠性认定分组);地方学前教育统计口径',
    note: {
      zh: '按园数计算,不是《县域学前教育普及普惠督导评估办法》(2020)考核的普惠性幼儿园覆盖率(按幼儿数),故不附带 80% 阈值',
      en: 'by kindergarten count; not the coverage (by children) that the 2020 preschool regime evaluates, so its 80% threshold is not attached',
    },
  },
  example: {
    input: { inclusiveKindergartens: 61, kindergartens: 80 },
    value: '76.25',
    note: { zh: '示例值', en: 'illustrative figures' },
  },
});
