import { type FormattableResult, InvalidInputError, InvalidOptionError, toIndicatorResult } from '@edukpi/core';
import { checkDecimals } from '../_lib/check-decimals';
import { checkOptions, optionNamesOf } from '../_lib/option-names';
import { pickText, type TextOption } from '../_lib/pick-text';
import { capitalize } from '../_lib/sentence-case';
import { renderTemplate } from '../locale/_lib/render-template';
import type { FormatLocale } from '../locale/format-locale';
import { getTextLocale } from '../locale/get-text-locale';
import type { TextLocale } from '../locale/text-locale';
import type { TextTemplateKey } from '../locale/text-templates';
import { formatNumber } from '../numbers/format-number';
import { formatResultValue } from '../values/format-result-value';

/** Options of {@link formatChange}. */
export interface FormatChangeOptions {
  /** The locale: `'zh-CN'`, `'zh-TW'`, `'en'` or a {@link TextLocale}. Default `'zh-CN'`. */
  readonly locale?: FormatLocale | TextLocale;
  /**
   * `'compared'` (default): 「较上年增加1375人,增长10.75%」; `'fromTo'`:
   * 「在校学生数从12786人增加到14161人,增加1375人,增长10.75%」.
   */
  readonly style?: 'compared' | 'fromTo';
  /** What changed, put first: `'在校学生数'`, `'Enrolment'`. Default none. */
  readonly subject?: TextOption;
  /** The period compared with (`'compared'` style): `'上年'`, `'2021年'`. Default the locale's (`上年`, `the previous year`). */
  readonly period?: TextOption;
  /** The unit word of the figures and the difference: `'人'`, `'元'`, `'所'`. Default none. */
  readonly unit?: TextOption;
  /**
   * The figures are percentages (普惠率 75.5% → 78.72%): the difference is written in
   * percentage points (「提高3.22个百分点」) and the growth rate is left out. Default `false`.
   */
  readonly percentagePoints?: boolean;
  /** Decimal places of the figures and the difference. Default: as exact as they are (2 for percentage points). */
  readonly decimals?: number;
  /** Decimal places of the growth rate. Default the result's (2 for `change`). */
  readonly rateDecimals?: number;
}

/** Every option of {@link formatChange}, checked at compile time against {@link FormatChangeOptions}. */
export const formatChangeOptionNames = optionNamesOf<FormatChangeOptions>()([
  'locale',
  'style',
  'subject',
  'period',
  'unit',
  'percentagePoints',
  'decimals',
  'rateDecimals',
]);

/**
 * Writes a change between two figures as reports do: 「较上年增加1375人,增长10.75%」,
 * 「较上年减少23所,下降10.2%」, 「与上年持平」, 「较上年提高3.22个百分点」, or with both figures
 * 「从12786人增加到14161人,增加1375人,增长10.75%」. The sign picks the verb (增加/减少, 增长/下降,
 * 提高/下降); the numbers are written without it. The difference and the rate come from a result
 * of the `change` indicator (numerator = current − previous, value = growth %); when the
 * previous figure is 0 the rate has no value and is left out.
 *
 * @param change - A result of `computeIndicator('change', { previous, current })`, or its JSON
 *   form (any result with `previous` and `current` inputs).
 * @param options - Locale, style, subject, period, unit, percentage points, decimals.
 * @returns The clause, without a final full stop.
 * @throws {InvalidInputError} when `change` is not a result with `previous` and `current` inputs.
 * @throws {InvalidOptionError} when an option is unknown (a typo such as `unti`) or malformed, or
 *   `options` is not an object.
 *
 * @example
 * ```ts
 * const enrolment = computeIndicator('change', { previous: 12786, current: 14161 });
 * formatChange(enrolment, { unit: '人' });                 // '较上年增加1375人,增长10.75%'
 * formatChange(enrolment, { locale: 'en' });               // 'Up 1,375 (10.75%) on the previous year'
 * formatChange(enrolment, { style: 'fromTo', subject: '在校学生数', unit: '人' });
 * // '在校学生数从12786人增加到14161人,增加1375人,增长10.75%'
 * formatChange(computeIndicator('change', { previous: 75.5, current: 78.72 }), { percentagePoints: true });
 * // '较上年提高3.22个百分点'
 * ```
 */
export function formatChange(change: FormattableResult, options: FormatChangeOptions = {}): string {
  checkOptions(options, formatChangeOptionNames);
  const locale = getTextLocale(options.locale);
  const given = toIndicatorResult(change);
  const previous = given.inputs.previous;
  const current = given.inputs.current;
  if (previous === undefined || current === undefined) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['change'],
          messageZh: `formatChange 需要增减指标(change)的结果,其输入有 previous 和 current;${given.id} 没有`,
          messageEn: `formatChange needs a result of the change indicator, with previous and current inputs; ${given.id} has none.`,
        },
      ],
    });
  }
  const style = options.style ?? 'compared';
  if (style !== 'compared' && style !== 'fromTo') {
    throw new InvalidOptionError({
      path: ['options', 'style'],
      messageZh: 'style 应为 compared 或 fromTo',
      messageEn: 'style must be compared or fromTo.',
    });
  }
  const points = options.percentagePoints === true;
  const decimals = checkDecimals(options.decimals, ['options', 'decimals']) ?? (points ? 2 : undefined);
  const rateDecimals = checkDecimals(options.rateDecimals, ['options', 'rateDecimals']);
  const unit = pickText(options.unit, locale);
  const figure = (value: typeof previous) => {
    const number = formatNumber(value, {
      locale,
      ...(decimals === undefined ? {} : { decimals }),
      ...(points ? { scale: 'none' } : {}),
      ...(unit === undefined || unit === '' || points ? {} : { unit }),
    });
    return points ? renderTemplate(locale.templates.percent, { number }) : number;
  };
  const difference = formatNumber(given.numerator.abs(), {
    locale,
    ...(decimals === undefined ? {} : { decimals }),
    ...(points ? { scale: 'none' } : {}),
    ...(unit === undefined || unit === '' || points ? {} : { unit }),
  });
  const rate =
    points || given.value === null || given.exact === null
      ? ''
      : formatResultValue(
          { ...given.toJSON(), value: given.value.abs().toString(), exact: given.exact.abs().toString() },
          { locale, ...(rateDecimals === undefined ? {} : { decimals: rateDecimals }) },
        );
  const direction = given.numerator.isZero() ? 'Unchanged' : given.numerator.isPositive() ? 'Increase' : 'Decrease';
  const key = (
    style === 'compared'
      ? direction === 'Unchanged'
        ? 'changeUnchanged'
        : `change${points ? 'Points' : ''}${direction}`
      : direction === 'Unchanged'
        ? 'changeFromToUnchanged'
        : `change${points ? 'Points' : ''}FromTo${direction}`
  ) as TextTemplateKey;
  return capitalize(
    renderTemplate(locale.templates[key], {
      subject: pickText(options.subject, locale) ?? '',
      period: pickText(options.period, locale) ?? locale.templates.defaultPeriod,
      previous: figure(previous),
      current: figure(current),
      difference,
      rate,
    }),
    locale,
  );
}
