import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { teacherStudentRatio } from '../resources/teacher-student-ratio';
import { studentTeacherRatio } from './student-teacher-ratio';

describe('student_teacher_ratio', () => {
  it('2022 公报, 初中: 5120.60万 students over 402.52万 teachers is 12.72:1', () => {
    // 51 206 000 ÷ 4 025 200 = 12.72135… → 12.72
    const result = computeWithDefinition(studentTeacherRatio, { students: 51206000, teachers: 4025200 });
    expect(result.formattedValue).toBe('12.72');
    expect(result.unit).toBe('ratio_to_one');
    expect(result.decimals).toBe(2);
    expect(result.thresholds).toEqual([]);
  });

  it('2022 公报, 小学: the headline 1.07亿 is rounded, so it cannot give the printed 16.19:1', () => {
    // 107 000 000 ÷ 6 629 400 = 16.1402… → 16.14; the bulletin's 16.19 needs the unrounded
    // enrolment, which lies in [16.185, 16.195) × 6 629 400 = [107 296 839, 107 363 133).
    expect(computeWithDefinition(studentTeacherRatio, { students: 107000000, teachers: 6629400 }).formattedValue).toBe(
      '16.14',
    );
    expect(computeWithDefinition(studentTeacherRatio, { students: 107296839, teachers: 6629400 }).formattedValue).toBe(
      '16.19',
    );
    expect(computeWithDefinition(studentTeacherRatio, { students: 107296838, teachers: 6629400 }).formattedValue).toBe(
      '16.18',
    );
  });

  it('is the exact reciprocal of the 2012 师生比', () => {
    const students = { students: 1234, teachers: 77 };
    const ratio = computeWithDefinition(studentTeacherRatio, students);
    const reciprocal = computeWithDefinition(teacherStudentRatio, students);
    // 1234 ÷ 77 = 16.03 ; 77 ÷ 1234 = 0.062
    expect(ratio.formattedValue).toBe('16.03');
    expect(reciprocal.formattedValue).toBe('0.062');
    expect(ratio.numerator.equals(reciprocal.denominator)).toBe(true);
    expect(ratio.denominator.equals(reciprocal.numerator)).toBe(true);
  });

  it('rolls up as a ratio of sums, not a mean of school ratios', () => {
    // (600 + 300) ÷ (40 + 30) = 12.857… → 12.86; the mean of 15 and 10 would be 12.50
    const [total] = aggregateWithDefinition(studentTeacherRatio, [
      { students: 600, teachers: 40 },
      { students: 300, teachers: 30 },
    ]);
    expect(total?.result.formattedValue).toBe('12.86');
  });

  describe('edge cases', () => {
    it('no teachers: no value', () => {
      const result = computeWithDefinition(studentTeacherRatio, { students: 120, teachers: 0 });
      expect(result.value).toBeNull();
      expect(result.reason).toBe('zero_denominator');
    });

    it('a fractional teacher count is an error naming the field', () => {
      try {
        computeWithDefinition(studentTeacherRatio, { students: 120, teachers: 7.5 });
        expect.unreachable();
      } catch (error) {
        expect(InvalidInputError.isInstance(error)).toBe(true);
        expect((error as InvalidInputError).path).toEqual(['teachers']);
      }
    });
  });
});
