import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import { STATISTICS_DOCUMENT } from './_lib/access-sources';

/**
 * 初中阶段毛入学率 — junior-secondary students of any age as a percentage of the population aged
 * 12–14, 1 decimal.
 *
 * Formula: 初中阶段在校生数(不限年龄) ÷ 12—14 岁人口数 × 100%. The numerator counts students of
 * any age (over-age students, repeaters, students from outside the area), so the ratio can
 * exceed 100%, as it did nationally in 2012 (102.1%): never clamped, warned about. No evaluation
 * regime sets a threshold on it.
 *
 * @param input - `enrolled` (junior-secondary students, any age) and `population` (aged 12–14),
 *   both head counts.
 * @returns The ratio in %, with no value when the population is 0.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * // 2012 公报: 初中在校生 4763.06万, 初中阶段毛入学率 102.1% (population inferred)
 * computeIndicator('junior_gross_enrolment_ratio', { enrolled: 47630600, population: 46650000 }).formattedValue;
 * // '102.1'
 * ```
 */
export const juniorGrossEnrolmentRatio = defineRatioIndicator({
  id: 'junior_gross_enrolment_ratio',
  version: '1.0.0',
  labels: {
    'zh-CN': '初中阶段毛入学率',
    'zh-TW': '初中階段毛入學率',
    en: 'Junior-secondary gross enrolment ratio',
  },
  description: {
    zh: '初中阶段在校生数(不限年龄)占 12—14 岁人口数的百分比',
    en: 'junior-secondary students of any age as a percentage of the population aged 12-14',
  },
  unit: 'percent',
  decimals: 1,
  numerator: {
    name: 'enrolled',
    labels: {
      'zh-CN': '初中阶段在校生数(不限年龄)',
      'zh-TW': '初中階段在校生數(不限年齡)',
      en: 'junior-secondary students, any age',
    },
  },
  denominator: {
    name: 'population',
    labels: { 'zh-CN': '12—14 岁人口数', 'zh-TW': '12—14 歲人口數', en: 'population aged 12-14' },
  },
  partOfWhole: false,
  formula: {
    zh: '初中阶段在校生数 ÷ 12—14 岁人口数 × 100%',
    en: 'junior-secondary students ÷ population aged 12-14 × 100%',
  },
  aboveHundred: {
    zh: '分子为各年龄的初中在校生(含超龄生和外地生源),分母只是 12—14 岁人口,毛入学率因此可超过 100%(2012 年全国为 102.1%)',
    en: 'the numerator counts students of any age (over-age students, students from outside the area) while the denominator is the population aged 12-14, so the ratio can exceed 100% (102.1% nationally in 2012)',
  },
  source: { document: STATISTICS_DOCUMENT },
  example: {
    input: { enrolled: 47630600, population: 46650000 },
    value: '102.1',
    note: {
      zh: '2012 年全国教育事业发展统计公报:初中在校生 4763.06万人,初中阶段毛入学率 102.1%(人口数按比率推算)',
      en: '2012 national statistical bulletin: 47.6306 million junior-secondary students, gross enrolment ratio 102.1% (population inferred from the ratio)',
    },
  },
});
