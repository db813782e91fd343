import { Decimal } from '@edukpi/core';

/** Options of {@link formatDecimal}. */
export interface FormatDecimalOptions {
  /**
   * `half_up` (default) rounds half up (四舍五入), for values; `up` rounds away from zero, for a
   * shortfall, so that printing it never understates what is missing.
   */
  readonly rounding?: 'half_up' | 'up';
  /** Group the whole part by thousands (`1,107,000`). Default `true`. */
  readonly grouping?: boolean;
}

/**
 * An exact decimal rounded to a number of places and printed in plain notation, thousands grouped.
 *
 * @param value - The exact value, as the engine gives it (a decimal string).
 * @param decimals - Decimal places to print.
 * @param options - Rounding and grouping.
 * @returns The printed number.
 *
 * @example
 * ```ts
 * formatDecimal('1107000', 0);                          // '1,107,000'
 * formatDecimal('0.5759', 3);                           // '0.576'
 * formatDecimal('2301.001', 2, { rounding: 'up' });     // '2,301.01'
 * ```
 */
export function formatDecimal(value: string | Decimal, decimals: number, options: FormatDecimalOptions = {}): string {
  const rounding = options.rounding === 'up' ? Decimal.ROUND_UP : Decimal.ROUND_HALF_UP;
  const text = new Decimal(value).toDecimalPlaces(decimals, rounding).toFixed(decimals);
  if (options.grouping === false) return text;
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign === '' ? whole : whole.slice(1);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
