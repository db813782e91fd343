import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 课后服务学校覆盖率 — share of schools in scope that offer after-school services, in %, 1 decimal.
 *
 * @example
 * ```ts
 * // 薛城区 2021: all 80 primary and secondary schools offer the service
 * computeIndicator('after_school_school_coverage', { schoolsOffering: 80, schools: 80 }).formattedValue; // '100.0'
 * ```
 */
export const afterSchoolSchoolCoverage = defineRatioIndicator({
  id: 'after_school_school_coverage',
  version: '1.0.0',
  labels: { 'zh-CN': '课后服务学校覆盖率', 'zh-TW': '課後服務學校覆蓋率', en: 'After-school service school coverage' },
  description: {
    zh: '开展课后服务的学校数占范围内学校数的百分比',
    en: 'schools offering after-school services as a percentage of schools in scope',
  },
  unit: 'percent',
  decimals: 1,
  numerator: {
    name: 'schoolsOffering',
    labels: { 'zh-CN': '开展课后服务学校数', 'zh-TW': '開展課後服務學校數', en: 'schools offering the service' },
  },
  denominator: {
    name: 'schools',
    labels: { 'zh-CN': '范围内学校数', 'zh-TW': '範圍內學校數', en: 'schools in scope' },
  },
  partOfWhole: true,
  formula: { zh: '开展课后服务学校数 ÷ 范围内学校数 × 100%', en: 'schoolsOffering ÷ schools × 100%' },
  source: { document: '教育部义务教育课后服务监测口径' },
  example: {
    input: { schoolsOffering: 80, schools: 80 },
    value: '100.0',
    note: { zh: '薛城区 2021:80 所学校开展课后服务', en: 'Xuecheng 2021: 80 schools offer the service' },
  },
});
