import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 中小学(含教学点)互联网接入率 — share of primary and secondary schools, teaching points (教学点)
 * included, that are connected to the internet, in %, 2 decimals.
 *
 * Formula: connected schools incl. teaching points ÷ all schools incl. teaching points × 100%.
 * Teaching points count in both the numerator and the denominator; leaving them out of either
 * overstates or understates the rate. The national rate has been 100% since 2020.
 *
 * @example
 * ```ts
 * // 薛城区 2021: broadband in all 80 schools
 * computeWithDefinition(internetAccessRate, { schoolsMeeting: 80, schools: 80 }).formattedValue; // '100.00'
 * ```
 */
export const internetAccessRate = defineRatioIndicator({
  id: 'internet_access_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '中小学(含教学点)互联网接入率',
    'zh-TW': '中小學(含教學點)網際網路接入率',
    en: 'Internet access rate of schools (teaching points included)',
  },
  description: {
    zh: '已接入互联网的中小学(含教学点)数占中小学(含教学点)总数的百分比',
    en: 'primary and secondary schools, teaching points included, connected to the internet as a percentage of all of them',
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'schoolsMeeting',
    labels: {
      'zh-CN': '已接入互联网的学校数(含教学点)',
      'zh-TW': '已接入網際網路的學校數(含教學點)',
      en: 'connected schools (teaching points included)',
    },
  },
  denominator: {
    name: 'schools',
    labels: { 'zh-CN': '学校总数(含教学点)', 'zh-TW': '學校總數(含教學點)', en: 'schools (teaching points included)' },
  },
  partOfWhole: true,
  formula: {
    zh: '已接入互联网的学校数(含教学点) ÷ 学校总数(含教学点) × 100%',
    en: 'schoolsMeeting ÷ schools × 100%, teaching points included in both',
  },
  source: {
    document: '教育部《全国教育事业发展统计公报》;教育信息化统计(中小学互联网接入率)',
    note: {
      zh: '全国中小学(含教学点)互联网接入率自 2020 年起为 100%',
      en: 'the national rate, teaching points included, has been 100% since 2020',
    },
  },
  example: {
    input: { schoolsMeeting: 80, schools: 80 },
    value: '100.00',
    note: {
      zh: '薛城区 2021:全区 80 所中小学宽带网络接入率 100%',
      en: 'Xuecheng 2021: broadband in all 80 schools, 100%',
    },
  },
});
