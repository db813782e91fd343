import { defineIndicator } from '../../definition/define-indicator';
import { consolidationFieldsAndMethods } from './_lib/consolidation-methods';

/**
 * 九年义务教育巩固率 — nine-year compulsory education consolidation rate.
 *
 * Junior-secondary graduates this year ÷ the same cohort's grade-1 entrants nine school years
 * earlier, in %, 2 decimals. Variants (`options.method`):
 *
 * - `raw` (default): graduates ÷ entrants; may exceed 100% where transfers in are not netted out.
 * - `net_transfers_denominator`: graduates ÷ (entrants + transfersIn − transfersOut), a common
 *   county template.
 * - `adjusted_numerator`: (graduates − transfersIn + transfersOut) ÷ (entrants − deaths).
 *
 * Source: MOE statistical practice and county templates; see `spec/indicators.md`.
 *
 * @example
 * ```ts
 * computeIndicator('nine_year_consolidation_rate', { graduates: 2568, entrants: 2500 }).formattedValue;
 * // '102.72' (with an above_100_percent warning)
 * computeIndicator(
 *   'nine_year_consolidation_rate',
 *   { graduates: 2568, entrants: 2500, transfersIn: 140, transfersOut: 60 },
 *   { method: 'net_transfers_denominator' },
 * ).formattedValue; // '99.53'
 * ```
 */
export const nineYearConsolidationRate = defineIndicator({
  id: 'nine_year_consolidation_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '九年义务教育巩固率',
    'zh-TW': '九年義務教育鞏固率',
    en: 'Nine-year compulsory education consolidation rate',
  },
  description: {
    zh: '本年初中毕业生数占该届学生九年前小学一年级入学人数的百分比',
    en: "junior-secondary graduates this year as a percentage of the same cohort's grade-1 entrants nine school years earlier",
  },
  unit: 'percent',
  decimals: 2,
  ...consolidationFieldsAndMethods(
    {
      'zh-CN': '九年前小学一年级入学人数',
      'zh-TW': '九年前小學一年級入學人數',
      en: 'grade-1 entrants nine years earlier',
    },
    { 'zh-CN': '本年初中毕业生数', 'zh-TW': '本年初中畢業生數', en: 'junior-secondary graduates this year' },
  ),
  source: {
    document: '教育部教育事业统计口径;县级教育事业发展统计模板',
    note: {
      zh: '国家层面未统一是否扣除转学,三种口径均为显式选项,默认原始口径',
      en: 'whether transfers are netted out is not settled nationally: all three variants are explicit options, raw by default',
    },
  },
  example: {
    input: { graduates: 2568, entrants: 2500 },
    value: '102.72',
    note: { zh: '与济源示范区公布的 102.72% 同值的示例', en: 'a worked case giving the 102.72% Jiyuan published' },
  },
});
