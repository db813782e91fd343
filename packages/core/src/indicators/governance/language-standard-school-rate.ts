import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 语言文字规范化达标率 — share of schools certified to the standard for the national common
 * language and script (国家通用语言文字规范化达标校, 示范校 included), in %, 2 decimals.
 *
 * Formula: schools certified to the standard ÷ schools × 100%. The certification schemes are
 * provincial; the scope of `schools` (whether kindergartens count) follows the report: 东胜区
 * counts primary and secondary schools and kindergartens.
 *
 * @example
 * ```ts
 * // 东胜区 2022: 144 schools certified, 97.96%
 * computeWithDefinition(languageStandardSchoolRate, { schoolsMeeting: 144, schools: 147 }).formattedValue; // '97.96'
 * ```
 */
export const languageStandardSchoolRate = defineRatioIndicator({
  id: 'language_standard_school_rate',
  version: '1.0.0',
  labels: {
    'zh-CN': '语言文字规范化达标率',
    'zh-TW': '語言文字規範化達標率',
    en: 'Language and script standard compliance rate of schools',
  },
  description: {
    zh: '国家通用语言文字规范化达标校(含示范校)数占学校总数的百分比',
    en: 'schools certified to the national language and script standard (model schools included) as a percentage of all schools',
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'schoolsMeeting',
    labels: {
      'zh-CN': '语言文字规范化达标学校数',
      'zh-TW': '語言文字規範化達標學校數',
      en: 'schools certified to the standard',
    },
  },
  denominator: { name: 'schools', labels: { 'zh-CN': '学校总数', 'zh-TW': '學校總數', en: 'schools' } },
  partOfWhole: true,
  formula: { zh: '语言文字规范化达标学校数 ÷ 学校总数 × 100%', en: 'schoolsMeeting ÷ schools × 100%' },
  source: {
    document: '《中华人民共和国国家通用语言文字法》;各省语言文字规范化(示范)校评估标准',
    note: { zh: '达标标准由各省制定', en: 'the certification standard is set by each province' },
  },
  example: {
    input: { schoolsMeeting: 144, schools: 147 },
    value: '97.96',
    note: {
      zh: '东胜区 2022:中小学、幼儿园建成规范化达标校和示范校 144 所,达标率 97.96%(学校总数据此推算为 147)',
      en: 'Dongsheng 2022: 144 certified schools and kindergartens, 97.96% (147 schools inferred)',
    },
  },
});
