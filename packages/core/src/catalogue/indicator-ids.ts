import { type IndicatorId, indicatorDefinitions } from './indicator-definitions';

/**
 * Every built-in indicator id, in catalogue order.
 *
 * @example
 * ```ts
 * indicatorIds.includes('change'); // true
 * ```
 */
export const indicatorIds = Object.freeze(Object.keys(indicatorDefinitions) as IndicatorId[]);
