import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { progressionRate } from './progression-rate';

const compute = (input: { admitted: number; graduates: number }) => computeWithDefinition(progressionRate, input);

describe('progression_rate', () => {
  it('admitted to the next level ÷ graduates, 1 decimal', () => {
    // 1880 ÷ 1960 = 0.959183… → 95.9
    expect(compute({ admitted: 1880, graduates: 1960 }).formattedValue).toBe('95.9');
    // 1 ÷ 16 = 6.25% → 6.3 half up
    expect(compute({ admitted: 1, graduates: 16 }).formattedValue).toBe('6.3');
  });

  it('can exceed 100% in a small area: warned, not clamped', () => {
    // 205 ÷ 200 = 102.5
    const result = compute({ admitted: 205, graduates: 200 });
    expect(result.formattedValue).toBe('102.5');
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'above_100_percent', message: progressionRate.aboveHundred }),
    ]);
  });

  it('no graduates: no value', () => {
    expect(compute({ admitted: 0, graduates: 0 }).reason).toBe('zero_denominator');
  });

  it('rejects fractional counts', () => {
    expect(() => compute({ admitted: 10, graduates: 20.2 })).toThrow(/graduates/);
  });
});
