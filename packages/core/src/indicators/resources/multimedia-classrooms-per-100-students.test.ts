import { describe, expect, it } from 'vitest';
import { Decimal } from '../../_lib/decimal';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { multimediaClassroomsPer100Students } from './multimedia-classrooms-per-100-students';

describe('multimedia_classrooms_per_100_students', () => {
  it('30 classrooms for 1200 students is 2.50 per 100, meeting ≥ 2.3 / ≥ 2.4', () => {
    // 30 ÷ 1200 × 100 = 2.5
    const result = computeWithDefinition(multimediaClassroomsPer100Students, {
      multimediaClassrooms: 30,
      students: 1200,
    });
    expect(result.formattedValue).toBe('2.50');
    expect(result.thresholds.map((check) => [check.stage, check.value, check.passed])).toEqual([
      ['primary', '2.3', true],
      ['junior', '2.4', true],
    ]);
  });

  it("takes a split school's fractional share exactly", () => {
    // 九年一贯制, 600 primary + 400 junior students, 24 classrooms: primary share
    // 24 × 600 ÷ (600 + 1.1 × 400) = 13.846…; ÷ 600 × 100 = 2.3076… → 2.31
    const share = new Decimal(24).times(600).div(new Decimal(600).plus(new Decimal(1.1).times(400)));
    const result = computeWithDefinition(
      multimediaClassroomsPer100Students,
      { multimediaClassrooms: share, students: 600 },
      { stage: 'primary' },
    );
    expect(result.formattedValue).toBe('2.31');
    expect(result.thresholds[0]?.passed).toBe(true);
  });

  describe('edge cases', () => {
    it('exactly 2.4 passes the junior standard; 2.39 fails', () => {
      const options = { stage: 'junior' } as const;
      expect(
        computeWithDefinition(multimediaClassroomsPer100Students, { multimediaClassrooms: 24, students: 1000 }, options)
          .thresholds[0]?.passed,
      ).toBe(true);
      expect(
        computeWithDefinition(
          multimediaClassroomsPer100Students,
          { multimediaClassrooms: 239, students: 10000 },
          options,
        ).thresholds[0]?.passed,
      ).toBe(false);
    });

    it('no students: no value', () => {
      expect(
        computeWithDefinition(multimediaClassroomsPer100Students, { multimediaClassrooms: 2, students: 0 }).reason,
      ).toBe('zero_denominator');
    });

    it('a negative number of classrooms is an error', () => {
      expect(() =>
        computeWithDefinition(multimediaClassroomsPer100Students, { multimediaClassrooms: -2, students: 10 }),
      ).toThrow(/multimediaClassrooms/);
    });
  });
});
