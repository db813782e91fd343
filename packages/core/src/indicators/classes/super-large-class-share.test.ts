import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { largeClassShare } from './large-class-share';
import { SUPER_LARGE_CLASS_MINIMUM, superLargeClassShare } from './super-large-class-share';

type Input = Parameters<
  typeof computeWithDefinition<'super_large_class_share', typeof superLargeClassShare.fields, 'standard'>
>[1];
const compute = (input: Input) => computeWithDefinition(superLargeClassShare, input);

describe('super_large_class_share', () => {
  it('counts a class list: 66 is super-large, 65 is not', () => {
    // 66 and 70 of [65, 66, 48, 70] → 2 ÷ 4 = 50.00
    const result = compute({ classSizes: [65, 66, 48, 70] });
    expect(result.numerator.toString()).toBe('2');
    expect(result.denominator.toString()).toBe('4');
    expect(result.formattedValue).toBe('50.00');
    expect(result.warnings).toEqual([]);
    expect(compute({ classSizes: [65] }).formattedValue).toBe('0.00');
    expect(compute({ classSizes: [66] }).formattedValue).toBe('100.00');
    expect(SUPER_LARGE_CLASS_MINIMUM).toBe(66);
  });

  it('is a subset of the large classes: never above large_class_share', () => {
    const classSizes = [55, 56, 60, 65, 66, 80, 40];
    // large (≥ 56): 56, 60, 65, 66, 80 → 5 ÷ 7 = 71.43; super-large (≥ 66): 66, 80 → 2 ÷ 7 = 28.57
    expect(computeWithDefinition(largeClassShare, { classSizes }).formattedValue).toBe('71.43');
    expect(compute({ classSizes }).formattedValue).toBe('28.57');
  });

  it('takes pre-counted totals, checked against the target of 0', () => {
    // 3 ÷ 120 = 2.50
    const result = compute({ superLargeClasses: 3, classes: 120 });
    expect(result.formattedValue).toBe('2.50');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'national_target', comparator: '<=', value: '0', passed: false }),
    ]);
    expect(compute({ superLargeClasses: 0, classes: 120 }).thresholds[0]?.passed).toBe(true);
  });

  describe('edge cases', () => {
    it('an empty class list has no value', () => {
      expect(compute({ classSizes: [] }).reason).toBe('zero_denominator');
    });

    it('rejects invalid sizes, part > whole and mixed forms', () => {
      expect(() => compute({ classSizes: [50, 66.5] })).toThrow(/classSizes\[1\].*whole number/);
      expect(() => compute({ superLargeClasses: 5, classes: 4 })).toThrow(/superLargeClasses.*cannot exceed/);
      expect(() => compute({ classSizes: [70], superLargeClasses: 1 } as never)).toThrow(/one form only/);
      expect(() => compute({ superLargeClasses: 1 } as never)).toThrow(/missing required field classes/);
    });
  });

  it('aggregates rows in either form as sums of counts', () => {
    const [total] = aggregateWithDefinition(superLargeClassShare, [
      { classSizes: [66, 40, 65] },
      { superLargeClasses: 1, classes: 7 },
    ]);
    // (1 + 1) ÷ (3 + 7) = 20.00
    expect(total?.result.formattedValue).toBe('20.00');
  });
});
