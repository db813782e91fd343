import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { rectificationCompletionRate } from './rectification-completion-rate';

const compute = (input: { closed: number; listed: number }) =>
  computeWithDefinition(rectificationCompletionRate, input);

describe('rectification_completion_rate', () => {
  it('薛城区 2021: 36 of 40 issues closed is 90.0%, 1 decimal', () => {
    const result = compute({ closed: 36, listed: 40 });
    expect(result.toJSON()).toMatchObject({ value: '90.0', numerator: '36', denominator: '40', decimals: 1 });
  });

  it('rounds half up at the first decimal', () => {
    // 93 ÷ 98 = 0.948979… → 94.9
    expect(compute({ closed: 93, listed: 98 }).formattedValue).toBe('94.9');
    // 1 ÷ 16 = 6.25% → 6.3
    expect(compute({ closed: 1, listed: 16 }).formattedValue).toBe('6.3');
  });

  describe('edge cases', () => {
    it('no issues listed: no value', () => {
      expect(compute({ closed: 0, listed: 0 }).reason).toBe('zero_denominator');
    });

    it('more closed than listed, or a fractional count, is an error', () => {
      expect(() => compute({ closed: 41, listed: 40 })).toThrow(/closed.*cannot exceed/);
      expect(() => compute({ closed: 35.5, listed: 40 })).toThrow(/whole number/);
    });
  });
});
