import { getIndicatorDefinition, type IndicatorId } from '@edukpi/core';
import { checkOptions, optionNamesOf } from '../_lib/option-names';
import type { FormatLocale } from '../locale/format-locale';
import { getTextLocale } from '../locale/get-text-locale';
import type { TextLocale } from '../locale/text-locale';

/** Options of {@link formatIndicatorLabel}. */
export interface FormatIndicatorLabelOptions {
  /** The locale: `'zh-CN'`, `'zh-TW'`, `'en'` or a {@link TextLocale}. Default `'zh-CN'`. */
  readonly locale?: FormatLocale | TextLocale;
}

/** Every option of {@link formatIndicatorLabel}, checked at compile time against {@link FormatIndicatorLabelOptions}. */
export const formatIndicatorLabelOptionNames = optionNamesOf<FormatIndicatorLabelOptions>()(['locale']);

/**
 * The label of an indicator in a locale: the locale's own label when it has one (a bureau's
 * wording, see {@link createTextLocale}), else the catalogue definition's label in the locale's
 * script, with the locale's vocabulary applied (zh-TW: 小學 → 國小, 初中 → 國中, as the Wu'an
 * report writes).
 *
 * @param id - An indicator id of the `@edukpi/core` catalogue (or any id the locale labels).
 * @param options - The locale.
 * @returns The label.
 * @throws {UnknownIndicatorError} when neither the locale nor the catalogue knows the id; the
 *   error suggests the closest ids.
 * @throws {InvalidOptionError} when `options` names an unknown option or is not an object, or
 *   `locale` is not a locale.
 *
 * @example
 * ```ts
 * formatIndicatorLabel('nine_year_consolidation_rate');                     // '九年义务教育巩固率'
 * formatIndicatorLabel('junior_three_year_consolidation_rate', { locale: 'zh-TW' }); // '國中三年鞏固率'
 * formatIndicatorLabel('student_teacher_ratio', { locale: 'en' });          // 'Student-teacher ratio'
 * ```
 */
export function formatIndicatorLabel(id: string, options: FormatIndicatorLabelOptions = {}): string {
  checkOptions(options, formatIndicatorLabelOptionNames);
  const locale = getTextLocale(options.locale);
  const own = Object.hasOwn(locale.labels, id) ? locale.labels[id] : undefined;
  if (own !== undefined) return own;
  return locale.adaptLabel(getIndicatorDefinition(id as IndicatorId).labels[locale.script]);
}
