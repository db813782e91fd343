import { defineIndicator } from '../../definition/define-indicator';
import type { EquitySchool } from '../../equity/_lib/equity-school';
import { theilIndex as computeTheilIndex } from '../../equity/theil-index';
import { indexAsOutcome } from './_lib/index-as-result';
import { exampleSchools, schoolMeasureFields } from './_lib/school-measure-fields';

/**
 * 泰尔指数 — the enrolment-weighted Theil T index of a per-student resource between schools:
 * T = Σ (Pᵢ/ΣP)(Xᵢ/X̄) ln(Xᵢ/X̄), 3 decimals; 0 is perfect equality.
 *
 * The result's numerator holds the index (over 1). The within- and between-group decomposition
 * (urban vs rural, by township…) comes from {@link theilIndex} of the equity functions with
 * `groupBy: true`.
 *
 * @example
 * ```ts
 * computeIndicator('theil_index', {
 *   schools: [
 *     { students: 100, value: 4 },
 *     { students: 200, value: 5 },
 *     { students: 700, value: 6 },
 *   ],
 * }).formattedValue; // '0.007'
 * ```
 */
export const theilIndex = defineIndicator({
  id: 'theil_index',
  version: '1.0.0',
  labels: { 'zh-CN': '泰尔指数', 'zh-TW': '泰爾指數', en: 'Theil index between schools' },
  description: {
    zh: '按在校生数加权的校际生均资源泰尔指数(T 指数)',
    en: 'enrolment-weighted Theil T index of a per-student resource between schools',
  },
  unit: 'ratio',
  decimals: 3,
  fields: schoolMeasureFields,
  methods: {
    weighted: {
      labels: { 'zh-CN': '按学生数加权', 'zh-TW': '按學生數加權', en: 'enrolment-weighted' },
      formula: { zh: 'Σ (Pᵢ ÷ ΣP)(Xᵢ ÷ X̄) ln(Xᵢ ÷ X̄)', en: 'Σ (Pᵢ ÷ ΣP)(Xᵢ ÷ X̄) ln(Xᵢ ÷ X̄)' },
      compute: ({ schools }) => indexAsOutcome(computeTheilIndex(schools as readonly EquitySchool[]).value),
    },
  },
  defaultMethod: 'weighted',
  source: {
    document: 'Theil, Economics and Information Theory (1967); 教育财政公平研究通行口径',
    note: { zh: '不属于国内评估办法', en: 'not part of any Chinese evaluation regime' },
  },
  example: { input: { schools: exampleSchools }, value: '0.007' },
});
