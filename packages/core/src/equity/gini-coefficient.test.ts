import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../_lib/decimal';
import type { EquitySchool } from './_lib/equity-school';
import { isClose, positiveFactorArbitrary, scaleSchools, schoolsArbitrary } from './_lib/test-support';
import { giniCoefficient } from './gini-coefficient';

/** G = ΣᵢΣⱼ PᵢPⱼ|Xᵢ − Xⱼ| / (2 (ΣP)² X̄), straight from the definition, in O(n²). */
function bruteForceGini(schools: readonly EquitySchool[]): Decimal | null {
  const parts = schools
    .filter((school) => school.students > 0)
    .map((school) => ({
      students: new Decimal(school.students),
      value:
        school.value !== undefined
          ? new Decimal(school.value.toString())
          : new Decimal(school.total.toString()).div(school.students),
    }));
  const students = parts.reduce((sum, part) => sum.plus(part.students), new Decimal(0));
  const mean = parts.reduce((sum, part) => sum.plus(part.students.times(part.value)), new Decimal(0)).div(students);
  if (parts.length === 0 || mean.isZero()) return null;
  let sum = new Decimal(0);
  for (const a of parts) {
    for (const b of parts) sum = sum.plus(a.students.times(b.students).times(a.value.minus(b.value).abs()));
  }
  return sum.div(students.pow(2).times(mean).times(2));
}

describe('giniCoefficient', () => {
  it('hand-worked case: 3/56', () => {
    // Pairs i < j: 100·200·|4 − 5| + 100·700·|4 − 6| + 200·700·|5 − 6| = 20 000 + 140 000 + 140 000 = 300 000
    // Double sum 600 000; 2 (ΣP)² X̄ = 2 · 1 000 000 · 5.6 = 11 200 000; G = 600 000 / 11 200 000 = 3/56
    const result = giniCoefficient([
      { students: 100, value: 4 },
      { students: 700, value: 6 },
      { students: 200, value: 5 },
    ]);
    expect(result.value?.toString()).toBe('0.05357142857142857142857142857142857142857142857142857142857142857');
    expect(result.value?.equals(new Decimal(3).div(56))).toBe(true);
    expect(result.mean?.toString()).toBe('5.6');
  });

  it('two schools, one with nothing: G = ½ · share of students without', () => {
    // P = 1, 1; X = 0, 1: double sum 2, 2 · 4 · ½ = 4, G = ½
    expect(
      giniCoefficient([
        { students: 1, value: 0 },
        { students: 1, value: 1 },
      ]).value?.toString(),
    ).toBe('0.5');
  });

  it('equals the O(n²) definition (property)', () => {
    fc.assert(
      fc.property(schoolsArbitrary, (schools) => {
        expect(isClose(giniCoefficient(schools).value, bruteForceGini(schools))).toBe(true);
      }),
    );
  });

  it('handles ties in the sort (many schools with the same figure)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ students: fc.integer({ min: 0, max: 50 }), value: fc.constantFrom('0', '1.5', '2', '7') }),
          { minLength: 1, maxLength: 40 },
        ),
        (schools) => {
          expect(isClose(giniCoefficient(schools).value, bruteForceGini(schools))).toBe(true);
        },
      ),
    );
  });

  it('is 0 for equal figures, and 0 ≤ G < 1 always (property)', () => {
    expect(
      giniCoefficient([
        { students: 10, value: '3.2' },
        { students: 40, total: '128' },
      ]).value?.toString(),
    ).toBe('0');
    fc.assert(
      fc.property(schoolsArbitrary, (schools) => {
        const value = giniCoefficient(schools).value;
        if (value === null) return;
        expect(value.gte(0)).toBe(true);
        expect(value.lt(1)).toBe(true);
      }),
    );
  });

  it('is scale-free (property)', () => {
    fc.assert(
      fc.property(schoolsArbitrary, positiveFactorArbitrary, (schools, factor) => {
        const scaled = giniCoefficient(scaleSchools(schools, factor)).value;
        expect(isClose(scaled, giniCoefficient(schools).value)).toBe(true);
      }),
    );
  });

  describe('edge cases', () => {
    it('no schools with students: no_schools; all zero: zero_mean', () => {
      const none = giniCoefficient([{ id: 'closed', students: 0, value: 1 }]);
      expect([none.value, none.reason, none.excluded.map((school) => school.id)]).toEqual([
        null,
        'no_schools',
        ['closed'],
      ]);
      const zero = giniCoefficient([{ students: 3, value: 0 }]);
      expect(zero.toJSON()).toEqual({
        value: null,
        mean: '0',
        reason: 'zero_mean',
        scale: 1,
        schoolCount: 1,
        totalStudents: 3,
        excluded: [],
      });
    });
  });
});
