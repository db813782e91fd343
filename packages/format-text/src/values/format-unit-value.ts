import { type DecimalInput, type FormattableResult, toIndicatorResult } from '@edukpi/core';
import { checkDecimals } from '../_lib/check-decimals';
import { checkOptions, optionNamesOf } from '../_lib/option-names';
import { toFiniteDecimal } from '../_lib/to-finite-decimal';
import type { FormatLocale } from '../locale/format-locale';
import { getTextLocale } from '../locale/get-text-locale';
import type { TextLocale } from '../locale/text-locale';
import { writeUnitValue } from './_lib/write-unit-value';

/** Options of {@link formatUnitValue}. */
export interface FormatUnitValueOptions {
  /** The locale: `'zh-CN'`, `'zh-TW'`, `'en'` or a {@link TextLocale}. Default `'zh-CN'`. */
  readonly locale?: FormatLocale | TextLocale;
  /**
   * Decimal places, rounded half up from the number. Default the result's own `decimals`, as
   * {@link formatResultValue} writes the result's value.
   */
  readonly decimals?: number;
  /**
   * Keep trailing zeros up to `decimals` (`95.00%`). Default `false` (`95%`), unless the locale
   * lists the indicator in `fixedPrecision`, as for the result's own value.
   */
  readonly keepTrailingZeros?: boolean;
}

/** Every option of {@link formatUnitValue}, checked at compile time against {@link FormatUnitValueOptions}. */
export const formatUnitValueOptionNames = optionNamesOf<FormatUnitValueOptions>()([
  'locale',
  'decimals',
  'keepTrailingZeros',
]);

/**
 * Writes a bare number in a result's unit, exactly as {@link formatResultValue} writes the
 * result's own value — same unit, unit word, 万 scaling, decimals and trailing zeros — so a
 * threshold, a target or an axis tick reads like the value beside it:
 *
 * | unit | `'95'` in zh-CN | zh-TW | en |
 * |---|---|---|---|
 * | `percent` | `95%` | `95%` | `95%` |
 * | `ratio_to_one` | `19:1` | `19:1` | `19:1` |
 * | `one_to_ratio` | `1:15` | `1:15` | `1:15` |
 * | `per_100_students`, `per_student` | `4.2人`, `10.5台` | `4.2人`, `10.5臺` | `4.2`, `10.5` |
 * | `yuan` | `2000元`, `1.2万元` | `2000元`, `1.2萬元` | `2,000 yuan`, `12,000 yuan` |
 * | `square_metres` | `4.5平方米` | `4.5平方公尺` | `4.5 m²` |
 *
 * Only the result's indicator, unit and decimals are used; its own value, thresholds and
 * warnings are not, and a result with no value gives its unit just the same.
 *
 * @param value - The number, in the result's unit (a percent as `95`, not `0.95`): a decimal
 *   string, a finite number or a decimal.js value.
 * @param result - The result whose unit to write it in, or its JSON form.
 * @param options - Locale, decimals, trailing zeros.
 * @returns The number as text in the result's unit.
 * @throws {InvalidInputError} when `value` is not a finite number (path `['value']`), or `result`
 *   is not a result.
 * @throws {InvalidOptionError} when `options` names an unknown option or is not an object, or
 *   `decimals` or `locale` is malformed.
 *
 * @example
 * ```ts
 * const rate = computeIndicator('nine_year_consolidation_rate', { graduates: 9600, entrants: 10000 });
 * formatUnitValue('95', rate);                      // '95%'
 * const ratio = computeIndicator('student_teacher_ratio', { students: 16190, teachers: 1000 });
 * formatUnitValue('19', ratio, { locale: 'en' });   // '19:1'
 * const teachers = computeIndicator('qualified_teachers_per_100_students', { qualifiedTeachers: 435, students: 10000 });
 * formatUnitValue('4.2', teachers);                 // '4.2人'
 * const aid = computeIndicator('aid_per_student', { amountWan: 660.5, aided: 11256 });
 * formatUnitValue(2000, aid);                       // '2000元'
 * formatUnitValue('12000', aid, { locale: 'zh-TW' }); // '1.2萬元'
 * ```
 */
export function formatUnitValue(
  value: DecimalInput,
  result: FormattableResult,
  options: FormatUnitValueOptions = {},
): string {
  checkOptions(options, formatUnitValueOptionNames);
  const locale = getTextLocale(options.locale);
  const given = toIndicatorResult(result);
  const number = toFiniteDecimal(value, ['value']);
  const decimals = checkDecimals(options.decimals, ['options', 'decimals']) ?? given.decimals;
  return writeUnitValue({
    value: number,
    unit: given.unit,
    id: given.id,
    locale,
    decimals,
    keepTrailingZeros: options.keepTrailingZeros ?? locale.fixedPrecision.includes(given.id),
  });
}
