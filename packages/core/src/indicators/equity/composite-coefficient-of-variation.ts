import { Decimal } from '../../_lib/decimal';
import { nonNegativeDecimalSchema } from '../../_lib/decimal-schema';
import { defineIndicator } from '../../definition/define-indicator';

/**
 * 综合差异系数 — the 2012 composite: the arithmetic mean of the eight indicators' coefficients of
 * variation, taken from UNROUNDED CVs, 3 decimals; ≤ 0.65 for primary and ≤ 0.55 for junior
 * schools (2012; widely cited, the original text was not seen — override if your province differs).
 *
 * The numerator is the sum of the CVs and the denominator their count. Give the CVs unrounded
 * (e.g. `result.exact` of each `coefficient_of_variation`).
 *
 * @example
 * ```ts
 * computeIndicator('composite_coefficient_of_variation', {
 *   coefficients: ['0.41', '0.52', '0.38', '0.61', '0.47', '0.33', '0.55', '0.49'],
 * }).formattedValue; // '0.470'
 * ```
 */
export const compositeCoefficientOfVariation = defineIndicator({
  id: 'composite_coefficient_of_variation',
  version: '1.0.0',
  labels: { 'zh-CN': '综合差异系数', 'zh-TW': '綜合差異係數', en: 'Composite coefficient of variation (2012)' },
  description: {
    zh: '2012 年基本均衡评估八项指标差异系数的算术平均数(以未修约的差异系数计算)',
    en: 'the arithmetic mean of the eight 2012 indicators’ coefficients of variation, from unrounded values',
  },
  unit: 'ratio',
  decimals: 3,
  fields: {
    coefficients: {
      kind: 'items',
      item: nonNegativeDecimalSchema,
      labels: { 'zh-CN': '各项指标差异系数', 'zh-TW': '各項指標差異係數', en: 'coefficients of variation' },
    },
  },
  methods: {
    mean: {
      labels: { 'zh-CN': '算术平均', 'zh-TW': '算術平均', en: 'arithmetic mean' },
      formula: { zh: 'Σ 各项差异系数 ÷ 项数', en: 'Σ coefficients ÷ their count' },
      compute: ({ coefficients }) => ({
        numerator: coefficients.reduce<Decimal>((sum, coefficient) => sum.plus(coefficient.toString()), new Decimal(0)),
        denominator: new Decimal(coefficients.length),
      }),
    },
  },
  defaultMethod: 'mean',
  thresholds: [
    { regime: 'basic_balance_2012', stage: 'primary', comparator: '<=', value: '0.65' },
    { regime: 'basic_balance_2012', stage: 'junior', comparator: '<=', value: '0.55' },
  ],
  source: {
    document: '教育部《县域义务教育发展基本均衡县评估认定办法》(教督〔2012〕3号)',
    note: {
      zh: '0.65 / 0.55 为广泛引用的数值,未见原文,可覆盖',
      en: 'the 0.65 / 0.55 thresholds are widely cited but the original text was not seen: overridable data',
    },
  },
  example: {
    input: { coefficients: ['0.41', '0.52', '0.38', '0.61', '0.47', '0.33', '0.55', '0.49'] },
    value: '0.470',
  },
});
