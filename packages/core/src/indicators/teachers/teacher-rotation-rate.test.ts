import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { teacherRotationRate } from './teacher-rotation-rate';

describe('teacher_rotation_rate', () => {
  it('126 of 1200 eligible teachers rotated is 10.50%, meeting the 2017 ≥ 10%', () => {
    // 126 ÷ 1200 = 0.105 → 10.50
    const result = computeWithDefinition(teacherRotationRate, { rotated: 126, eligible: 1200 });
    expect(result.formattedValue).toBe('10.50');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'quality_balance_2017', comparator: '>=', value: '10', passed: true }),
    ]);
  });

  describe('edge cases', () => {
    it('exactly 10% passes; one teacher fewer fails', () => {
      // 120 ÷ 1200 = 10% ; 119 ÷ 1200 = 9.9166…%
      expect(computeWithDefinition(teacherRotationRate, { rotated: 120, eligible: 1200 }).thresholds[0]?.passed).toBe(
        true,
      );
      const below = computeWithDefinition(teacherRotationRate, { rotated: 119, eligible: 1200 });
      expect(below.formattedValue).toBe('9.92');
      expect(below.thresholds[0]?.passed).toBe(false);
    });

    it('more rotated than eligible is kept above 100% with a warning that says why', () => {
      // 130 ÷ 120 = 108.333…%
      const result = computeWithDefinition(teacherRotationRate, { rotated: 130, eligible: 120 });
      expect(result.formattedValue).toBe('108.33');
      expect(result.warnings).toEqual([
        expect.objectContaining({ code: 'above_100_percent', message: teacherRotationRate.aboveHundred }),
      ]);
      expect(result.warnings[0]?.message.zh).toContain('人次');
    });

    it('no eligible teachers: no value, and the threshold check has no verdict', () => {
      const result = computeWithDefinition(teacherRotationRate, { rotated: 0, eligible: 0 });
      expect(result.reason).toBe('zero_denominator');
      expect(result.thresholds[0]?.passed).toBeNull();
    });

    it('a fractional or negative count is an error', () => {
      expect(() => computeWithDefinition(teacherRotationRate, { rotated: 12.5, eligible: 120 })).toThrow(
        InvalidInputError,
      );
      expect(() => computeWithDefinition(teacherRotationRate, { rotated: 12, eligible: -120 })).toThrow(/eligible/);
    });
  });
});
