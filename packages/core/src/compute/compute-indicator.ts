import { getIndicatorDefinition } from '../catalogue/get-indicator-definition';
import type { IndicatorId, IndicatorInput, IndicatorMethod } from '../catalogue/indicator-definitions';
import type { IndicatorDefinition } from '../definition/define-indicator';
import type { FieldSpecs, InputOfFields } from '../definition/field-spec';
import type { IndicatorResult } from '../result/indicator-result';
import type { ComputeIndicatorOptions } from './compute-indicator-options';
import { computeWithDefinition } from './compute-with-definition';

/**
 * Computes a built-in indicator from its input counts and amounts.
 *
 * The value is numerator ÷ denominator (× 100 for a percent), exact, then rounded half up
 * (四舍五入) to the indicator's default decimals or `options.decimals`. Thresholds are checked
 * on the exact value. A zero denominator gives a result with no value and
 * `reason: 'zero_denominator'`, never 0, NaN or Infinity; a value above 100% or below 0 is kept
 * and carries a warning that says why it can happen.
 *
 * @param id - The indicator id (editors complete it), e.g. `'nine_year_consolidation_rate'`.
 * @param input - The indicator's input fields, e.g. `{ graduates, entrants }`; see
 *   `getIndicatorDefinition(id).fields`.
 * @param options - `method` (a variant by the spec's name), `decimals`, `regimes`,
 *   `thresholds` (your own), `zeroOverZero`.
 * @returns The {@link IndicatorResult}; `toJSON()` gives `{ id, value, exact, numerator,
 *   denominator, unit, decimals, thresholds, warnings, reason, … }` with decimals as strings.
 * @throws {UnknownIndicatorError} when `id` is not a built-in indicator.
 * @throws {InvalidInputError} when the input is invalid (missing or mistyped field, negative or
 *   fractional head count, unknown field, a part larger than its whole); the message names the
 *   field in Chinese and English.
 * @throws {UnknownMethodError} when `options.method` is not one of the indicator's variants.
 * @throws {InvalidOptionError} when another option is malformed.
 *
 * @example
 * ```ts
 * import { computeIndicator } from '@edukpi/core';
 *
 * const result = computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 });
 * result.toJSON();
 * // { id: 'offsite_tutoring_reduction_rate', value: '90.00', exact: '90', numerator: '108',
 * //   denominator: '120', unit: 'percent', decimals: 2, thresholds: [], warnings: [], reason: null, … }
 *
 * computeIndicator('student_aid_coverage_rate', { aided: 0, eligible: 0 }).reason; // 'zero_denominator'
 * ```
 */
export function computeIndicator<Id extends IndicatorId>(
  id: Id,
  input: IndicatorInput<Id>,
  options?: ComputeIndicatorOptions<IndicatorMethod<Id>>,
): IndicatorResult<Id> {
  const definition = getIndicatorDefinition(id) as unknown as IndicatorDefinition<Id, FieldSpecs, string>;
  return computeWithDefinition(definition, input as InputOfFields<FieldSpecs>, options);
}
