import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { teacherStudentRatio } from './teacher-student-ratio';

describe('teacher_student_ratio', () => {
  it('70 teachers for 1200 students is 0.058, to 3 decimals', () => {
    // 70 ÷ 1200 = 0.058333… → 0.058
    const result = computeWithDefinition(teacherStudentRatio, { teachers: 70, students: 1200 });
    expect(result.formattedValue).toBe('0.058');
    expect(result.unit).toBe('ratio');
    expect(result.decimals).toBe(3);
    expect(result.thresholds).toEqual([]);
  });

  it('2022 公报, 初中: 402.52万 teachers over 5120.60万 students is 0.079 (12.72:1 turned over)', () => {
    // 4 025 200 ÷ 51 206 000 = 0.078608… → 0.079
    expect(computeWithDefinition(teacherStudentRatio, { teachers: 4025200, students: 51206000 }).formattedValue).toBe(
      '0.079',
    );
  });

  describe('edge cases', () => {
    it('no students: no value', () => {
      expect(computeWithDefinition(teacherStudentRatio, { teachers: 3, students: 0 }).reason).toBe('zero_denominator');
    });

    it('a fractional teacher count is an error', () => {
      expect(() => computeWithDefinition(teacherStudentRatio, { teachers: 3.5, students: 40 })).toThrow(/teachers/);
    });
  });
});
