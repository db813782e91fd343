/**
 * The locales the built-in text locales write: Simplified Chinese as mainland bureaus publish,
 * Traditional Chinese as the Wu'an report writes it (國小, 國中), and English.
 */
export type FormatLocale = 'zh-CN' | 'zh-TW' | 'en';

/**
 * Every built-in {@link FormatLocale}, in order.
 *
 * @example
 * ```ts
 * formatLocales; // ['zh-CN', 'zh-TW', 'en']
 * ```
 */
export const formatLocales: readonly FormatLocale[] = Object.freeze(['zh-CN', 'zh-TW', 'en'] as const);
