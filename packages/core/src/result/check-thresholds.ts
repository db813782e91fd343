import { checkThreshold } from '../_lib/check-threshold';
import { Decimal } from '../_lib/decimal';
import { parseThreshold } from '../_lib/resolve-options';
import { unitInfo } from '../units/unit';
import type { IndicatorResult } from './indicator-result';
import type { Threshold, ThresholdCheck } from './threshold';

/**
 * Checks an existing result against thresholds of your choosing — a province's stricter number,
 * a named regime's, a target of your own — without computing it again. The comparison is exact:
 * on the result's numerator and denominator where the value is their quotient, on the exact
 * value otherwise.
 *
 * @param result - A result from {@link computeIndicator} or {@link aggregateIndicator} (or
 *   rebuilt with `IndicatorResult.fromJson`).
 * @param thresholds - The thresholds, in the indicator's unit (95 for 95%).
 * @returns One check per threshold, in order; `passed` is `null` when the result has no value.
 * @throws {InvalidOptionError} when a threshold is malformed.
 *
 * @example
 * ```ts
 * const result = computeIndicator('junior_three_year_consolidation_rate', { graduates: 1880, entrants: 1960 });
 * checkThresholds(result, [{ regime: 'henan_2023', comparator: '>=', value: 96 }]);
 * // [{ regime: 'henan_2023', comparator: '>=', value: '96', passed: false, margin: '-0.0816…' }]
 * ```
 */
export function checkThresholds(result: IndicatorResult, thresholds: readonly Threshold[]): ThresholdCheck[] {
  const scale = new Decimal(unitInfo[result.unit].scale);
  const isQuotient =
    result.exact !== null &&
    result.denominator.gt(0) &&
    result.numerator.times(scale).div(result.denominator).equals(result.exact);
  return thresholds.map((threshold, index) =>
    checkThreshold(
      parseThreshold(threshold, ['thresholds', index]),
      result.numerator,
      result.denominator,
      scale,
      result.exact,
      !isQuotient,
    ),
  );
}
