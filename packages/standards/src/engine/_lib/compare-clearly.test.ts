import { Decimal } from '@edukpi/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareClearly, roundClearly } from './compare-clearly';

describe('compareClearly', () => {
  it('decides clear cases and leaves close ones to the exact comparison', () => {
    expect(compareClearly(2, 1)).toBe(true);
    expect(compareClearly(1, 2)).toBe(false);
    expect(compareClearly(1, 1)).toBeUndefined();
    expect(compareClearly(0, 0)).toBeUndefined();
    expect(compareClearly(1 + 1e-12, 1)).toBeUndefined();
    expect(compareClearly(Number.NaN, 1)).toBeUndefined();
  });
});

describe('roundClearly', () => {
  it('rounds half up, or declines near a boundary', () => {
    expect(roundClearly(0.1184, 3)).toBe('0.118');
    expect(roundClearly(2.5, 0)).toBeUndefined();
    expect(roundClearly(0.12349999999999994, 3)).toBeUndefined();
    expect(roundClearly(16.19, 2)).toBe('16.19');
    expect(roundClearly(1999.996, 2)).toBe('2000.00');
  });

  it('agrees with exact half-up rounding whenever it answers (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 4 }),
        (numerator, denominator, decimals) => {
          const shown = roundClearly(numerator / denominator, decimals);
          if (shown === undefined) return;
          const exact = new Decimal(numerator).div(denominator).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
          expect(shown).toBe(exact.toFixed(decimals));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
