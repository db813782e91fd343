import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { computersPer100Students } from './computers-per-100-students';

describe('computers_per_100_students', () => {
  it('150 computers for 1200 students is 12.50 per 100, with no national standard', () => {
    // 150 ÷ 1200 × 100 = 12.5
    const result = computeWithDefinition(computersPer100Students, { computers: 150, students: 1200 });
    expect(result.formattedValue).toBe('12.50');
    expect(result.unit).toBe('per_100_students');
    expect(result.thresholds).toEqual([]);
    expect(computersPer100Students.source.note?.en).toContain('no national per-school number');
  });

  it("checks a province's own standard passed as data", () => {
    // 115 ÷ 1000 × 100 = 11.5, below a provincial 12 per 100
    const result = computeWithDefinition(
      computersPer100Students,
      { computers: 115, students: 1000 },
      { thresholds: [{ regime: 'province_basic_standard', comparator: '>=', value: 12, stage: 'primary' }] },
    );
    expect(result.formattedValue).toBe('11.50');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'province_basic_standard', passed: false, margin: '-0.5' }),
    ]);
  });

  describe('edge cases', () => {
    it("a split school's share may be fractional", () => {
      // 57.5 ÷ 460 × 100 = 12.5
      expect(computeWithDefinition(computersPer100Students, { computers: '57.5', students: 460 }).formattedValue).toBe(
        '12.50',
      );
    });

    it('no students: no value', () => {
      expect(computeWithDefinition(computersPer100Students, { computers: 10, students: 0 }).reason).toBe(
        'zero_denominator',
      );
    });

    it('a fractional student count is an error', () => {
      expect(() => computeWithDefinition(computersPer100Students, { computers: 10, students: 0.5 })).toThrow(
        /students/,
      );
    });
  });
});
