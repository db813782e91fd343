import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { pupilTrainedTeacherRatio } from './pupil-trained-teacher-ratio';

const compute = (input: { pupils: number; trainedTeachers: number }) =>
  computeWithDefinition(pupilTrainedTeacherRatio, input);

describe('pupil_trained_teacher_ratio', () => {
  it('pupils ÷ trained teachers, printed x:1 to 1 decimal', () => {
    // 24000 ÷ 1000 = 24.0
    const result = compute({ pupils: 24000, trainedTeachers: 1000 });
    expect(result.unit).toBe('ratio_to_one');
    expect(result.formattedValue).toBe('24.0');
    // 1697 ÷ 100 = 16.97 → 17.0; 1694 ÷ 100 = 16.94 → 16.9
    expect(compute({ pupils: 1697, trainedTeachers: 100 }).formattedValue).toBe('17.0');
    expect(compute({ pupils: 1694, trainedTeachers: 100 }).formattedValue).toBe('16.9');
  });

  it('is not a percentage: no warning above 100', () => {
    const result = compute({ pupils: 4500, trainedTeachers: 30 });
    expect(result.formattedValue).toBe('150.0');
    expect(result.warnings).toEqual([]);
  });

  it('no trained teachers: no value', () => {
    expect(compute({ pupils: 120, trainedTeachers: 0 }).reason).toBe('zero_denominator');
  });

  it('rejects fractional teacher counts (use head counts)', () => {
    expect(() => compute({ pupils: 120, trainedTeachers: 4.5 })).toThrow(/trainedTeachers/);
  });
});
