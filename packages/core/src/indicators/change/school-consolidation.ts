import { defineIndicator } from '../../definition/define-indicator';
import { reductionFieldsAndMethods } from './_lib/reduction-fields-and-methods';

/**
 * 学校撤并 — schools closed or merged: the count (the result's numerator, before − after) and
 * its share of the schools before, in %, 2 decimals.
 *
 * @example
 * ```ts
 * // 武安市: 534 所学校调整为 348 所,撤并 186 所
 * const result = computeIndicator('school_consolidation', { before: 534, after: 348 });
 * result.numerator.toString(); // '186'
 * result.formattedValue;       // '34.83'
 * ```
 */
export const schoolConsolidation = defineIndicator({
  id: 'school_consolidation',
  version: '1.0.0',
  labels: { 'zh-CN': '学校撤并', 'zh-TW': '學校撤併', en: 'School consolidation' },
  description: {
    zh: '撤并学校数(原有数 − 现有数)及其占原有学校数的百分比',
    en: 'schools closed or merged (before − after) and their share of the schools before',
  },
  unit: 'percent',
  decimals: 2,
  ...reductionFieldsAndMethods(
    { 'zh-CN': '调整前学校数', 'zh-TW': '調整前學校數', en: 'schools before' },
    { 'zh-CN': '调整后学校数', 'zh-TW': '調整後學校數', en: 'schools after' },
  ),
  negativeMeaning: {
    zh: '调整后学校数多于调整前,学校数量净增加',
    en: 'there are more schools after than before: a net increase, not a consolidation',
  },
  source: { document: '县域学校布局调整统计' },
  example: {
    input: { before: 534, after: 348 },
    value: '34.83',
    note: { zh: '武安市:534 所调整为 348 所,撤并 186 所', en: 'Wu’an: 534 schools reorganised into 348, 186 merged' },
  },
});
