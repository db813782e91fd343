import { defineRatioIndicator } from '../../definition/define-ratio-indicator';
import { UIS_DECIMALS_NOTE, UIS_DOCUMENT } from './_lib/uis-sources';

/**
 * Gross intake ratio to the first grade of primary education (小学一年级毛招生率), UIS form, in %,
 * 1 decimal.
 *
 * UIS definition: the total number of new entrants to the first grade of primary education,
 * regardless of age, expressed as a percentage of the population at the official primary
 * school-entrance age. Formula: new entrants ÷ population of entrance age × 100%. New entrants
 * exclude repeaters of the first grade. Because entrants of any age are counted over one age
 * cohort, the ratio can exceed 100% (early and late entrants): never clamped, warned about.
 *
 * @param input - `newEntrants` (new entrants to grade 1, any age) and `populationOfEntryAge`
 *   (population at the official entrance age, 6 in most of China); head counts.
 * @returns The ratio in %, with no value when the population is 0.
 * @throws {InvalidInputError} when a count is negative or fractional.
 *
 * @example
 * ```ts
 * computeIndicator('gross_intake_ratio', { newEntrants: 10450, populationOfEntryAge: 10000 }).formattedValue; // '104.5'
 * ```
 */
export const grossIntakeRatio = defineRatioIndicator({
  id: 'gross_intake_ratio',
  version: '1.0.0',
  labels: {
    'zh-CN': '小学一年级毛招生率(UIS)',
    'zh-TW': '小學一年級毛招生率(UIS)',
    en: 'Gross intake ratio to the first grade of primary (UIS)',
  },
  description: {
    zh: '小学一年级新生数(不限年龄,不含留级生)占法定入学年龄人口的百分比',
    en: 'new entrants to the first grade of primary education, regardless of age, as a percentage of the population at the official primary school-entrance age',
  },
  unit: 'percent',
  decimals: 1,
  numerator: {
    name: 'newEntrants',
    labels: {
      'zh-CN': '小学一年级新生数(不限年龄,不含留级生)',
      'zh-TW': '小學一年級新生數(不限年齡,不含留級生)',
      en: 'new entrants to grade 1, any age, repeaters excluded',
    },
  },
  denominator: {
    name: 'populationOfEntryAge',
    labels: { 'zh-CN': '法定入学年龄人口', 'zh-TW': '法定入學年齡人口', en: 'population at the official entrance age' },
  },
  partOfWhole: false,
  formula: {
    zh: '小学一年级新生数 ÷ 法定入学年龄人口 × 100%',
    en: 'new entrants to grade 1 ÷ population of the official entrance age × 100%',
  },
  aboveHundred: {
    zh: '分子含提前和推迟入学的各年龄新生,分母只是法定入学年龄的一个年龄组,毛招生率因此可超过 100%',
    en: 'the numerator counts new entrants of any age, early and late, while the denominator is the single cohort of the official entrance age, so the ratio can exceed 100%',
  },
  source: { document: UIS_DOCUMENT, note: UIS_DECIMALS_NOTE },
  example: {
    input: { newEntrants: 10450, populationOfEntryAge: 10000 },
    value: '104.5',
    note: { zh: '示意数据', en: 'illustrative figures' },
  },
});
