import { defineIndicator } from '../../definition/define-indicator';
import type { EquitySchool } from '../../equity/_lib/equity-school';
import { mcLooneIndex as computeMcLooneIndex } from '../../equity/mc-loone-index';
import { indexAsOutcome } from './_lib/index-as-result';
import { exampleSchools, schoolMeasureFields } from './_lib/school-measure-fields';

/**
 * 麦克伦指数 — the enrolment-weighted McLoone index: what the students at or below the weighted
 * median have, ÷ what they would have at the median, 3 decimals; 1 is perfect equality in the
 * lower half.
 *
 * The result's numerator holds the index (over 1); a median of 0 or no schools gives no value.
 *
 * @example
 * ```ts
 * computeIndicator('mcloone_index', {
 *   schools: [
 *     { students: 100, value: 4 },
 *     { students: 200, value: 5 },
 *     { students: 700, value: 6 },
 *   ],
 * }).formattedValue; // '0.933'  (median M = 6; 5600 ÷ (6 × 1000))
 * ```
 */
export const mcLooneIndex = defineIndicator({
  id: 'mcloone_index',
  version: '1.0.0',
  labels: { 'zh-CN': '麦克伦指数', 'zh-TW': '麥克倫指數', en: 'McLoone index between schools' },
  description: {
    zh: '生均资源处于加权中位数及以下学生的实际资源 ÷ 按中位数配置时应有的资源',
    en: 'resources of the students at or below the weighted median ÷ what they would have at the median',
  },
  unit: 'ratio',
  decimals: 3,
  fields: schoolMeasureFields,
  methods: {
    weighted: {
      labels: { 'zh-CN': '按学生数加权', 'zh-TW': '按學生數加權', en: 'enrolment-weighted' },
      formula: {
        zh: 'Σ_{Xᵢ ≤ M} PᵢXᵢ ÷ (M × Σ_{Xᵢ ≤ M} Pᵢ),M 为加权中位数',
        en: 'Σ_{Xᵢ ≤ M} PᵢXᵢ ÷ (M × Σ_{Xᵢ ≤ M} Pᵢ), M the weighted median',
      },
      compute: ({ schools }) => indexAsOutcome(computeMcLooneIndex(schools as readonly EquitySchool[]).value),
    },
  },
  defaultMethod: 'weighted',
  source: {
    document: 'McLoone (1975); Odden & Picus, School Finance: A Policy Perspective',
    note: { zh: '不属于国内评估办法', en: 'not part of any Chinese evaluation regime' },
  },
  example: { input: { schools: exampleSchools }, value: '0.933' },
});
