import type { IndicatorResult, IndicatorResultJson, ThresholdComparator } from '@edukpi/core';
import { type FormatLocale, formatResultValue } from '@edukpi/format-text';
import { comparatorSymbols } from './chart-locale';

/**
 * @internal A number in a result's unit, written as `formatResultValue` of `@edukpi/format-text`
 * writes the result's own value (`95%`, `19:1`, `4.2人`, `2000元`, `4.5平方米`), so a threshold
 * reads like the value beside it. It passes the number to `formatResultValue` as a result of the
 * same indicator holding that number; nothing is computed.
 */
export function formatUnitValue(value: string, result: IndicatorResult, locale: FormatLocale): string {
  const shown: IndicatorResultJson = {
    ...result.toJSON(),
    value,
    exact: value,
    reason: null,
    thresholds: [],
    warnings: [],
  };
  return formatResultValue(shown, { locale });
}

/** @internal A threshold as a chart labels it: `≥ 95%`. */
export function formatThreshold(
  { comparator, value }: { readonly comparator: ThresholdComparator; readonly value: string },
  result: IndicatorResult,
  locale: FormatLocale,
): string {
  return `${comparatorSymbols[comparator]} ${formatUnitValue(value, result, locale)}`;
}
