import { type ErrorPathSegment, InvalidOptionError } from '@edukpi/core';

/**
 * Checks a decimal-places option: `undefined`, or a whole number from 0 to 20.
 *
 * @throws {InvalidOptionError} otherwise.
 */
export function checkDecimals(decimals: unknown, path: readonly ErrorPathSegment[]): number | undefined {
  if (decimals === undefined) return undefined;
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new InvalidOptionError({
      path,
      messageZh: `${String(path.at(-1))} 应为 0 到 20 之间的整数,收到 ${String(decimals)}`,
      messageEn: `${String(path.at(-1))} must be a whole number from 0 to 20 (got ${String(decimals)}).`,
    });
  }
  return decimals;
}
