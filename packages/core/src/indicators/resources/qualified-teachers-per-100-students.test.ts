import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { qualifiedTeachersPer100Students } from './qualified-teachers-per-100-students';

describe('qualified_teachers_per_100_students', () => {
  it('55 qualified teachers for 1200 primary students is 4.58 per 100, meeting ≥ 4.2', () => {
    // 55 ÷ 1200 × 100 = 4.5833… → 4.58
    const result = computeWithDefinition(
      qualifiedTeachersPer100Students,
      { qualifiedTeachers: 55, students: 1200 },
      { stage: 'primary' },
    );
    expect(result.formattedValue).toBe('4.58');
    expect(result.unit).toBe('per_100_students');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'quality_balance_2017', stage: 'primary', value: '4.2', passed: true }),
    ]);
  });

  it('without a stage both standards are checked, each saying its stage', () => {
    const result = computeWithDefinition(qualifiedTeachersPer100Students, { qualifiedTeachers: 55, students: 1200 });
    expect(result.thresholds.map((check) => [check.stage, check.value, check.passed])).toEqual([
      ['primary', '4.2', true],
      ['junior', '5.3', false],
    ]);
  });

  describe('edge cases', () => {
    it('exactly 4.2 passes the primary standard, 4.1 does not', () => {
      // 42 ÷ 1000 × 100 = 4.2 ; 41 ÷ 1000 × 100 = 4.1
      const options = { stage: 'primary' } as const;
      expect(
        computeWithDefinition(qualifiedTeachersPer100Students, { qualifiedTeachers: 42, students: 1000 }, options)
          .thresholds[0]?.passed,
      ).toBe(true);
      expect(
        computeWithDefinition(qualifiedTeachersPer100Students, { qualifiedTeachers: 41, students: 1000 }, options)
          .thresholds[0]?.passed,
      ).toBe(false);
    });

    it('exactly 5.3 passes the junior standard', () => {
      const result = computeWithDefinition(
        qualifiedTeachersPer100Students,
        { qualifiedTeachers: 53, students: 1000 },
        { stage: 'junior' },
      );
      expect(result.thresholds).toEqual([expect.objectContaining({ stage: 'junior', passed: true, margin: '0' })]);
    });

    it('a school with no students: no value', () => {
      expect(computeWithDefinition(qualifiedTeachersPer100Students, { qualifiedTeachers: 3, students: 0 }).reason).toBe(
        'zero_denominator',
      );
    });

    it('a fractional teacher count is an error', () => {
      try {
        computeWithDefinition(qualifiedTeachersPer100Students, { qualifiedTeachers: 4.5, students: 100 });
        expect.unreachable();
      } catch (error) {
        expect(InvalidInputError.isInstance(error)).toBe(true);
        expect((error as InvalidInputError).path).toEqual(['qualifiedTeachers']);
      }
    });
  });
});
