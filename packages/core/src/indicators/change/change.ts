import { defineIndicator } from '../../definition/define-indicator';

/**
 * 增减 — change from a previous to a current figure: the difference (the result's numerator,
 * current − previous) and the rate (current − previous) ÷ previous, in %, 2 decimals.
 *
 * Works for head counts and for amounts (money in the same unit on both sides); negative when
 * the figure fell, never clamped.
 *
 * @example
 * ```ts
 * // 云州区: 在校学生数 12786 人增加到 14161 人
 * const result = computeIndicator('change', { previous: 12786, current: 14161 });
 * result.numerator.toString(); // '1375'
 * result.formattedValue;       // '10.75'
 * ```
 */
export const change = defineIndicator({
  id: 'change',
  version: '1.0.0',
  labels: { 'zh-CN': '增减', 'zh-TW': '增減', en: 'Change' },
  description: {
    zh: '本期数 − 上期数,及其占上期数的百分比(增长率)',
    en: 'current − previous, and that as a percentage of previous (growth rate)',
  },
  unit: 'percent',
  decimals: 2,
  fields: {
    previous: { kind: 'amount', labels: { 'zh-CN': '上期数', 'zh-TW': '上期數', en: 'previous' } },
    current: { kind: 'amount', labels: { 'zh-CN': '本期数', 'zh-TW': '本期數', en: 'current' } },
  },
  methods: {
    standard: {
      labels: { 'zh-CN': '标准口径', 'zh-TW': '標準口徑', en: 'standard' },
      formula: { zh: '(本期数 − 上期数) ÷ 上期数 × 100%', en: '(current − previous) ÷ previous × 100%' },
      compute: ({ previous, current }) => ({ numerator: current.minus(previous), denominator: previous }),
    },
  },
  defaultMethod: 'standard',
  aboveHundred: {
    zh: '本期数超过上期数的两倍,增长率超过 100%',
    en: 'the current figure is more than twice the previous one, so growth exceeds 100%',
  },
  negativeMeaning: { zh: '本期数少于上期数,为减少', en: 'the current figure is below the previous one: a decrease' },
  source: { document: '统计公报通行算法' },
  example: {
    input: { previous: 12786, current: 14161 },
    value: '10.75',
    note: {
      zh: '云州区:在校学生数 12786 人增加到 14161 人,增加 1375 人',
      en: 'Yunzhou: enrolment rose from 12,786 to 14,161, by 1,375',
    },
  },
});
