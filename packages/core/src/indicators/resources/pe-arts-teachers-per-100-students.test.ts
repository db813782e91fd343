import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { peArtsTeachersPer100Students } from './pe-arts-teachers-per-100-students';

describe('pe_arts_teachers_per_100_students', () => {
  it('5 PE + 3 music + 3 art teachers for 1200 students is 0.92 per 100, meeting ≥ 0.9', () => {
    // (5 + 3 + 3) ÷ 1200 × 100 = 0.9166… → 0.92
    const result = computeWithDefinition(peArtsTeachersPer100Students, {
      peTeachers: 5,
      musicTeachers: 3,
      artTeachers: 3,
      students: 1200,
    });
    expect(result.formattedValue).toBe('0.92');
    expect(result.numerator.toString()).toBe('11');
    expect(result.thresholds.map((check) => [check.stage, check.value, check.passed])).toEqual([
      ['primary', '0.9', true],
      ['junior', '0.9', true],
    ]);
  });

  it('the total gives the same result as the three subject counts', () => {
    const bySubject = computeWithDefinition(peArtsTeachersPer100Students, {
      peTeachers: 5,
      musicTeachers: 3,
      artTeachers: 3,
      students: 1200,
    });
    const total = computeWithDefinition(peArtsTeachersPer100Students, { peArtsTeachers: 11, students: 1200 });
    expect(total.exact?.toString()).toBe(bySubject.exact?.toString());
    expect(total.formattedValue).toBe('0.92');
  });

  it('aggregates rows given in the same form', () => {
    // (11 + 4) ÷ (1200 + 300) × 100 = 1
    const [bySubject] = aggregateWithDefinition(peArtsTeachersPer100Students, [
      { peTeachers: 5, musicTeachers: 3, artTeachers: 3, students: 1200 },
      { peTeachers: 2, musicTeachers: 1, artTeachers: 1, students: 300 },
    ]);
    expect(bySubject?.result.formattedValue).toBe('1.00');
    const [byTotal] = aggregateWithDefinition(peArtsTeachersPer100Students, [
      { peArtsTeachers: 11, students: 1200 },
      { peArtsTeachers: 4, students: 300 },
    ]);
    expect(byTotal?.result.formattedValue).toBe('1.00');
  });

  describe('edge cases', () => {
    it('exactly 0.9 per 100 passes; one teacher fewer does not', () => {
      // 9 ÷ 1000 × 100 = 0.9 ; 8 ÷ 1000 × 100 = 0.8
      expect(
        computeWithDefinition(peArtsTeachersPer100Students, { peArtsTeachers: 9, students: 1000 }, { stage: 'primary' })
          .thresholds[0]?.passed,
      ).toBe(true);
      expect(
        computeWithDefinition(peArtsTeachersPer100Students, { peArtsTeachers: 8, students: 1000 }, { stage: 'primary' })
          .thresholds[0]?.passed,
      ).toBe(false);
    });

    it('both forms, neither, or an incomplete form is an error', () => {
      expect(() =>
        computeWithDefinition(peArtsTeachersPer100Students, {
          peTeachers: 5,
          musicTeachers: 3,
          artTeachers: 3,
          peArtsTeachers: 11,
          students: 1200,
        }),
      ).toThrow(/one form only/);
      expect(() => computeWithDefinition(peArtsTeachersPer100Students, { students: 1200 })).toThrow(/missing input/);
      expect(() =>
        computeWithDefinition(peArtsTeachersPer100Students, { peTeachers: 5, musicTeachers: 3, students: 1200 }),
      ).toThrow(/missing required field artTeachers/);
    });

    it('aggregated rows in the two forms add up', () => {
      const [total] = aggregateWithDefinition(peArtsTeachersPer100Students, [
        { peTeachers: 5, musicTeachers: 3, artTeachers: 3, students: 1200 },
        { peArtsTeachers: 4, students: 300 },
      ]);
      // (11 + 4) ÷ 1500 × 100 = 1.00
      expect(total?.result.numerator.toString()).toBe('15');
      expect(total?.result.formattedValue).toBe('1.00');
    });

    it('no students: no value', () => {
      expect(computeWithDefinition(peArtsTeachersPer100Students, { peArtsTeachers: 0, students: 0 }).reason).toBe(
        'zero_denominator',
      );
    });

    it('a fractional subject count is an error naming it', () => {
      expect(() =>
        computeWithDefinition(peArtsTeachersPer100Students, {
          peTeachers: 5,
          musicTeachers: 2.5,
          artTeachers: 3,
          students: 1200,
        }),
      ).toThrow(/musicTeachers/);
    });
  });
});
