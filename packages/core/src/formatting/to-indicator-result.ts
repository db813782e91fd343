import { InvalidInputError } from '../errors/invalid-input-error';
import { IndicatorResult, type IndicatorResultJson } from '../result/indicator-result';
import type { FormattableResult } from './result-formatter';

function isJson(value: unknown): value is IndicatorResultJson {
  if (typeof value !== 'object' || value === null) return false;
  const json = value as Record<string, unknown>;
  return (
    typeof json.id === 'string' &&
    typeof json.unit === 'string' &&
    typeof json.decimals === 'number' &&
    typeof json.numerator === 'string' &&
    typeof json.denominator === 'string' &&
    (json.value === null || typeof json.value === 'string') &&
    (json.exact === null || typeof json.exact === 'string')
  );
}

/**
 * Gives an {@link IndicatorResult} for what a formatter receives: the result itself, a result
 * from another copy of `@edukpi/core` (rebuilt from its JSON, where `instanceof` would fail), or
 * the plain-JSON form (`result.toJSON()`, an evaluation item's `result`).
 *
 * @param result - A result or its JSON form.
 * @returns The result, as this copy of core's class.
 * @throws {InvalidInputError} when `result` is neither (path `['result']`).
 *
 * @example
 * ```ts
 * const result = computeIndicator('change', { previous: 12786, current: 14161 });
 * toIndicatorResult(JSON.parse(JSON.stringify(result))).formattedValue; // '10.75'
 * ```
 */
export function toIndicatorResult(result: FormattableResult): IndicatorResult {
  if (result instanceof IndicatorResult) return result;
  const candidate = result as unknown as { toJSON?: unknown };
  const json = typeof candidate?.toJSON === 'function' ? (candidate.toJSON as () => unknown)() : result;
  if (!isJson(json)) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['result'],
          messageZh: '应为指标结果(IndicatorResult)或其 JSON 形式',
          messageEn: 'expected an indicator result (IndicatorResult) or its JSON form.',
        },
      ],
    });
  }
  // Tolerate JSON trimmed by a service: the parts a formatter never needs default to empty.
  const partial = json as Partial<IndicatorResultJson>;
  return IndicatorResult.fromJson({
    ...json,
    thresholds: partial.thresholds ?? [],
    warnings: partial.warnings ?? [],
    inputs: partial.inputs ?? {},
    reason: partial.reason ?? null,
  });
}
