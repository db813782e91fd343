import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import { STATISTICS_DOCUMENT } from './_lib/access-sources';

/**
 * 升学率 — graduates admitted to the next level as a percentage of the graduates, 1 decimal.
 *
 * Formula: 升入上一级学校的人数 ÷ 本届毕业生数 × 100%, for one level at a time (小学升初中, 初中升
 * 高中阶段, 高中升高等学校). Those admitted can include graduates of earlier years and students
 * who graduated elsewhere, so in a small area the rate can exceed 100%: never clamped, warned
 * about. No evaluation regime sets a threshold on it.
 *
 * @param input - `admitted` (graduates admitted to the next level) and `graduates`, head counts.
 * @returns The rate in %, with no value when there are no graduates.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * computeIndicator('progression_rate', { admitted: 1880, graduates: 1960 }).formattedValue; // '95.9'
 * ```
 */
export const progressionRate = defineRatioIndicator({
  id: 'progression_rate',
  version: '1.0.0',
  labels: { 'zh-CN': '升学率', 'zh-TW': '升學率', en: 'Progression rate' },
  description: {
    zh: '升入上一级学校的毕业生数占毕业生数的百分比',
    en: 'graduates admitted to the next level of education as a percentage of the graduates',
  },
  unit: 'percent',
  decimals: 1,
  numerator: {
    name: 'admitted',
    labels: { 'zh-CN': '升入上一级学校人数', 'zh-TW': '升入上一級學校人數', en: 'admitted to the next level' },
  },
  denominator: { name: 'graduates', labels: { 'zh-CN': '毕业生数', 'zh-TW': '畢業生數', en: 'graduates' } },
  partOfWhole: false,
  formula: { zh: '升入上一级学校人数 ÷ 毕业生数 × 100%', en: 'admitted to the next level ÷ graduates × 100%' },
  aboveHundred: {
    zh: '升入人数可含往届毕业生和外地毕业生,小范围统计时升学率因此可超过 100%',
    en: 'those admitted can include graduates of earlier years and from elsewhere, so in a small area the rate can exceed 100%',
  },
  source: { document: STATISTICS_DOCUMENT },
  example: {
    input: { admitted: 1880, graduates: 1960 },
    value: '95.9',
    note: { zh: '示意数据', en: 'illustrative figures' },
  },
});
