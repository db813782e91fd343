import DecimalJs from 'decimal.js';

/**
 * The decimal.js class every edukpi calculation uses: 64 significant digits, rounding
 * half up (四舍五入), and plain (never exponential) notation in `toString()`.
 *
 * Results expose values of this class; pass them on, or call `.toString()` /
 * `.toFixed(n)` for text.
 *
 * @example
 * ```ts
 * import { Decimal } from '@edukpi/core';
 * new Decimal('2241').times(10_000).toString(); // '22410000'
 * ```
 */
export const Decimal = DecimalJs.clone({
  precision: 64,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** An instance of {@link Decimal}. */
export type Decimal = InstanceType<typeof Decimal>;

/** Anything edukpi accepts where it takes an exact decimal: a finite number, a decimal string or a decimal.js value. */
export type DecimalInput = number | string | { toString(): string; isFinite(): boolean };

/** Converts a value that has already passed validation to a {@link Decimal}. */
export function toDecimal(value: number | string | Decimal | { toString(): string }): Decimal {
  if (value instanceof Decimal) return value;
  return new Decimal(typeof value === 'number' ? value : value.toString());
}

/** Whether a value is a decimal.js instance from any copy or clone of decimal.js. */
export function isDecimalLike(value: unknown): value is { toString(): string; isFinite(): boolean } {
  return DecimalJs.isDecimal(value);
}

export const ZERO = new Decimal(0);
export const ONE_HUNDRED = new Decimal(100);
