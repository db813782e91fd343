import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 整改完成率 — share of listed issues (问题清单) that have been rectified and closed (销号), in %,
 * 1 decimal.
 *
 * Formula: issues closed ÷ issues listed × 100%.
 *
 * @example
 * ```ts
 * // 薛城区 2021: 40 problems listed, 36 rectified, 90%
 * computeWithDefinition(rectificationCompletionRate, { closed: 36, listed: 40 }).formattedValue; // '90.0'
 * ```
 */
export const rectificationCompletionRate = defineRatioIndicator({
  id: 'rectification_completion_rate',
  version: '1.0.0',
  labels: { 'zh-CN': '整改完成率', 'zh-TW': '整改完成率', en: 'Rectification completion rate' },
  description: {
    zh: '已完成整改(销号)的问题数占问题清单所列问题数的百分比',
    en: 'issues rectified and closed as a percentage of the issues listed',
  },
  unit: 'percent',
  decimals: 1,
  numerator: {
    name: 'closed',
    labels: { 'zh-CN': '已完成整改问题数', 'zh-TW': '已完成整改問題數', en: 'issues closed' },
  },
  denominator: {
    name: 'listed',
    labels: { 'zh-CN': '问题清单所列问题数', 'zh-TW': '問題清單所列問題數', en: 'issues listed' },
  },
  partOfWhole: true,
  formula: { zh: '已完成整改问题数 ÷ 所列问题数 × 100%', en: 'closed ÷ listed × 100%' },
  source: { document: '督导评估与巡视巡察问题整改台账;地方整改工作通报' },
  example: {
    input: { closed: 36, listed: 40 },
    value: '90.0',
    note: {
      zh: '薛城区 2021:梳理急难愁盼问题 40 余个,已完成整改 36 个,占比 90%',
      en: 'Xuecheng 2021: of some 40 problems listed, 36 rectified, 90%',
    },
  },
});
