import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { completionRate } from './completion-rate';

const compute = (input: { completed: number; population: number }) => computeWithDefinition(completionRate, input);

describe('completion_rate', () => {
  it('completers of the reference age group ÷ that age group, 1 decimal', () => {
    // 9312 ÷ 10000 = 93.12% → 93.1
    expect(compute({ completed: 9312, population: 10000 }).formattedValue).toBe('93.1');
    // 2 ÷ 3 = 66.66…% → 66.7
    expect(compute({ completed: 2, population: 3 }).formattedValue).toBe('66.7');
  });

  it('ages 14, 15 and 16 (primary, entry at 6, six grades) roll up as one cohort', () => {
    const [group] = aggregateWithDefinition(completionRate, [
      { age: 14, completed: 950, population: 1000 },
      { age: 15, completed: 980, population: 1000 },
      { age: 16, completed: 975, population: 1000 },
    ]);
    // 2905 ÷ 3000 = 96.833…% → 96.8
    expect(group?.result.formattedValue).toBe('96.8');
  });

  it('more completers than people of the age group is an input error', () => {
    try {
      compute({ completed: 101, population: 100 });
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['completed']);
      expect((error as InvalidInputError).messageZh).toContain('不能大于');
    }
  });

  it('an empty age group: no value', () => {
    expect(compute({ completed: 0, population: 0 }).reason).toBe('zero_denominator');
  });
});
