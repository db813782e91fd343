import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../../compute/compute-indicator';

describe('change', () => {
  it('云州区: 12786 → 14161 students is +1375, +10.75%', () => {
    // 1375 ÷ 12786 = 0.107539… → 10.75
    const result = computeIndicator('change', { previous: 12786, current: 14161 });
    expect(result.numerator.toString()).toBe('1375');
    expect(result.formattedValue).toBe('10.75');
    expect(result.warnings).toEqual([]);
  });

  it('works on money amounts, exactly', () => {
    // (2241.5 − 2000.25) ÷ 2000.25 = 241.25 ÷ 2000.25 = 0.120609… → 12.06
    const result = computeIndicator('change', { previous: '2000.25', current: '2241.5' });
    expect(result.numerator.toString()).toBe('241.25');
    expect(result.formattedValue).toBe('12.06');
  });

  describe('edge cases', () => {
    it('a fall is negative, never clamped, and rounds half away from zero', () => {
      // −1 ÷ 8 = −12.5% → −13 at 0 decimals
      const result = computeIndicator('change', { previous: 8, current: 7 }, { decimals: 0 });
      expect(result.formattedValue).toBe('-13');
      expect(result.exact?.toString()).toBe('-12.5');
      expect(result.warnings.map((warning) => warning.code)).toEqual(['negative_value']);
    });

    it('more than doubling is above 100%, with a warning that explains it', () => {
      const result = computeIndicator('change', { previous: 100, current: 250 });
      expect(result.formattedValue).toBe('150.00');
      expect(result.warnings[0]?.message.en).toContain('twice');
    });

    it('from zero: the count is known, the rate is not', () => {
      const result = computeIndicator('change', { previous: 0, current: 12 });
      expect(result.numerator.toString()).toBe('12');
      expect(result.value).toBeNull();
      expect(result.reason).toBe('zero_denominator');
    });
  });
});
