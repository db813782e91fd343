import { Decimal, type FormattableResult, type IndicatorResult, toIndicatorResult } from '@edukpi/core';
import { checkDecimals } from '../_lib/check-decimals';
import { checkOptions, optionNamesOf } from '../_lib/option-names';
import { renderTemplate } from '../locale/_lib/render-template';
import type { FormatLocale } from '../locale/format-locale';
import { getTextLocale } from '../locale/get-text-locale';
import type { TextLocale } from '../locale/text-locale';
import { writeUnitValue } from './_lib/write-unit-value';

/** Options of {@link formatResultValue}. */
export interface FormatResultValueOptions {
  /** The locale: `'zh-CN'`, `'zh-TW'`, `'en'` or a {@link TextLocale}. Default `'zh-CN'`. */
  readonly locale?: FormatLocale | TextLocale;
  /**
   * Decimal places, rounded half up from the exact value. Default the result's own `decimals`
   * (the indicator's precision, or what `computeIndicator` was asked for).
   */
  readonly decimals?: number;
  /**
   * Keep trailing zeros up to `decimals` (`90.00%`). Default `false` (`90%`), as reports write,
   * unless the locale lists the indicator in `fixedPrecision`.
   */
  readonly keepTrailingZeros?: boolean;
}

/** Every option of {@link formatResultValue}, checked at compile time against {@link FormatResultValueOptions}. */
export const formatResultValueOptionNames = optionNamesOf<FormatResultValueOptions>()([
  'locale',
  'decimals',
  'keepTrailingZeros',
]);

/** The no-value text of a result, in a locale: never 0, never NaN. */
export function noValueText(result: IndicatorResult, locale: TextLocale): string {
  return renderTemplate(locale.templates.noValue, { reason: noValueReason(result, locale) });
}

/** Why a result has no value, in a locale: `分母为零`, `zero denominator`. */
export function noValueReason(result: IndicatorResult, locale: TextLocale): string {
  return result.reason === 'negative_denominator'
    ? locale.templates.reasonNegativeDenominator
    : locale.templates.reasonZeroDenominator;
}

/**
 * An indicator result's value as a report prints it, by the result's unit:
 *
 * | unit | printed (zh-CN) | printed (en) |
 * |---|---|---|
 * | `percent` | `102.72%` | `102.72%` |
 * | `ratio_to_one` | `16.19:1` | `16.19:1` |
 * | `one_to_ratio` | `1:14.2` | `1:14.2` |
 * | `ratio` | `1.05` | `1.05` |
 * | `per_100_students`, `per_student` | `4.35人`, `10.5台`, `2.3间` | `4.35` |
 * | `yuan` | `1916.67元`, `1.2万元` | `1,916.67 yuan` |
 * | `square_metres` | `6.12平方米` (zh-TW `平方公尺`) | `6.12 m²` |
 * | `volumes` | `32.5册` | `32.5 volumes` |
 * | `count` | `1375` (with the indicator's unit word) | `1,375` |
 *
 * Trailing zeros are dropped (`90%`) unless `keepTrailingZeros`. A result with no value prints
 * its reason (`—(无法计算:分母为零)`), never `0` or `NaN`.
 *
 * @param result - A result, or its JSON form (as an evaluation item carries it).
 * @param options - Locale, decimals, trailing zeros.
 * @returns The value as text.
 * @throws {InvalidInputError} when `result` is not a result.
 * @throws {InvalidOptionError} when `options` names an unknown option or is not an object, or
 *   `decimals` or `locale` is malformed.
 *
 * @example
 * ```ts
 * formatResultValue(computeIndicator('nine_year_consolidation_rate', { graduates: 10272, entrants: 10000 }));
 * // '102.72%'
 * formatResultValue(computeIndicator('student_teacher_ratio', { students: 16190, teachers: 1000 })); // '16.19:1'
 * formatResultValue(computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 })); // '90%'
 * formatResultValue(computeIndicator('student_aid_coverage_rate', { aided: 0, eligible: 0 }));
 * // '—(无法计算:分母为零)'
 * ```
 */
export function formatResultValue(result: FormattableResult, options: FormatResultValueOptions = {}): string {
  checkOptions(options, formatResultValueOptionNames);
  const locale = getTextLocale(options.locale);
  const given = toIndicatorResult(result);
  const decimals = checkDecimals(options.decimals, ['options', 'decimals']) ?? given.decimals;
  if (given.value === null || given.exact === null) return noValueText(given, locale);
  const value =
    options.decimals === undefined ? given.value : given.exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return writeUnitValue({
    value,
    unit: given.unit,
    id: given.id,
    locale,
    decimals,
    keepTrailingZeros: options.keepTrailingZeros ?? locale.fixedPrecision.includes(given.id),
  });
}
