import { defineRatioIndicator } from '../../definition/define-ratio-indicator';

/**
 * 社会认可度 — share of valid survey responses that are satisfied, in %, 2 decimals.
 *
 * Formula: satisfied responses ÷ valid responses × 100%. The survey covers students, parents,
 * teachers, principals, people's deputies and the public; how each group is weighted is set by
 * the survey design, not here: give the pooled counts.
 *
 * Thresholds: ≥ 85% in the 2017 high-quality balance regime (where it is a veto item, 一票否决:
 * a county below 85% fails whatever its other results), the 2012 basic balance regime (public
 * satisfaction) and the 2020 preschool regime.
 *
 * @example
 * ```ts
 * computeWithDefinition(socialRecognitionRate, { satisfied: 4412, validResponses: 4670 }).formattedValue; // '94.48'
 * ```
 */
export const socialRecognitionRate = defineRatioIndicator({
  id: 'social_recognition_rate',
  version: '1.0.0',
  labels: { 'zh-CN': '社会认可度', 'zh-TW': '社會認可度', en: 'Social recognition rate' },
  description: {
    zh: '社会认可度调查中表示满意(认可)的有效问卷数占有效问卷总数的百分比',
    en: 'satisfied responses as a percentage of valid responses in the social recognition survey',
  },
  unit: 'percent',
  decimals: 2,
  numerator: {
    name: 'satisfied',
    labels: { 'zh-CN': '满意(认可)问卷数', 'zh-TW': '滿意(認可)問卷數', en: 'satisfied responses' },
  },
  denominator: {
    name: 'validResponses',
    labels: { 'zh-CN': '有效问卷数', 'zh-TW': '有效問卷數', en: 'valid responses' },
  },
  partOfWhole: true,
  formula: { zh: '满意(认可)问卷数 ÷ 有效问卷数 × 100%', en: 'satisfied ÷ validResponses × 100%' },
  thresholds: [
    {
      regime: 'quality_balance_2017',
      comparator: '>=',
      value: '85',
      note: {
        zh: '社会认可度达到 85% 以上;低于 85% 一票否决',
        en: 'at least 85%; a veto item (一票否决): below 85% the county fails',
      },
    },
    {
      regime: 'basic_balance_2012',
      comparator: '>=',
      value: '85',
      note: { zh: '公众满意度达到 85% 以上', en: 'public satisfaction at least 85%' },
    },
    {
      regime: 'preschool_universal_2020',
      comparator: '>=',
      value: '85',
      note: { zh: '社会认可度达到 85% 以上', en: 'social recognition at least 85%' },
    },
  ],
  source: {
    document:
      '教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号);《县域义务教育发展基本均衡督导评估暂行办法》(教督〔2012〕3号);《县域学前教育普及普惠督导评估办法》(2020)',
    note: {
      zh: '2017 办法中社会认可度低于 85% 为一票否决项',
      en: 'in the 2017 regime, social recognition below 85% is a veto item',
    },
  },
  example: {
    input: { satisfied: 4412, validResponses: 4670 },
    value: '94.48',
    note: { zh: '示例值', en: 'illustrative figures' },
  },
});
