import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../../compute/compute-indicator';

describe('offsite_tutoring_reduction_rate', () => {
  it('济源: 120 → 12 institutions is a 90.00% reduction', () => {
    const result = computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 });
    expect(result.toJSON()).toMatchObject({ value: '90.00', numerator: '108', denominator: '120', reason: null });
  });

  it('263 → 34 is 87.07%', () => {
    // 229 ÷ 263 = 0.870722… → 87.07
    expect(computeIndicator('offsite_tutoring_reduction_rate', { before: 263, after: 34 }).formattedValue).toBe(
      '87.07',
    );
  });

  describe('edge cases', () => {
    it('all closed is 100%, none closed is 0%', () => {
      expect(computeIndicator('offsite_tutoring_reduction_rate', { before: 40, after: 0 }).formattedValue).toBe(
        '100.00',
      );
      expect(computeIndicator('offsite_tutoring_reduction_rate', { before: 40, after: 40 }).formattedValue).toBe(
        '0.00',
      );
    });

    it('a count that grew gives a negative rate, never clamped', () => {
      const result = computeIndicator('offsite_tutoring_reduction_rate', { before: 50, after: 55 });
      expect(result.formattedValue).toBe('-10.00');
      expect(result.warnings.map((warning) => warning.code)).toEqual(['negative_value']);
    });

    it('no institutions before: no value', () => {
      expect(computeIndicator('offsite_tutoring_reduction_rate', { before: 0, after: 3 }).reason).toBe(
        'zero_denominator',
      );
    });
  });
});
