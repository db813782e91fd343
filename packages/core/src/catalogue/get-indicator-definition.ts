import { closestStrings } from '../_lib/closest-strings';
import { UnknownIndicatorError } from '../errors/unknown-indicator-error';
import { type IndicatorDefinitions, type IndicatorId, indicatorDefinitions } from './indicator-definitions';
import { indicatorIds } from './indicator-ids';
import { isIndicatorId } from './is-indicator-id';

/**
 * The definition of a built-in indicator: labels, unit, decimals, fields, methods, thresholds,
 * source, worked example, and its input schema as zod and JSON Schema.
 *
 * @param id - The indicator id.
 * @returns The definition.
 * @throws {UnknownIndicatorError} when no indicator has the id; it suggests the closest ids.
 *
 * @example
 * ```ts
 * const definition = getIndicatorDefinition('junior_three_year_consolidation_rate');
 * definition.labels['zh-CN'];     // '初中三年巩固率'
 * definition.methodNames;         // ['raw', 'net_transfers_denominator', 'adjusted_numerator']
 * definition.thresholds?.[0];     // { regime: 'quality_balance_2017', comparator: '>=', value: '95', … }
 * ```
 */
export function getIndicatorDefinition<Id extends IndicatorId>(id: Id): IndicatorDefinitions[Id] {
  if (!isIndicatorId(id)) {
    throw new UnknownIndicatorError({ indicatorId: String(id), suggestions: closestStrings(String(id), indicatorIds) });
  }
  return indicatorDefinitions[id];
}
