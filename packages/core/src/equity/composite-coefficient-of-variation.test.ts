import { describe, expect, it } from 'vitest';
import { Decimal } from '../_lib/decimal';
import { InvalidInputError } from '../errors/invalid-input-error';
import { catchError } from './_lib/test-support';
import { coefficientOfVariation } from './coefficient-of-variation';
import { compositeCoefficientOfVariation } from './composite-coefficient-of-variation';

describe('compositeCoefficientOfVariation', () => {
  it('is the arithmetic mean of the eight CVs', () => {
    // (0.31 + 0.42 + 0.28 + 0.55 + 0.47 + 0.22 + 0.36 + 0.39) / 8 = 3.00 / 8 = 0.375
    const cvs = ['0.31', '0.42', '0.28', '0.55', '0.47', '0.22', '0.36', '0.39'].map((cv) => new Decimal(cv));
    const result = compositeCoefficientOfVariation(cvs);
    expect(result.value?.toString()).toBe('0.375');
    expect(result.count).toBe(8);
    expect(result.reason).toBeNull();
    expect(result.missingIndexes).toEqual([]);
  });

  it('averages unrounded CVs: rounding each to 3 decimals first moves the composite across 0.65', () => {
    // Eight CVs of 0.6504: each prints as 0.650, and the mean of the printed values is 0.650,
    // which passes ≤ 0.65; the true composite is 0.6504, which fails.
    const unrounded = Array.from({ length: 8 }, () => new Decimal('0.6504'));
    const composite = compositeCoefficientOfVariation(unrounded).value;
    const ofRounded = compositeCoefficientOfVariation(unrounded.map((cv) => new Decimal(cv.toFixed(3)))).value;
    expect(composite?.toString()).toBe('0.6504');
    expect(ofRounded?.toString()).toBe('0.65');
    expect(composite?.lte('0.65')).toBe(false);
    expect(ofRounded?.lte('0.65')).toBe(true);
    // And at 3 decimals: 0.1005 and 0.1004 print as 0.101 and 0.100 (mean 0.1005 → 0.101),
    // while their true mean 0.10045 prints as 0.100.
    const pair = [new Decimal('0.1005'), new Decimal('0.1004')];
    expect(compositeCoefficientOfVariation(pair).value?.toFixed(3)).toBe('0.100');
    expect(compositeCoefficientOfVariation(pair.map((cv) => new Decimal(cv.toFixed(3)))).value?.toFixed(3)).toBe(
      '0.101',
    );
  });

  it('takes CoefficientOfVariationResult objects, unrounded', () => {
    const first = coefficientOfVariation([
      { students: 100, value: 4 },
      { students: 200, value: 5 },
      { students: 700, value: 6 },
    ]);
    const second = coefficientOfVariation([
      { students: 300, total: 45 },
      { students: 150, total: 30 },
      { students: 50, total: 5 },
    ]);
    const result = compositeCoefficientOfVariation([first, second]);
    // (0.1184508853698357088969618834525245244259674480567626284663815052 + 0.1875) / 2
    expect(result.value?.toString()).toBe('0.1529754426849178544484809417262622622129837240283813142331907526');
    expect(result.coefficients.map((cv) => cv?.toString())).toEqual([
      first.coefficientOfVariation?.toString(),
      '0.1875',
    ]);
  });

  it('accepts any n ≥ 1', () => {
    expect(compositeCoefficientOfVariation([new Decimal('0.42')]).value?.toString()).toBe('0.42');
    expect(compositeCoefficientOfVariation(['0.1', 0.2, '0.3']).value?.toString()).toBe('0.2');
  });

  describe('edge cases', () => {
    it('a CV with no value: no composite, reason missing_coefficient, with its index', () => {
      const zeroMean = coefficientOfVariation([{ students: 10, value: 0 }]);
      const result = compositeCoefficientOfVariation([new Decimal('0.3'), zeroMean, new Decimal('0.2'), null]);
      expect(result.value).toBeNull();
      expect(result.reason).toBe('missing_coefficient');
      expect(result.missingIndexes).toEqual([1, 3]);
      expect(result.toJSON()).toEqual({
        value: null,
        reason: 'missing_coefficient',
        missingIndexes: [1, 3],
        count: 4,
        coefficients: ['0.3', null, '0.2', null],
      });
    });

    it('an empty list, a non-array or a negative CV is invalid input', () => {
      const empty = catchError(() => compositeCoefficientOfVariation([]));
      expect(InvalidInputError.isInstance(empty)).toBe(true);
      expect((empty as InvalidInputError).path).toEqual(['coefficients']);
      expect((empty as InvalidInputError).messageZh).toContain('空数组');
      expect((empty as InvalidInputError).messageEn).toContain('at least one');
      const notArray = catchError(() => compositeCoefficientOfVariation('0.3' as never));
      expect((notArray as InvalidInputError).path).toEqual(['coefficients']);
      const negative = catchError(() => compositeCoefficientOfVariation([new Decimal('0.3'), '-0.1']));
      expect((negative as InvalidInputError).path).toEqual(['coefficients', 1]);
      expect((negative as InvalidInputError).messageZh).toContain('非负');
      expect((negative as InvalidInputError).messageEn).toContain('non-negative');
    });
  });
});
