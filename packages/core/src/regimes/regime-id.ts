import type { LocalizedText } from '../i18n/localized-text';

/**
 * The evaluation regimes and national targets whose thresholds edukpi carries as data.
 *
 * - `quality_balance_2017`: 县域义务教育优质均衡发展督导评估办法 (教督〔2017〕6号).
 * - `basic_balance_2012`: 县域义务教育发展基本均衡督导评估暂行办法 (教督〔2012〕3号).
 * - `preschool_universal_2020`: 县域学前教育普及普惠督导评估办法 (2020).
 * - `national_target`: a national policy target outside the three regimes (e.g. 应助尽助).
 */
export type RegimeId = 'quality_balance_2017' | 'basic_balance_2012' | 'preschool_universal_2020' | 'national_target';

/**
 * The names of the built-in regimes in three scripts.
 *
 * @example
 * ```ts
 * regimeLabels.quality_balance_2017['zh-CN']; // '县域义务教育优质均衡发展(2017)'
 * ```
 */
export const regimeLabels: { readonly [K in RegimeId]: LocalizedText } = {
  quality_balance_2017: {
    'zh-CN': '县域义务教育优质均衡发展(2017)',
    'zh-TW': '縣域義務教育優質均衡發展(2017)',
    en: 'County high-quality balanced compulsory education (2017)',
  },
  basic_balance_2012: {
    'zh-CN': '县域义务教育基本均衡(2012)',
    'zh-TW': '縣域義務教育基本均衡(2012)',
    en: 'County basic balanced compulsory education (2012)',
  },
  preschool_universal_2020: {
    'zh-CN': '县域学前教育普及普惠(2020)',
    'zh-TW': '縣域學前教育普及普惠(2020)',
    en: 'County universal and inclusive preschool education (2020)',
  },
  national_target: {
    'zh-CN': '国家政策目标',
    'zh-TW': '國家政策目標',
    en: 'National policy target',
  },
};
