import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { qualifiedTeachersPer100Students } from './qualified-teachers-per-100-students';
import { qualifiedTeachersPerStudent } from './qualified-teachers-per-student';

describe('qualified_teachers_per_student', () => {
  it('55 qualified teachers for 1200 students is 0.046 per student, with no national standard', () => {
    // 55 ÷ 1200 = 0.045833… → 0.046
    const result = computeWithDefinition(qualifiedTeachersPerStudent, { qualifiedTeachers: 55, students: 1200 });
    expect(result.formattedValue).toBe('0.046');
    expect(result.unit).toBe('per_student');
    expect(result.decimals).toBe(3);
    expect(result.thresholds).toEqual([]);
  });

  it('the per-100 and per-student forms of the same data differ by exactly × 100', () => {
    for (const input of [
      { qualifiedTeachers: 55, students: 1200 },
      { qualifiedTeachers: 1, students: 3 },
      { qualifiedTeachers: 97, students: 1931 },
    ]) {
      const perStudent = computeWithDefinition(qualifiedTeachersPerStudent, input);
      const per100 = computeWithDefinition(qualifiedTeachersPer100Students, input);
      expect(per100.exact?.toString()).toBe(perStudent.exact?.times(100).toString());
      expect(per100.numerator.equals(perStudent.numerator)).toBe(true);
      expect(per100.denominator.equals(perStudent.denominator)).toBe(true);
    }
    // 1 ÷ 3 = 0.333 per student, 33.33 per 100
    expect(
      computeWithDefinition(qualifiedTeachersPerStudent, { qualifiedTeachers: 1, students: 3 }).formattedValue,
    ).toBe('0.333');
    expect(
      computeWithDefinition(qualifiedTeachersPer100Students, { qualifiedTeachers: 1, students: 3 }).formattedValue,
    ).toBe('33.33');
  });

  it('a county value is total teachers ÷ total students', () => {
    // (55 + 20) ÷ (1200 + 300) = 0.05 ; the mean of 0.0458 and 0.0667 would be 0.056
    const [county] = aggregateWithDefinition(qualifiedTeachersPerStudent, [
      { qualifiedTeachers: 55, students: 1200 },
      { qualifiedTeachers: 20, students: 300 },
    ]);
    expect(county?.result.formattedValue).toBe('0.050');
  });

  describe('edge cases', () => {
    it('no students: no value', () => {
      expect(computeWithDefinition(qualifiedTeachersPerStudent, { qualifiedTeachers: 0, students: 0 }).reason).toBe(
        'zero_denominator',
      );
    });

    it('a fractional student count is an error', () => {
      expect(() =>
        computeWithDefinition(qualifiedTeachersPerStudent, { qualifiedTeachers: 5, students: 99.5 }),
      ).toThrow(/students/);
    });
  });
});
