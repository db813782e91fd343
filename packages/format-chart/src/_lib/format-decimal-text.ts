import { type FormatLocale, formatNumber } from '@edukpi/format-text';

/**
 * @internal A decimal string that is already rounded for display (`'0.321'`, `'0.50'`, `'4.20'`)
 * printed through `formatNumber` with its places kept.
 */
export function formatDecimalText(text: string, locale: FormatLocale): string {
  const places = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  return formatNumber(text, { locale, decimals: places, keepTrailingZeros: true });
}
