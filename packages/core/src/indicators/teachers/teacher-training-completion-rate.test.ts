import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { teacherTrainingCompletionRate } from './teacher-training-completion-rate';

describe('teacher_training_completion_rate', () => {
  it('1846 of 1846 is 100.00% and meets the 2017 = 100%', () => {
    const result = computeWithDefinition(teacherTrainingCompletionRate, { completed: 1846, teachers: 1846 });
    expect(result.formattedValue).toBe('100.00');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'quality_balance_2017', comparator: '=', passed: true, margin: '0' }),
    ]);
  });

  it('one teacher short fails', () => {
    // 1845 ÷ 1846 = 0.999458… → 99.95
    const result = computeWithDefinition(teacherTrainingCompletionRate, { completed: 1845, teachers: 1846 });
    expect(result.formattedValue).toBe('99.95');
    expect(result.thresholds[0]?.passed).toBe(false);
  });

  describe('edge cases', () => {
    it('more completed than teachers is an error', () => {
      expect(() => computeWithDefinition(teacherTrainingCompletionRate, { completed: 1847, teachers: 1846 })).toThrow(
        /completed.*cannot exceed/,
      );
    });

    it('no teachers: no value', () => {
      expect(computeWithDefinition(teacherTrainingCompletionRate, { completed: 0, teachers: 0 }).reason).toBe(
        'zero_denominator',
      );
    });

    it('a fractional count is an error', () => {
      expect(() => computeWithDefinition(teacherTrainingCompletionRate, { completed: 0.5, teachers: 2 })).toThrow(
        /completed/,
      );
    });
  });
});
