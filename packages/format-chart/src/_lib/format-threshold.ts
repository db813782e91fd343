import { Decimal, type IndicatorResult, type ThresholdComparator } from '@edukpi/core';
import { type FormatLocale, formatUnitValue } from '@edukpi/format-text';
import { comparatorSymbols } from './chart-locale';

/**
 * @internal A threshold as a chart labels it: `≥ 95%`, its number written in the result's unit by
 * `formatUnitValue` of `@edukpi/format-text`, so a threshold reads like the value beside it — with
 * every decimal the threshold has, never rounded to the result's precision (a threshold of 0.355
 * is not `0.36`).
 */
export function formatThreshold(
  { comparator, value }: { readonly comparator: ThresholdComparator; readonly value: string },
  result: IndicatorResult,
  locale: FormatLocale,
): string {
  const decimals = Math.max(result.decimals, new Decimal(value).decimalPlaces());
  return `${comparatorSymbols[comparator]} ${formatUnitValue(value, result, { locale, decimals })}`;
}
