import { defineIndicator } from '../../definition/define-indicator';
import type { EquitySchool } from '../../equity/_lib/equity-school';
import { giniCoefficient as computeGiniCoefficient } from '../../equity/gini-coefficient';
import { indexAsOutcome } from './_lib/index-as-result';
import { exampleSchools, schoolMeasureFields } from './_lib/school-measure-fields';

/**
 * 基尼系数 — the enrolment-weighted Gini coefficient of a per-student resource between schools:
 * G = ΣᵢΣⱼ PᵢPⱼ|Xᵢ − Xⱼ| ÷ (2 (ΣP)² X̄), 3 decimals; 0 is perfect equality. Not part of any
 * Chinese regime: the school-finance research measure, offered beside the 差异系数.
 *
 * The result's numerator holds the index (over a denominator of 1); no schools or X̄ = 0 give no
 * value. For the excluded schools and the mean, call {@link giniCoefficient} from the equity
 * functions.
 *
 * @example
 * ```ts
 * computeIndicator('gini_coefficient', {
 *   schools: [
 *     { students: 100, value: 4 },
 *     { students: 200, value: 5 },
 *     { students: 700, value: 6 },
 *   ],
 * }).formattedValue; // '0.054'  (3/56)
 * ```
 */
export const giniCoefficient = defineIndicator({
  id: 'gini_coefficient',
  version: '1.0.0',
  labels: { 'zh-CN': '基尼系数', 'zh-TW': '基尼係數', en: 'Gini coefficient between schools' },
  description: {
    zh: '按在校生数加权的校际生均资源基尼系数',
    en: 'enrolment-weighted Gini coefficient of a per-student resource between schools',
  },
  unit: 'ratio',
  decimals: 3,
  fields: schoolMeasureFields,
  methods: {
    weighted: {
      labels: { 'zh-CN': '按学生数加权', 'zh-TW': '按學生數加權', en: 'enrolment-weighted' },
      formula: { zh: 'ΣᵢΣⱼ PᵢPⱼ|Xᵢ − Xⱼ| ÷ (2(ΣP)² X̄)', en: 'ΣᵢΣⱼ PᵢPⱼ|Xᵢ − Xⱼ| ÷ (2(ΣP)² X̄)' },
      compute: ({ schools }) => indexAsOutcome(computeGiniCoefficient(schools as readonly EquitySchool[]).value),
    },
  },
  defaultMethod: 'weighted',
  source: {
    document: 'Berne & Stiefel, The Measurement of Equity in School Finance (1984); 教育财政公平研究通行口径',
    note: { zh: '不属于国内评估办法', en: 'not part of any Chinese evaluation regime' },
  },
  example: { input: { schools: exampleSchools }, value: '0.054' },
});
