import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClose, positiveFactorArbitrary, scaleSchools, schoolsArbitrary } from './_lib/test-support';
import { mcLooneIndex } from './mc-loone-index';

describe('mcLooneIndex', () => {
  it('hand-worked case: M = 5, index 0.84', () => {
    // Sorted: X 2 (100), 4 (100), 5 (300), 8 (500); ΣP = 1000, half = 500.
    // Cumulative students 100, 200, 500 ≥ 500 at X = 5, so M = 5.
    // At or below M: ΣPX = 200 + 400 + 1500 = 2100, ΣP = 500; index = 2100 / (5 × 500) = 0.84
    const result = mcLooneIndex([
      { students: 500, value: 8 },
      { students: 100, value: 2 },
      { students: 300, value: 5 },
      { students: 100, value: 4 },
    ]);
    expect(result.median?.toString()).toBe('5');
    expect(result.value?.toString()).toBe('0.84');
    expect(result.studentsAtOrBelowMedian).toBe(500);
    expect(result.mean?.toString()).toBe('6.1');
  });

  it('exactly half the students at the lower value: M is the lower value', () => {
    // 50 students at 2 and 50 at 6: cumulative 50 ≥ 50 at X = 2, so M = 2 and the index is 1.
    const result = mcLooneIndex([
      { students: 50, value: 6 },
      { students: 50, value: 2 },
    ]);
    expect(result.median?.toString()).toBe('2');
    expect(result.value?.toString()).toBe('1');
  });

  it('counts every school whose figure equals M as at or below it', () => {
    // X 1 (10), 3 (30), 3 (30), 9 (40): ΣP = 110, half 55; cumulative 10, then 70 at X = 3 → M = 3,
    // both schools at 3 count: ΣPX = 10 + 90 + 90 = 190, ΣP = 70; index = 190 / 210 = 19/21
    const result = mcLooneIndex([
      { students: 30, value: 3 },
      { students: 40, value: 9 },
      { students: 10, value: 1 },
      { students: 30, total: 90 },
    ]);
    expect(result.median?.toString()).toBe('3');
    expect(result.studentsAtOrBelowMedian).toBe(70);
    expect(result.value?.toString()).toBe('0.9047619047619047619047619047619047619047619047619047619047619048');
  });

  it('all equal gives 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (enrolments, thousandths) => {
          const value = (thousandths / 1000).toFixed(3);
          const result = mcLooneIndex(enrolments.map((students) => ({ students, value })));
          expect(result.value?.toString()).toBe('1');
        },
      ),
    );
  });

  it('lies between 0 and 1 and is scale-free (property)', () => {
    fc.assert(
      fc.property(schoolsArbitrary, positiveFactorArbitrary, (schools, factor) => {
        const value = mcLooneIndex(schools).value;
        if (value !== null) {
          expect(value.gte(0)).toBe(true);
          expect(value.lte(1)).toBe(true);
        }
        expect(isClose(mcLooneIndex(scaleSchools(schools, factor)).value, value)).toBe(true);
      }),
    );
  });

  describe('edge cases', () => {
    it('a median of 0: no value, reason zero_median', () => {
      const result = mcLooneIndex([
        { students: 60, value: 0 },
        { students: 40, value: 5 },
      ]);
      expect([result.value, result.median?.toString(), result.reason]).toEqual([null, '0', 'zero_median']);
    });

    it('no schools with students: no value, reason no_schools', () => {
      const result = mcLooneIndex([{ students: 0, value: 4 }]);
      expect(result.toJSON()).toMatchObject({ value: null, median: null, mean: null, reason: 'no_schools' });
      expect(result.excluded).toHaveLength(1);
    });
  });
});
