import { Decimal } from '@edukpi/core';

/**
 * The 2012 composite of one stage, exactly: the mean of its unrounded CVs (none when any CV has no
 * value), rounded half up to 3 decimals for display, and whether it is within `threshold`.
 */
export function exactComposite(
  coefficients: readonly (string | null)[],
  threshold: string,
): { readonly mean: Decimal | null; readonly display: string | null; readonly passed: boolean | null } {
  const complete = coefficients.every((coefficient) => coefficient !== null);
  const mean = complete
    ? (coefficients as string[])
        .reduce((sum, coefficient) => sum.plus(coefficient), new Decimal(0))
        .div(coefficients.length)
    : null;
  return {
    mean,
    display: mean?.toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toFixed(3) ?? null,
    passed: mean === null ? null : mean.lte(threshold),
  };
}
