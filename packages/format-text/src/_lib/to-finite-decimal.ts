import { Decimal, type ErrorPathSegment, InvalidInputError } from '@edukpi/core';

/**
 * Turns a number, a decimal string or a decimal.js value (of any copy of decimal.js) into a
 * {@link Decimal}, exactly.
 *
 * @throws {InvalidInputError} when it is not a finite number: NaN, Infinity, text that is not a
 *   decimal, anything else. A formatter never prints `NaN`.
 */
export function toFiniteDecimal(value: unknown, path: readonly ErrorPathSegment[]): Decimal {
  let decimal: Decimal | undefined;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'bigint') {
    try {
      decimal = new Decimal(typeof value === 'bigint' ? value.toString() : value);
    } catch {
      decimal = undefined;
    }
  } else if (typeof value === 'object' && value !== null && Decimal.isDecimal(value)) {
    decimal = new Decimal(value.toString());
  }
  if (decimal === undefined || !decimal.isFinite()) {
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value);
    throw new InvalidInputError({
      issues: [
        {
          path,
          messageZh: `应为有限的数字或数字字符串,收到 ${shown}`,
          messageEn: `expected a finite number or a decimal string (got ${shown}).`,
        },
      ],
    });
  }
  return decimal;
}
