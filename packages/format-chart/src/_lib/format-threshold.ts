import type { IndicatorResult, ThresholdComparator } from '@edukpi/core';
import { type FormatLocale, formatUnitValue } from '@edukpi/format-text';
import { comparatorSymbols } from './chart-locale';

/**
 * @internal A threshold as a chart labels it: `≥ 95%`, its number written in the result's unit by
 * `formatUnitValue` of `@edukpi/format-text`, so a threshold reads like the value beside it.
 */
export function formatThreshold(
  { comparator, value }: { readonly comparator: ThresholdComparator; readonly value: string },
  result: IndicatorResult,
  locale: FormatLocale,
): string {
  return `${comparatorSymbols[comparator]} ${formatUnitValue(value, result, { locale })}`;
}
