import DecimalJs from 'decimal.js';
import { Decimal } from './decimal';

/**
 * A decimal.js class with enough precision that products and integer quotients of any inputs
 * edukpi meets (at most a few hundred digits) are exact. Used only inside the two functions
 * below; their results come back as {@link Decimal}.
 */
const Wide = DecimalJs.clone({ precision: 1000, rounding: DecimalJs.ROUND_DOWN, toExpNeg: -9e15, toExpPos: 9e15 });

const wide = (value: Decimal) => new Wide(value.toString());

/**
 * Rounds `numerator × scale ÷ denominator` half up (away from zero on a tie) to `decimals`
 * places without ever rounding an intermediate: the quotient is truncated to an integer at
 * 10^decimals and the remainder decides the last digit.
 */
export function roundQuotientHalfUp(
  numerator: Decimal,
  denominator: Decimal,
  scale: Decimal,
  decimals: number,
): Decimal {
  const shift = new Wide(10).pow(decimals);
  const scaledNumerator = wide(numerator).times(wide(scale)).times(shift).abs();
  const absoluteDenominator = wide(denominator).abs();
  const truncated = scaledNumerator.divToInt(absoluteDenominator);
  const remainder = scaledNumerator.minus(truncated.times(absoluteDenominator));
  const rounded = remainder.times(2).gte(absoluteDenominator) ? truncated.plus(1) : truncated;
  // A value that rounds to zero is printed as 0, never -0.
  const negative = numerator.isNegative() !== denominator.isNegative() && !rounded.isZero();
  const magnitude = new Decimal(rounded.div(shift).toString());
  return negative ? magnitude.negated() : magnitude;
}

/**
 * Compares `numerator × scale ÷ denominator` with `target` exactly, by cross-multiplying.
 * The denominator must be positive.
 *
 * @returns -1, 0 or 1 as the quotient is below, equal to or above the target.
 */
export function compareQuotient(numerator: Decimal, denominator: Decimal, scale: Decimal, target: Decimal): -1 | 0 | 1 {
  const comparison = wide(numerator)
    .times(wide(scale))
    .comparedTo(wide(target).times(wide(denominator)));
  return comparison < 0 ? -1 : comparison > 0 ? 1 : 0;
}
