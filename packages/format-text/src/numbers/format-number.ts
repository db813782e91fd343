import { Decimal, type DecimalInput, InvalidOptionError } from '@edukpi/core';
import { checkDecimals } from '../_lib/check-decimals';
import { checkOptions, optionNamesOf } from '../_lib/option-names';
import { toFiniteDecimal } from '../_lib/to-finite-decimal';
import type { FormatLocale } from '../locale/format-locale';
import { getTextLocale } from '../locale/get-text-locale';
import type { TextLocale } from '../locale/text-locale';

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** The locale: `'zh-CN'`, `'zh-TW'`, `'en'` or a {@link TextLocale}. Default `'zh-CN'`. */
  readonly locale?: FormatLocale | TextLocale;
  /**
   * Decimal places, rounded half up (四舍五入), after any 万/亿 scaling. Default: every digit the
   * value has (nothing is rounded).
   */
  readonly decimals?: number;
  /** Keep trailing zeros up to `decimals` (`90.00`), as an indicator's precision may ask. Default `false` (`90`). */
  readonly keepTrailingZeros?: boolean;
  /**
   * The 万/亿 scale. Default `'auto'`: in Chinese, 亿 when |value| ≥ 10⁸ and 万 when |value| ≥ 10⁴,
   * but only when the scaled number needs no more than `maxScaledDecimals` decimals (and no more
   * than `decimals`, when given), so scaling never hides a digit: 69100 → `6.91万`, 2241万元,
   * 9亿元, but 12786 → `12786` and 33562 → `33562`. `'none'` never scales; `'万'` and `'亿'`
   * always do (rounding to `decimals` if given). English never scales and writes the full number.
   */
  readonly scale?: 'auto' | 'none' | '万' | '亿';
  /** A unit written after the number (and scale): `'人'`, `'人次'`, `'元'`, `'yuan'`. Default none. */
  readonly unit?: string;
  /** Thousands separators on the integer part. Default the locale's: none in Chinese, `,` in English. */
  readonly grouping?: boolean;
  /**
   * The most decimals `scale: 'auto'` accepts in a scaled number. Default 2, and 4 for money
   * (when `unit` is the locale's money unit, 元), as reports write `1052.017万元` and `660.5万元`.
   */
  readonly maxScaledDecimals?: number;
  /**
   * How to round to `decimals`: `'half_up'` (四舍五入, default) or `'up'` (away from zero, for a
   * shortfall that must not be understated).
   */
  readonly rounding?: 'half_up' | 'up';
}

/** Every option of {@link formatNumber}, checked at compile time against {@link FormatNumberOptions}. */
export const formatNumberOptionNames = optionNamesOf<FormatNumberOptions>()([
  'locale',
  'decimals',
  'keepTrailingZeros',
  'scale',
  'unit',
  'grouping',
  'maxScaledDecimals',
  'rounding',
]);

const TEN_THOUSAND = new Decimal(10_000);
const HUNDRED_MILLION = new Decimal(100_000_000);
const scales = ['auto', 'none', '万', '亿'] as const;

function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * Writes a number the way Chinese or English reports write it: `'69100'` → `6.91万` (zh) or
 * `69,100` (en); 22410000 with unit 元 → `2241万元`; 900000000 元 → `9亿元`; `12786人`;
 * `102.72` with 2 decimals. Trailing zeros are dropped (`90`, not `90.00`) unless
 * `keepTrailingZeros` asks for them. The value is exact (decimal.js); nothing passes through a
 * float. See {@link FormatNumberOptions.scale} for when 万 and 亿 are used.
 *
 * Reading the text back with `parseLocalizedNumber` of `@edukpi/core` gives the number again
 * (rounded to `decimals` when given).
 *
 * @param value - The number: a decimal string, a finite number or a decimal.js value.
 * @param options - Locale, decimals, scale, unit, grouping, rounding.
 * @returns The number as text.
 * @throws {InvalidInputError} when `value` is not a finite number (path `['value']`).
 * @throws {InvalidOptionError} when `options` names an unknown option (a typo such as `decimls`)
 *   or is not an object, `decimals` or `maxScaledDecimals` is not a whole number from 0 to 20,
 *   `scale` or `rounding` is unknown, or `locale` is not a locale.
 *
 * @example
 * ```ts
 * formatNumber('69100', { unit: '人' });            // '6.91万人'
 * formatNumber('11256', { scale: '万', unit: '名' }); // '1.1256万名'
 * formatNumber(22_410_000, { unit: '元' });         // '2241万元'
 * formatNumber(10_520_170, { unit: '元' });         // '1052.017万元'
 * formatNumber(12786, { unit: '人' });              // '12786人'
 * formatNumber('69100', { locale: 'en' });         // '69,100'
 * formatNumber('69100', { locale: 'zh-TW', unit: '人' }); // '6.91萬人'
 * formatNumber('92.876', { decimals: 2 });         // '92.88'
 * formatNumber('90', { decimals: 2, keepTrailingZeros: true }); // '90.00'
 * ```
 */
export function formatNumber(value: DecimalInput, options: FormatNumberOptions = {}): string {
  checkOptions(options, formatNumberOptionNames);
  const locale = getTextLocale(options.locale);
  const number = toFiniteDecimal(value, ['value']);
  const decimals = checkDecimals(options.decimals, ['options', 'decimals']);
  const scale = options.scale ?? 'auto';
  if (!scales.includes(scale)) {
    throw new InvalidOptionError({
      path: ['options', 'scale'],
      messageZh: `scale 应为 ${scales.join('、')} 之一`,
      messageEn: `scale must be one of ${scales.join(', ')}.`,
    });
  }
  const rounding = options.rounding ?? 'half_up';
  if (rounding !== 'half_up' && rounding !== 'up') {
    throw new InvalidOptionError({
      path: ['options', 'rounding'],
      messageZh: 'rounding 应为 half_up 或 up',
      messageEn: 'rounding must be half_up or up.',
    });
  }
  const isMoney = options.unit !== undefined && options.unit === locale.units.yuan;
  const maxScaled = checkDecimals(options.maxScaledDecimals, ['options', 'maxScaledDecimals']) ?? (isMoney ? 4 : 2);

  let divisor: Decimal | null = null;
  let scaleWord = '';
  const words = locale.numbers.scaleWords;
  if (words !== null && scale !== 'none') {
    if (scale === '万') [divisor, scaleWord] = [TEN_THOUSAND, words.wan];
    else if (scale === '亿') [divisor, scaleWord] = [HUNDRED_MILLION, words.yi];
    else {
      const limit = Math.min(maxScaled, decimals ?? maxScaled);
      for (const [candidate, word] of [
        [HUNDRED_MILLION, words.yi],
        [TEN_THOUSAND, words.wan],
      ] as const) {
        if (number.abs().gte(candidate) && number.div(candidate).decimalPlaces() <= limit) {
          [divisor, scaleWord] = [candidate, word];
          break;
        }
      }
    }
  }
  const scaled = divisor === null ? number : number.div(divisor);
  const rounded =
    decimals === undefined
      ? scaled
      : scaled.toDecimalPlaces(decimals, rounding === 'up' ? Decimal.ROUND_UP : Decimal.ROUND_HALF_UP);
  let text =
    decimals !== undefined && options.keepTrailingZeros === true ? rounded.toFixed(decimals) : rounded.toString();
  if (rounded.isZero()) text = text.replace(/^-/, '');
  if (options.grouping ?? locale.numbers.grouping) {
    const [integer = '', fraction] = text.replace(/^-/, '').split('.');
    text = `${text.startsWith('-') ? '-' : ''}${group(integer)}${fraction === undefined ? '' : `.${fraction}`}`;
  }
  const unit = options.unit ?? '';
  const separator = unit === '' || unit === '%' || scaleWord !== '' ? '' : locale.numbers.unitSeparator;
  return `${text}${scaleWord}${separator}${unit}`;
}
