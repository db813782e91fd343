import { buildResult } from '../_lib/build-result';
import { parseInput } from '../_lib/parse-input';
import { resolveOptions } from '../_lib/resolve-options';
import type { IndicatorDefinition } from '../definition/define-indicator';
import type { FieldSpecs, InputOfFields } from '../definition/field-spec';
import { InvalidInputError } from '../errors/invalid-input-error';
import type { IndicatorResult } from '../result/indicator-result';
import type { ComputeIndicatorOptions } from './compute-indicator-options';

/**
 * Computes an indicator from a definition object: one you made with {@link defineIndicator},
 * or one from the catalogue. {@link computeIndicator} is this, looked up by id.
 *
 * @param definition - The indicator definition.
 * @param input - The definition's input fields (counts, amounts, money in 元 or 万元).
 * @param options - Method, decimals, thresholds and the zero-over-zero policy.
 * @returns The result; with no value and a `reason` when the denominator is zero.
 * @throws {InvalidInputError} when the input is missing a field, mistyped, negative,
 *   fractional where a count is expected, has unknown fields, or a part exceeds its whole.
 * @throws {UnknownMethodError} when `options.method` is not one of the definition's.
 * @throws {InvalidOptionError} when another option is malformed.
 *
 * @example
 * ```ts
 * import { computeWithDefinition, getIndicatorDefinition } from '@edukpi/core';
 *
 * const definition = getIndicatorDefinition('school_consolidation');
 * computeWithDefinition(definition, { before: 534, after: 348 }).toJSON();
 * // { value: '34.83', numerator: '186', denominator: '534', … }
 * ```
 */
export function computeWithDefinition<Id extends string, F extends FieldSpecs, M extends string>(
  definition: IndicatorDefinition<Id, F, M>,
  input: InputOfFields<F>,
  options?: ComputeIndicatorOptions<NoInfer<M>>,
): IndicatorResult<Id> {
  const general = definition as unknown as IndicatorDefinition<Id, FieldSpecs, string>;
  const resolved = resolveOptions(general, options);
  const outcome = parseInput(general, input);
  if (!outcome.ok) throw new InvalidInputError({ issues: outcome.issues, indicatorId: definition.id });
  return buildResult(general, outcome.canonical, resolved);
}
