import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import { PRESCHOOL_UNIVERSAL_2020_DOCUMENT, STATISTICS_DOCUMENT } from './_lib/access-sources';

/**
 * 学前三年毛入园率 — children in kindergartens and attached preschool classes, of any age, as a
 * percentage of the population aged 3–5, 1 decimal; ≥ 85% under the 2020 学前普及普惠 regime.
 *
 * Formula: 在园幼儿数(含附设班,不限年龄) ÷ 3—5 岁人口数 × 100%, as the 教育统计指标解释 and the
 * 2020 regime define it. The numerator counts children of any age, so the ratio can exceed 100%
 * (children under 3 or over 5, children from outside the area): it is never clamped, and a value
 * above 100% carries a warning saying why. Provinces may ask more (Henan asks ≥ 90%): pass their
 * number through `options.thresholds`.
 *
 * @param input - `enrolled` (children in kindergartens, any age) and `population` (aged 3–5),
 *   both head counts.
 * @returns The ratio in %, with no value when the population is 0.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * // 武安市: 学前三年普及率 92.05% (counts inferred from the rate)
 * const result = computeIndicator('preschool_gross_enrolment_ratio', { enrolled: 18410, population: 20000 });
 * result.formattedValue;        // '92.1'
 * result.thresholds[0]?.passed; // true (≥ 85, preschool_universal_2020)
 * ```
 */
export const preschoolGrossEnrolmentRatio = defineRatioIndicator({
  id: 'preschool_gross_enrolment_ratio',
  version: '1.0.0',
  labels: {
    'zh-CN': '学前三年毛入园率',
    'zh-TW': '學前三年毛入園率',
    en: 'Preschool gross enrolment ratio (three years)',
  },
  description: {
    zh: '在园幼儿数(含附设班,不限年龄)占 3—5 岁人口数的百分比',
    en: 'children in kindergartens and attached preschool classes, of any age, as a percentage of the population aged 3-5',
  },
  unit: 'percent',
  decimals: 1,
  numerator: {
    name: 'enrolled',
    labels: {
      'zh-CN': '在园幼儿数(含附设班,不限年龄)',
      'zh-TW': '在園幼兒數(含附設班,不限年齡)',
      en: 'children in kindergartens and attached classes, any age',
    },
  },
  denominator: {
    name: 'population',
    labels: { 'zh-CN': '3—5 岁人口数', 'zh-TW': '3—5 歲人口數', en: 'population aged 3-5' },
  },
  partOfWhole: false,
  formula: {
    zh: '在园幼儿数(不限年龄) ÷ 3—5 岁人口数 × 100%',
    en: 'children in kindergartens (any age) ÷ population aged 3-5 × 100%',
  },
  thresholds: [
    {
      regime: 'preschool_universal_2020',
      comparator: '>=',
      value: '85',
      note: {
        zh: '学前普及普惠:学前三年毛入园率达到 85% 以上(部分省份更高,如河南 90%)',
        en: 'universal and inclusive preschool: gross enrolment ratio at least 85% (some provinces ask more, Henan 90%)',
      },
    },
  ],
  aboveHundred: {
    zh: '分子为各年龄在园幼儿(含不足 3 岁、超过 5 岁及外地户籍幼儿),分母只是 3—5 岁人口,毛入园率因此可超过 100%',
    en: 'the numerator counts children of any age (under 3, over 5, or from outside the area) while the denominator is the population aged 3-5, so the ratio can exceed 100%',
  },
  source: {
    document: `${PRESCHOOL_UNIVERSAL_2020_DOCUMENT};${STATISTICS_DOCUMENT}`,
    note: {
      zh: '分母所用人口(户籍或常住)由各地确定,应与分子的统计范围一致',
      en: 'whether the population is registered (户籍) or resident (常住) is set locally; keep it consistent with the numerator',
    },
  },
  example: {
    input: { enrolled: 18410, population: 20000 },
    value: '92.1',
    note: {
      zh: '武安市:学前三年普及率达 92.05%(报告保留两位小数;人数按比率推算)',
      en: 'Wu’an: preschool three-year rate 92.05% (printed to 2 decimals; counts inferred from the rate)',
    },
  },
});
