import { Decimal } from './decimal';

/**
 * Rounds `numerator × scale ÷ denominator` half up (away from zero on a tie) to `decimals`
 * places without ever rounding an intermediate: the quotient is truncated to an integer at
 * 10^decimals and the remainder decides the last digit. Exact for any inputs whose products fit
 * in 64 significant digits.
 */
export function roundQuotientHalfUp(
  numerator: Decimal,
  denominator: Decimal,
  scale: Decimal,
  decimals: number,
): Decimal {
  const shift = new Decimal(10).pow(decimals);
  const scaledNumerator = numerator.times(scale).times(shift).abs();
  const absoluteDenominator = denominator.abs();
  const truncated = scaledNumerator.divToInt(absoluteDenominator);
  const remainder = scaledNumerator.minus(truncated.times(absoluteDenominator));
  const rounded = remainder.times(2).gte(absoluteDenominator) ? truncated.plus(1) : truncated;
  // A value that rounds to zero is printed as 0, never -0.
  const negative = numerator.isNegative() !== denominator.isNegative() && !rounded.isZero();
  const magnitude = rounded.div(shift);
  return negative ? magnitude.negated() : magnitude;
}

/**
 * Compares `numerator × scale ÷ denominator` with `target` exactly, by cross-multiplying.
 * The denominator must be positive.
 *
 * @returns -1, 0 or 1 as the quotient is below, equal to or above the target.
 */
export function compareQuotient(numerator: Decimal, denominator: Decimal, scale: Decimal, target: Decimal): -1 | 0 | 1 {
  const comparison = numerator.times(scale).comparedTo(target.times(denominator));
  return comparison < 0 ? -1 : comparison > 0 ? 1 : 0;
}
