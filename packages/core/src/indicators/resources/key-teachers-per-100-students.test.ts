import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { keyTeachersPer100Students } from './key-teachers-per-100-students';

describe('key_teachers_per_100_students', () => {
  it('13 key teachers for 1200 students is 1.08 per 100, meeting ≥ 1 at both stages', () => {
    // 13 ÷ 1200 × 100 = 1.0833… → 1.08
    const result = computeWithDefinition(keyTeachersPer100Students, { keyTeachers: 13, students: 1200 });
    expect(result.formattedValue).toBe('1.08');
    expect(result.thresholds.map((check) => [check.stage, check.value, check.passed])).toEqual([
      ['primary', '1', true],
      ['junior', '1', true],
    ]);
  });

  describe('edge cases', () => {
    it('exactly 1 per 100 passes; 0.99 does not', () => {
      // 10 ÷ 1000 × 100 = 1 ; 99 ÷ 10 000 × 100 = 0.99
      expect(
        computeWithDefinition(keyTeachersPer100Students, { keyTeachers: 10, students: 1000 }, { stage: 'junior' })
          .thresholds[0]?.passed,
      ).toBe(true);
      const below = computeWithDefinition(
        keyTeachersPer100Students,
        { keyTeachers: 99, students: 10000 },
        { stage: 'junior' },
      );
      expect(below.formattedValue).toBe('0.99');
      expect(below.thresholds[0]?.passed).toBe(false);
    });

    it('no students: no value', () => {
      expect(computeWithDefinition(keyTeachersPer100Students, { keyTeachers: 1, students: 0 }).reason).toBe(
        'zero_denominator',
      );
    });

    it('a negative count is an error', () => {
      expect(() => computeWithDefinition(keyTeachersPer100Students, { keyTeachers: -1, students: 10 })).toThrow(
        /keyTeachers/,
      );
    });
  });
});
