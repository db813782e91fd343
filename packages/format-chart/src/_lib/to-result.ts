import {
  type ErrorPathSegment,
  type FormattableResult,
  type IndicatorResult,
  InvalidInputError,
  toIndicatorResult,
} from '@edukpi/core';

/** An indicator result as a chart accepts it: the object `@edukpi/core` returns, or its JSON form. */
export type ChartResult = FormattableResult;

/**
 * @internal The {@link IndicatorResult} behind `value` (`toIndicatorResult` of `@edukpi/core`),
 * with the error pointing at where the value sits in the chart's input.
 *
 * @throws {InvalidInputError} with `path` when `value` is not a result or its JSON form.
 */
export function toResult(value: unknown, path: readonly ErrorPathSegment[]): IndicatorResult {
  try {
    return toIndicatorResult(value as FormattableResult);
  } catch (error) {
    throw new InvalidInputError({
      issues: [
        {
          path,
          messageZh: '应为指标结果(IndicatorResult)或其 JSON 形式',
          messageEn: 'expected an indicator result (IndicatorResult) or its JSON form.',
        },
      ],
      cause: error,
    });
  }
}
