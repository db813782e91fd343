import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 课后服务教师参与率 — share of teachers in the schools in scope who take part in after-school
 * services, in %, 1 decimal.
 *
 * @example
 * ```ts
 * computeIndicator('after_school_teacher_participation_rate', { teachersParticipating: 4788, teachers: 5320 }).formattedValue;
 * // '90.0'
 * ```
 */
export const afterSchoolTeacherParticipationRate = defineRatioIndicator({
  id: 'after_school_teacher_participation_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '课后服务教师参与率',
    'zh-TW': '課後服務教師參與率',
    en: 'After-school service teacher participation rate',
  },
  description: {
    zh: '参与课后服务的教师数占范围内学校教师数的百分比',
    en: 'teachers taking part in after-school services as a percentage of teachers in the schools in scope',
  },
  unit: 'percent',
  decimals: 1,
  numerator: {
    name: 'teachersParticipating',
    labels: { 'zh-CN': '参与课后服务教师数', 'zh-TW': '參與課後服務教師數', en: 'participating teachers' },
  },
  denominator: {
    name: 'teachers',
    labels: { 'zh-CN': '范围内学校教师数', 'zh-TW': '範圍內學校教師數', en: 'teachers in the schools in scope' },
  },
  partOfWhole: true,
  formula: { zh: '参与课后服务教师数 ÷ 范围内学校教师数 × 100%', en: 'teachersParticipating ÷ teachers × 100%' },
  source: { document: '教育部义务教育课后服务监测口径' },
  example: {
    input: { teachersParticipating: 4788, teachers: 5320 },
    value: '90.0',
    note: {
      zh: '薛城区 2021 年参与教师 4788 人(教师总数为示例值)',
      en: 'Xuecheng 2021: 4,788 teachers took part (the total is illustrative)',
    },
  },
});
