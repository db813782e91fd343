import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 营转非完成率 — share of the off-campus tutoring institutions required to convert from
 * for-profit to non-profit registration (营利性转为非营利性) that have completed it, in %,
 * 2 decimals.
 *
 * Formula: institutions that completed the conversion ÷ institutions required to convert × 100%.
 * A completed conversion is a subset of the required ones, so `completed` > `required` is an
 * input error. The 双减 opinion requires every subject-type institution serving compulsory-
 * education students to register as non-profit, so the policy expects 100%; the spec sets no
 * regime threshold, so none is attached: pass
 * `thresholds: [{ regime: 'national_target', comparator: '>=', value: 100 }]` to check it.
 *
 * Source: 中共中央办公厅 国务院办公厅《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》
 * (2021) and local 双减 work statistics.
 *
 * @example
 * ```ts
 * computeWithDefinition(nonprofitConversionCompletionRate, { completed: 37, required: 40 }).formattedValue;
 * // '92.50'
 * ```
 */
export const nonprofitConversionCompletionRate = defineRatioIndicator({
  id: 'nonprofit_conversion_completion_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '营转非完成率',
    'zh-TW': '營轉非完成率',
    en: 'For-profit to non-profit conversion completion rate',
  },
  description: {
    zh: '已完成营利性转非营利性登记的校外培训机构数占应转机构数的百分比',
    en: 'off-campus tutoring institutions that completed conversion to non-profit registration as a percentage of those required to convert',
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'completed',
    labels: {
      'zh-CN': '已完成营转非机构数',
      'zh-TW': '已完成營轉非機構數',
      en: 'institutions that completed conversion',
    },
  },
  denominator: {
    name: 'required',
    labels: { 'zh-CN': '应营转非机构数', 'zh-TW': '應營轉非機構數', en: 'institutions required to convert' },
  },
  partOfWhole: true,
  formula: { zh: '已完成营转非机构数 ÷ 应营转非机构数 × 100%', en: 'completed ÷ required × 100%' },
  source: {
    document:
      '中共中央办公厅 国务院办公厅《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》(2021);各地双减工作统计',
    note: {
      zh: '政策要求学科类培训机构统一登记为非营利性机构(即 100%);规范未设评估阈值,故不附带阈值',
      en: 'the policy requires every subject-type institution to register as non-profit (i.e. 100%); the spec sets no regime threshold, so none is attached',
    },
  },
  example: {
    input: { completed: 12, required: 12 },
    value: '100.00',
    note: {
      zh: '济源示范区公布“营转非”完成率 100%(机构数为示例值)',
      en: 'Jiyuan reports a 100% conversion completion rate (the counts are illustrative)',
    },
  },
});
