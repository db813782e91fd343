import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../../compute/compute-indicator';

describe('school_consolidation', () => {
  it('武安市: 534 → 348 schools is 186 closed, 34.83%', () => {
    // 186 ÷ 534 = 0.348314… → 34.83
    const result = computeIndicator('school_consolidation', { before: 534, after: 348 });
    expect(result.numerator.toString()).toBe('186');
    expect(result.formattedValue).toBe('34.83');
  });

  it('more schools after is a negative consolidation, with a warning', () => {
    const result = computeIndicator('school_consolidation', { before: 20, after: 21 });
    expect(result.numerator.toString()).toBe('-1');
    expect(result.formattedValue).toBe('-5.00');
    expect(result.warnings[0]?.code).toBe('negative_value');
  });

  it('school counts must be whole numbers', () => {
    expect(() => computeIndicator('school_consolidation', { before: 534.5, after: 348 })).toThrow(/whole number/);
  });
});
