import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal';
import { compareQuotient, roundQuotientHalfUp } from './exact-quotient';

/** Reference: round half away from zero with BigInt arithmetic only. */
function referenceRound(numerator: bigint, denominator: bigint, scale: bigint, decimals: number): string {
  const negative = numerator < 0n !== denominator < 0n && numerator !== 0n;
  const absoluteNumerator = (numerator < 0n ? -numerator : numerator) * scale * 10n ** BigInt(decimals);
  const absoluteDenominator = denominator < 0n ? -denominator : denominator;
  let quotient = absoluteNumerator / absoluteDenominator;
  if ((absoluteNumerator % absoluteDenominator) * 2n >= absoluteDenominator) quotient += 1n;
  const digits = quotient.toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative && quotient !== 0n ? `-${text}` : text;
}

describe('roundQuotientHalfUp', () => {
  it('rounds ties away from zero', () => {
    const round = (n: number, d: number, places: number) =>
      roundQuotientHalfUp(new Decimal(n), new Decimal(d), new Decimal(100), places).toFixed(places);
    expect(round(1, 8, 0)).toBe('13'); // 12.5 → 13
    expect(round(-1, 8, 0)).toBe('-13'); // −12.5 → −13
    expect(round(1, 3, 2)).toBe('33.33');
    expect(round(2, 3, 2)).toBe('66.67');
    expect(round(1, 200, 0)).toBe('1'); // 0.5 → 1
  });

  it('does not double-round: 0.004999… stays 0.00 while 0.005 goes up', () => {
    // 4999999 ÷ 1e9 × 100 = 0.4999999 → 0.5 at 1 place would be wrong at 0 places
    expect(roundQuotientHalfUp(new Decimal(4999999), new Decimal(1e9), new Decimal(100), 0).toString()).toBe('0');
    expect(roundQuotientHalfUp(new Decimal(5000000), new Decimal(1e9), new Decimal(100), 0).toString()).toBe('1');
  });

  it('prints a tiny negative that rounds to zero as 0, not -0', () => {
    expect(roundQuotientHalfUp(new Decimal(-1), new Decimal(100000), new Decimal(100), 2).toFixed(2)).toBe('0.00');
  });

  it('matches a BigInt reference for any integers and places (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.constantFrom(1n, 100n),
        fc.integer({ min: 0, max: 6 }),
        (numerator, denominator, scale, decimals) => {
          const actual = roundQuotientHalfUp(
            new Decimal(numerator.toString()),
            new Decimal(denominator.toString()),
            new Decimal(scale.toString()),
            decimals,
          ).toFixed(decimals);
          const expected = referenceRound(numerator, denominator, scale, decimals);
          expect(actual).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('compareQuotient', () => {
  it('compares exactly, even where a float would not', () => {
    // 0.1 + 0.2 style: 3 ÷ 10 × 100 = 30 exactly
    expect(compareQuotient(new Decimal(3), new Decimal(10), new Decimal(100), new Decimal(30))).toBe(0);
    expect(
      compareQuotient(new Decimal(1), new Decimal(3), new Decimal(100), new Decimal('33.333333333333333333')),
    ).toBe(1);
    expect(compareQuotient(new Decimal(94996), new Decimal(100000), new Decimal(100), new Decimal(95))).toBe(-1);
  });
});
