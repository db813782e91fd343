import { defineIndicator } from '../../definition/define-indicator';
import { consolidationFieldsAndMethods } from './_lib/consolidation-methods';

/**
 * 初中三年巩固率 — junior-secondary three-year consolidation rate.
 *
 * Grade-9 graduates ÷ the cohort's grade-7 intake three school years earlier, in %, 2 decimals;
 * ≥ 95% under the 2017 优质均衡 regime. Variants as for {@link nineYearConsolidationRate}:
 * `raw` (default), `net_transfers_denominator`, `adjusted_numerator`.
 *
 * @example
 * ```ts
 * const result = computeIndicator('junior_three_year_consolidation_rate', { graduates: 1880, entrants: 1960 });
 * result.formattedValue;        // '95.92'
 * result.thresholds[0]?.passed; // true (≥ 95, quality_balance_2017)
 * ```
 */
export const juniorThreeYearConsolidationRate = defineIndicator({
  id: 'junior_three_year_consolidation_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '初中三年巩固率',
    'zh-TW': '初中三年鞏固率',
    en: 'Junior-secondary three-year consolidation rate',
  },
  description: {
    zh: '本年初中毕业生数占该届学生三年前初一入学人数的百分比',
    en: "grade-9 graduates this year as a percentage of the same cohort's grade-7 intake three school years earlier",
  },
  unit: 'percent',
  decimals: 2,
  ...consolidationFieldsAndMethods(
    { 'zh-CN': '三年前初一入学人数', 'zh-TW': '三年前初一入學人數', en: 'grade-7 intake three years earlier' },
    { 'zh-CN': '本年初三毕业生数', 'zh-TW': '本年初三畢業生數', en: 'grade-9 graduates this year' },
  ),
  thresholds: [
    {
      regime: 'quality_balance_2017',
      comparator: '>=',
      value: '95',
      note: { zh: '优质均衡教育质量第 1 项', en: 'quality part, item 1 of the 2017 regime' },
    },
  ],
  source: {
    document: '教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)',
    note: {
      zh: '办法规定 ≥ 95%,未规定是否扣除转学:三种口径均为显式选项,默认原始口径',
      en: 'the regime sets ≥ 95% without settling whether transfers are netted: all three variants are explicit options, raw by default',
    },
  },
  example: { input: { graduates: 1880, entrants: 1960 }, value: '95.92' },
});
