import { type IndicatorId, indicatorDefinitions } from './indicator-definitions';

/**
 * Whether a string is a built-in indicator id; narrows it to {@link IndicatorId}.
 *
 * @example
 * ```ts
 * isIndicatorId('change');      // true
 * isIndicatorId('toString');    // false
 * ```
 */
export function isIndicatorId(value: unknown): value is IndicatorId {
  return typeof value === 'string' && Object.hasOwn(indicatorDefinitions, value);
}
