import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { teachingSpacePerStudent } from './teaching-space-per-student';

describe('teaching_space_per_student', () => {
  it('5520 m² for 1200 students is 4.60 m², meeting the primary ≥ 4.5 but not the junior ≥ 5.8', () => {
    // 5520 ÷ 1200 = 4.6
    const result = computeWithDefinition(teachingSpacePerStudent, { teachingArea: 5520, students: 1200 });
    expect(result.formattedValue).toBe('4.60');
    expect(result.unit).toBe('square_metres');
    expect(result.thresholds.map((check) => [check.stage, check.value, check.passed])).toEqual([
      ['primary', '4.5', true],
      ['junior', '5.8', false],
    ]);
  });

  describe('edge cases', () => {
    it('an area just under the standard prints as 4.50 and still fails', () => {
      // 5399.99 ÷ 1200 = 4.4999916… → 4.50, below 4.5
      const result = computeWithDefinition(
        teachingSpacePerStudent,
        { teachingArea: '5399.99', students: 1200 },
        { stage: 'primary' },
      );
      expect(result.formattedValue).toBe('4.50');
      expect(result.thresholds[0]?.passed).toBe(false);
      expect(
        computeWithDefinition(teachingSpacePerStudent, { teachingArea: 5400, students: 1200 }, { stage: 'primary' })
          .thresholds[0]?.passed,
      ).toBe(true);
    });

    it('no students: no value', () => {
      expect(computeWithDefinition(teachingSpacePerStudent, { teachingArea: 300, students: 0 }).reason).toBe(
        'zero_denominator',
      );
    });

    it('a negative area or a fractional student count is an error', () => {
      expect(() => computeWithDefinition(teachingSpacePerStudent, { teachingArea: '-1', students: 10 })).toThrow(
        /teachingArea/,
      );
      expect(() => computeWithDefinition(teachingSpacePerStudent, { teachingArea: 100, students: 10.5 })).toThrow(
        /students/,
      );
    });
  });
});
