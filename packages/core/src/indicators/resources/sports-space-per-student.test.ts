import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { sportsSpacePerStudent } from './sports-space-per-student';

describe('sports_space_per_student', () => {
  it('9300 m² for 1200 students is 7.75 m², meeting the primary ≥ 7.5', () => {
    // 9300 ÷ 1200 = 7.75
    const result = computeWithDefinition(
      sportsSpacePerStudent,
      { sportsArea: 9300, students: 1200 },
      { stage: 'primary' },
    );
    expect(result.formattedValue).toBe('7.75');
    expect(result.thresholds).toEqual([expect.objectContaining({ stage: 'primary', value: '7.5', passed: true })]);
  });

  describe('edge cases', () => {
    it('the junior standard 10.2: 10 200 m² for 1000 students passes, 10 199.9 m² fails', () => {
      const options = { stage: 'junior' } as const;
      expect(
        computeWithDefinition(sportsSpacePerStudent, { sportsArea: 10200, students: 1000 }, options).thresholds[0],
      ).toMatchObject({ value: '10.2', passed: true, margin: '0' });
      // 10 199.9 ÷ 1000 = 10.1999 → 10.20, below 10.2
      const below = computeWithDefinition(sportsSpacePerStudent, { sportsArea: '10199.9', students: 1000 }, options);
      expect(below.formattedValue).toBe('10.20');
      expect(below.thresholds[0]).toMatchObject({ passed: false, margin: '-0.0001' });
    });

    it('no students: no value', () => {
      expect(computeWithDefinition(sportsSpacePerStudent, { sportsArea: 300, students: 0 }).reason).toBe(
        'zero_denominator',
      );
    });

    it('text that is not a number is an error', () => {
      expect(() => computeWithDefinition(sportsSpacePerStudent, { sportsArea: 'n/a', students: 10 })).toThrow(
        /sportsArea/,
      );
    });
  });
});
