import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { nonprofitConversionCompletionRate } from './nonprofit-conversion-completion-rate';

const compute = (input: { completed: number; required: number }) =>
  computeWithDefinition(nonprofitConversionCompletionRate, input);

describe('nonprofit_conversion_completion_rate', () => {
  it('completed ÷ required, 2 decimals', () => {
    // 37 ÷ 40 = 0.925 → 92.50
    const result = compute({ completed: 37, required: 40 });
    expect(result.toJSON()).toMatchObject({ value: '92.50', numerator: '37', denominator: '40', decimals: 2 });
    // 2 ÷ 3 = 0.666666… → 66.67 (half up at the third decimal)
    expect(compute({ completed: 2, required: 3 }).formattedValue).toBe('66.67');
  });

  it('济源: every required institution converted is 100.00%, with no threshold attached', () => {
    const result = compute({ completed: 12, required: 12 });
    expect(result.formattedValue).toBe('100.00');
    expect(result.thresholds).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('checks a caller-supplied 100% target exactly', () => {
    const target = { regime: 'national_target', comparator: '>=', value: 100 } as const;
    expect(
      computeWithDefinition(
        nonprofitConversionCompletionRate,
        { completed: 39, required: 40 },
        { thresholds: [target] },
      ).thresholds[0]?.passed,
    ).toBe(false);
  });

  describe('edge cases', () => {
    it('no institution required to convert: no value', () => {
      expect(compute({ completed: 0, required: 0 }).reason).toBe('zero_denominator');
    });

    it('more completed than required is an error on completed', () => {
      try {
        compute({ completed: 41, required: 40 });
        expect.unreachable();
      } catch (error) {
        expect(InvalidInputError.isInstance(error)).toBe(true);
        expect((error as InvalidInputError).path).toEqual(['completed']);
      }
    });

    it('fractional or negative counts are errors', () => {
      expect(() => compute({ completed: 1.5, required: 40 })).toThrow(/whole number/);
      expect(() => compute({ completed: 1, required: -2 })).toThrow(/negative/);
    });
  });
});
