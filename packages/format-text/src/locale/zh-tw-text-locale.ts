import { createTraditionalTextLocale } from './create-traditional-text-locale';

/**
 * The Traditional Chinese text locale (`zh-TW`), built from {@link zhCNTextLocale} with OpenCC's
 * standard Traditional characters (the forms of the Wu'an report: 調整爲, 羣衆) and
 * {@link wuanVocabulary} (國小, 國中, 殘障): 「學前三年普及率達92.05%」, 「參加課後服務學生6.91萬人,佔92.88%」.
 * Built lazily: OpenCC's dictionaries load the first time a zh-TW text is formatted.
 *
 * @example
 * ```ts
 * formatNumber(69100, { locale: zhTWTextLocale, unit: '人' }); // '6.91萬人'
 * ```
 */
export const zhTWTextLocale = /* @__PURE__ */ createTraditionalTextLocale();
