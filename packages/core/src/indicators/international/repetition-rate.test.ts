import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { repetitionRate } from './repetition-rate';

const compute = (input: { repeaters: number; enrolled: number }) => computeWithDefinition(repetitionRate, input);

describe('repetition_rate', () => {
  it('repeaters of grade g in t+1 ÷ enrolment in grade g in t, 1 decimal', () => {
    // 35 ÷ 1000 = 3.5
    expect(compute({ repeaters: 35, enrolled: 1000 }).formattedValue).toBe('3.5');
    // 1 ÷ 3 = 33.33…% → 33.3
    expect(compute({ repeaters: 1, enrolled: 3 }).formattedValue).toBe('33.3');
    expect(compute({ repeaters: 0, enrolled: 800 }).formattedValue).toBe('0.0');
  });

  it('more repeaters than pupils of the grade is an input error', () => {
    expect(() => compute({ repeaters: 11, enrolled: 10 })).toThrow(/repeaters.*cannot exceed enrolled/);
  });

  it('an empty grade: no value', () => {
    expect(compute({ repeaters: 0, enrolled: 0 }).reason).toBe('zero_denominator');
  });
});
