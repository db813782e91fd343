import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { grossIntakeRatio } from './gross-intake-ratio';

const compute = (input: { newEntrants: number; populationOfEntryAge: number }) =>
  computeWithDefinition(grossIntakeRatio, input);

describe('gross_intake_ratio', () => {
  it('new entrants of any age ÷ population of the entrance age, 1 decimal', () => {
    // 9875 ÷ 10000 = 98.75% → 98.8 (half up)
    const result = compute({ newEntrants: 9875, populationOfEntryAge: 10000 });
    expect(result.formattedValue).toBe('98.8');
    expect(result.warnings).toEqual([]);
  });

  it('early and late entrants push it above 100%: warned, not clamped', () => {
    // 10450 ÷ 10000 = 104.5
    const result = compute({ newEntrants: 10450, populationOfEntryAge: 10000 });
    expect(result.formattedValue).toBe('104.5');
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'above_100_percent', message: grossIntakeRatio.aboveHundred }),
    ]);
  });

  it('no population of entrance age: no value', () => {
    expect(compute({ newEntrants: 3, populationOfEntryAge: 0 }).reason).toBe('zero_denominator');
  });

  it('rejects fractional counts', () => {
    expect(() => compute({ newEntrants: 3.5, populationOfEntryAge: 10 })).toThrow(/newEntrants/);
  });
});
