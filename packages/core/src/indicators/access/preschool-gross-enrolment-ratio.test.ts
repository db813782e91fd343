import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { preschoolGrossEnrolmentRatio } from './preschool-gross-enrolment-ratio';

const compute = (input: { enrolled: number; population: number }, options?: { decimals?: number }) =>
  computeWithDefinition(preschoolGrossEnrolmentRatio, input, options);

describe('preschool_gross_enrolment_ratio', () => {
  it('武安市: 学前三年普及率 92.05%, 1 decimal by default', () => {
    // 18410 ÷ 20000 = 0.9205 → 92.05 → 92.1 at 1 decimal (half up)
    const result = compute({ enrolled: 18410, population: 20000 });
    expect(result.formattedValue).toBe('92.1');
    expect(result.exact?.toString()).toBe('92.05');
    expect(compute({ enrolled: 18410, population: 20000 }, { decimals: 2 }).formattedValue).toBe('92.05');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'preschool_universal_2020', comparator: '>=', value: '85', passed: true }),
    ]);
  });

  describe('the 85% threshold (2020)', () => {
    it('exactly 85% passes; 84.99% fails though it rounds to 85.0', () => {
      expect(compute({ enrolled: 850, population: 1000 }).thresholds[0]).toMatchObject({ passed: true, margin: '0' });
      // 8499 ÷ 10000 = 84.99% → '85.0', yet below the threshold
      const below = compute({ enrolled: 8499, population: 10000 });
      expect(below.formattedValue).toBe('85.0');
      expect(below.thresholds[0]).toMatchObject({ passed: false, margin: '-0.01' });
    });

    it('a province asks more: Henan ≥ 90%', () => {
      const result = computeWithDefinition(
        preschoolGrossEnrolmentRatio,
        { enrolled: 18000, population: 20000 },
        { thresholds: [{ regime: 'henan', comparator: '>=', value: 90 }], regimes: ['henan'] },
      );
      expect(result.thresholds).toEqual([expect.objectContaining({ regime: 'henan', passed: true, margin: '0' })]);
    });
  });

  it('children of any age over the 3–5 population can exceed 100%, never clamped', () => {
    // 1062 ÷ 1000 = 106.2%
    const result = compute({ enrolled: 1062, population: 1000 });
    expect(result.formattedValue).toBe('106.2');
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'above_100_percent', message: preschoolGrossEnrolmentRatio.aboveHundred }),
    ]);
  });

  it('no population aged 3–5: no value', () => {
    const result = compute({ enrolled: 12, population: 0 });
    expect(result.value).toBeNull();
    expect(result.reason).toBe('zero_denominator');
  });

  it('head counts must be whole and non-negative', () => {
    expect(() => compute({ enrolled: 10.5, population: 100 })).toThrow(/enrolled.*whole number/);
    try {
      compute({ enrolled: 10, population: -1 });
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['population']);
      expect((error as InvalidInputError).messageZh).toContain('不能为负数');
    }
  });

  it('a county is the ratio of its townships’ sums', () => {
    const [county] = aggregateWithDefinition(preschoolGrossEnrolmentRatio, [
      { enrolled: 900, population: 1000 },
      { enrolled: 100, population: 200 },
    ]);
    // 1000 ÷ 1200 = 83.33…% (the mean of 90% and 50% would be 70%)
    expect(county?.result.formattedValue).toBe('83.3');
  });
});
