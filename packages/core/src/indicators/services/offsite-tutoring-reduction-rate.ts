import { defineIndicator } from '../../definition/define-indicator';
import { reductionFieldsAndMethods } from '../change/_lib/reduction-fields-and-methods';

/**
 * 校外培训机构压减率 — reduction in off-campus tutoring institutions under 双减, in %, 2 decimals.
 *
 * (institutions before − after) ÷ before. The numerator is the number of institutions removed;
 * the rate is negative if the count grew.
 *
 * @example
 * ```ts
 * // 济源: 学科类培训机构由 120 家压减为 12 家,压减率 90%
 * computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 }).formattedValue; // '90.00'
 * computeIndicator('offsite_tutoring_reduction_rate', { before: 263, after: 34 }).formattedValue; // '87.07'
 * ```
 */
export const offsiteTutoringReductionRate = defineIndicator({
  id: 'offsite_tutoring_reduction_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '校外培训机构压减率',
    'zh-TW': '校外培訓機構壓減率',
    en: 'Off-campus tutoring institution reduction rate',
  },
  description: {
    zh: '(原有学科类校外培训机构数 − 现有数) ÷ 原有数',
    en: '(tutoring institutions before − after) ÷ institutions before',
  },
  unit: 'percent',
  decimals: 2,
  ...reductionFieldsAndMethods(
    { 'zh-CN': '原有培训机构数', 'zh-TW': '原有培訓機構數', en: 'institutions before' },
    { 'zh-CN': '现有培训机构数', 'zh-TW': '現有培訓機構數', en: 'institutions after' },
  ),
  negativeMeaning: {
    zh: '现有机构数多于原有数,机构数量增加,压减率为负',
    en: 'there are more institutions after than before: the count grew, so the reduction is negative',
  },
  source: { document: '《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》(2021)及各地双减工作统计' },
  example: {
    input: { before: 120, after: 12 },
    value: '90.00',
    note: { zh: '济源示范区:120 家压减为 12 家,压减率 90%', en: 'Jiyuan: 120 institutions cut to 12, a 90% reduction' },
  },
});
