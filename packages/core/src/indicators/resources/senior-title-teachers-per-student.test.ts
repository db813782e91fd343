import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { seniorTitleTeachersPerStudent } from './senior-title-teachers-per-student';

describe('senior_title_teachers_per_student', () => {
  it('38 teachers with intermediate-or-higher titles for 1200 students is 0.032', () => {
    // 38 ÷ 1200 = 0.031666… → 0.032
    const result = computeWithDefinition(seniorTitleTeachersPerStudent, {
      intermediateOrAboveTitleTeachers: 38,
      students: 1200,
    });
    expect(result.formattedValue).toBe('0.032');
    expect(result.unit).toBe('per_student');
    expect(result.thresholds).toEqual([]);
  });

  describe('edge cases', () => {
    it('no students: no value', () => {
      expect(
        computeWithDefinition(seniorTitleTeachersPerStudent, { intermediateOrAboveTitleTeachers: 0, students: 0 })
          .reason,
      ).toBe('zero_denominator');
    });

    it('a fractional count is an error', () => {
      expect(() =>
        computeWithDefinition(seniorTitleTeachersPerStudent, { intermediateOrAboveTitleTeachers: 2.5, students: 40 }),
      ).toThrow(/intermediateOrAboveTitleTeachers/);
    });
  });
});
