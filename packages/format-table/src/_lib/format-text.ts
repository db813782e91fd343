// The one place this package takes number, value and label formatting from: @edukpi/format-text.
// Tables never re-implement Chinese number formatting; they ask format-text, in the table's locale.
import type { Locale } from '@edukpi/core';
import { getTextLocale } from '@edukpi/format-text';

export { formatIndicatorLabel, formatNumber, formatResultValue } from '@edukpi/format-text';

/** Free text written in Simplified Chinese (a school's name, a reason), in a locale's script (zh-TW: Traditional). */
export function convertText(text: string, locale: Locale): string {
  return locale === 'zh-CN' || locale === 'en' ? text : getTextLocale(locale).convertText(text);
}

/** A label already in the locale's script, in its vocabulary, as format-text adapts its own (zh-TW: 小學 → 國小). */
export function adaptLabel(text: string, locale: Locale): string {
  return locale === 'zh-CN' || locale === 'en' ? text : getTextLocale(locale).adaptLabel(text);
}
