import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 一键报警与视频监控达标率 — share of schools whose one-button emergency alarm (一键式紧急报警)
 * and video surveillance (视频监控) systems meet the standard, in %, 2 decimals.
 *
 * Formula: schools meeting the standard ÷ schools × 100%. A school counts only when both
 * systems meet the standard (installed and linked to the public-security network, as the 2019
 * campus-security norms ask).
 *
 * @example
 * ```ts
 * computeWithDefinition(safetySystemComplianceRate, { schoolsMeeting: 118, schools: 120 }).formattedValue; // '98.33'
 * ```
 */
export const safetySystemComplianceRate = defineRatioIndicator({
  id: 'safety_system_compliance_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '一键报警与视频监控达标率',
    'zh-TW': '一鍵報警與視訊監控達標率',
    en: 'Emergency alarm and video surveillance compliance rate',
  },
  description: {
    zh: '一键式紧急报警和视频监控系统均达标的学校数占学校总数的百分比',
    en: 'schools whose one-button emergency alarm and video surveillance systems both meet the standard as a percentage of all schools',
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'schoolsMeeting',
    labels: {
      'zh-CN': '一键报警与视频监控达标学校数',
      'zh-TW': '一鍵報警與視訊監控達標學校數',
      en: 'schools meeting the standard',
    },
  },
  denominator: { name: 'schools', labels: { 'zh-CN': '学校总数', 'zh-TW': '學校總數', en: 'schools' } },
  partOfWhole: true,
  formula: { zh: '一键报警与视频监控达标学校数 ÷ 学校总数 × 100%', en: 'schoolsMeeting ÷ schools × 100%' },
  source: {
    document: '教育部 公安部《中小学幼儿园安全防范工作规范(试行)》(2019);中小学幼儿园安全防范建设工作要求',
    note: {
      zh: '规范未设评估阈值;地方常以 100% 为工作目标,可通过 options.thresholds 检查',
      en: 'the spec sets no threshold; local work targets are often 100%, checkable through options.thresholds',
    },
  },
  example: {
    input: { schoolsMeeting: 118, schools: 120 },
    value: '98.33',
    note: { zh: '示例值', en: 'illustrative figures' },
  },
});
