import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { largeClassShare } from './large-class-share';

const compute = (
  input: Parameters<typeof computeWithDefinition<'large_class_share', typeof largeClassShare.fields, 'standard'>>[1],
) => computeWithDefinition(largeClassShare, input);

describe('large_class_share', () => {
  it('counts a class list: 56 is large, 55 is not', () => {
    const result = compute({ classSizes: [55, 56, 48, 66] });
    expect(result.numerator.toString()).toBe('2');
    expect(result.denominator.toString()).toBe('4');
    expect(result.formattedValue).toBe('50.00');
    expect(compute({ classSizes: [55] }).formattedValue).toBe('0.00');
    expect(compute({ classSizes: [56] }).formattedValue).toBe('100.00');
  });

  it('takes pre-counted totals, checked against ≤ 5%', () => {
    const result = compute({ largeClasses: 6, classes: 120 });
    expect(result.formattedValue).toBe('5.00');
    expect(result.thresholds[0]).toMatchObject({ comparator: '<=', passed: true });
    expect(compute({ largeClasses: 7, classes: 120 }).thresholds[0]?.passed).toBe(false);
  });

  it('an empty class list has no value', () => {
    expect(compute({ classSizes: [] }).reason).toBe('zero_denominator');
  });

  it('requires exactly one input form, whole', () => {
    expect(() => compute({ classSizes: [50], classes: 1 } as never)).toThrow(/one form only/);
    expect(() => compute({} as never)).toThrow(/classSizes|largeClasses/);
    expect(() => compute({ largeClasses: 1 } as never)).toThrow(/missing required field classes/);
    expect(() => compute({ classSizes: [50, -1] })).toThrow(/classSizes\[1\]/);
  });

  it('aggregates rows given in either form as sums of counts', () => {
    const [total] = aggregateWithDefinition(largeClassShare, [
      { classSizes: [56, 40] },
      { largeClasses: 1, classes: 8 },
    ]);
    expect(total?.result.numerator.toString()).toBe('2');
    expect(total?.result.denominator.toString()).toBe('10');
  });
});
