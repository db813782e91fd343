import { ZERO } from '../../_lib/decimal';
import { defineIndicator } from '../../definition/define-indicator';
import type { EquitySchool } from '../../equity/_lib/equity-school';
import { coefficientOfVariation as computeCoefficientOfVariation } from '../../equity/coefficient-of-variation';
import { exampleSchools, schoolMeasureFields } from './_lib/school-measure-fields';

/**
 * 差异系数 — the between-school coefficient of variation of one resource indicator, weighted by
 * enrolment, population form (spec/balance.md): X̄ = ΣPᵢXᵢ/ΣPᵢ, S = √(Σ(Pᵢ/ΣP)(Xᵢ − X̄)²),
 * CV = S/X̄, 3 decimals; ≤ 0.50 among primary and ≤ 0.45 among junior schools (2017).
 *
 * The result's numerator is S and its denominator X̄ (which equals the county's total resource
 * ÷ total students). Schools with no students are left out before the ratio is taken; a single
 * school gives 0; X̄ = 0 or no school gives no value. For the per-school contributions and the
 * excluded schools, call {@link coefficientOfVariation} from the equity functions.
 *
 * @example
 * ```ts
 * computeIndicator('coefficient_of_variation', {
 *   schools: [
 *     { students: 100, value: 4 },
 *     { students: 200, value: 5 },
 *     { students: 700, value: 6 },
 *   ],
 * }).formattedValue; // '0.118'  (X̄ = 5.6, S = √0.44)
 * ```
 */
export const coefficientOfVariation = defineIndicator({
  id: 'coefficient_of_variation',
  version: '1.0.0',
  labels: { 'zh-CN': '差异系数', 'zh-TW': '差異係數', en: 'Coefficient of variation between schools' },
  description: {
    zh: '按在校生数加权(总体形式)的校际差异系数:标准差 ÷ 加权平均值',
    en: 'enrolment-weighted, population-form coefficient of variation between schools: standard deviation ÷ weighted mean',
  },
  unit: 'ratio',
  decimals: 3,
  fields: schoolMeasureFields,
  methods: {
    weighted: {
      labels: { 'zh-CN': '按学生数加权', 'zh-TW': '按學生數加權', en: 'enrolment-weighted' },
      formula: {
        zh: '√(Σ(Pᵢ ÷ ΣP)(Xᵢ − X̄)²) ÷ X̄,X̄ = ΣPᵢXᵢ ÷ ΣPᵢ',
        en: '√(Σ(Pᵢ ÷ ΣP)(Xᵢ − X̄)²) ÷ X̄, where X̄ = ΣPᵢXᵢ ÷ ΣPᵢ',
      },
      compute: ({ schools }) => {
        const measure = computeCoefficientOfVariation(schools as readonly EquitySchool[]);
        return { numerator: measure.standardDeviation ?? ZERO, denominator: measure.mean ?? ZERO };
      },
    },
  },
  defaultMethod: 'weighted',
  thresholds: [
    { regime: 'quality_balance_2017', stage: 'primary', comparator: '<=', value: '0.50' },
    { regime: 'quality_balance_2017', stage: 'junior', comparator: '<=', value: '0.45' },
  ],
  source: {
    document: '教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)附件:差异系数计算方法',
    note: {
      zh: '按学生数加权、总体形式;不加权或 n−1 形式的结果不同,是错误的',
      en: 'enrolment-weighted, population form; the unweighted and n−1 forms give different, wrong answers',
    },
  },
  example: { input: { schools: exampleSchools }, value: '0.118' },
});
