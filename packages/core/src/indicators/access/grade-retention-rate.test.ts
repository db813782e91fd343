import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { gradeRetentionRate } from './grade-retention-rate';

const compute = (input: { nextGradeAutumn: number; gradeSpring: number }) =>
  computeWithDefinition(gradeRetentionRate, input);

describe('grade_retention_rate', () => {
  it('autumn count of grade k+1 ÷ spring count of grade k, 2 decimals', () => {
    // 431 ÷ 412 = 1.046116… → 104.61
    const result = compute({ nextGradeAutumn: 431, gradeSpring: 412 });
    expect(result.formattedValue).toBe('104.61');
    expect(result.numerator.toString()).toBe('431');
    expect(result.denominator.toString()).toBe('412');
    // 408 ÷ 412 = 0.990291… → 99.03
    expect(compute({ nextGradeAutumn: 408, gradeSpring: 412 }).formattedValue).toBe('99.03');
  });

  it('school tables run to 113%: above 100% is real, warned about, not an error', () => {
    // 113 ÷ 100 = 113.00
    const result = compute({ nextGradeAutumn: 113, gradeSpring: 100 });
    expect(result.formattedValue).toBe('113.00');
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'above_100_percent', message: gradeRetentionRate.aboveHundred }),
    ]);
    expect(compute({ nextGradeAutumn: 100, gradeSpring: 100 }).warnings).toEqual([]);
  });

  it('a grade with no pupils in spring has no value', () => {
    expect(compute({ nextGradeAutumn: 3, gradeSpring: 0 }).reason).toBe('zero_denominator');
  });

  it('rejects fractional counts', () => {
    expect(() => compute({ nextGradeAutumn: 40.5, gradeSpring: 41 })).toThrow(/nextGradeAutumn/);
  });

  it('grades of a school roll up as a ratio of sums', () => {
    const [school] = aggregateWithDefinition(gradeRetentionRate, [
      { nextGradeAutumn: 98, gradeSpring: 100 },
      { nextGradeAutumn: 55, gradeSpring: 50 },
    ]);
    // 153 ÷ 150 = 102.00 (the mean of 98% and 110% would be 104%)
    expect(school?.result.formattedValue).toBe('102.00');
  });
});
