import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { schoolSizeCompliance } from './school-size-compliance';

type Input = Parameters<
  typeof computeWithDefinition<'school_size_compliance', typeof schoolSizeCompliance.fields, 'standard'>
>[1];
const compute = (input: Input) => computeWithDefinition(schoolSizeCompliance, input);

describe('school_size_compliance', () => {
  it('counts a school list against the cap of each type', () => {
    // compliant: primary 2000, nine_year 2500, junior 1200; over: junior 2001, twelve_year 2501 → 3 ÷ 5 = 60.00
    const result = compute({
      schoolEnrolments: [
        { type: 'primary', students: 2000 },
        { type: 'junior', students: 2001 },
        { type: 'nine_year', students: 2500 },
        { type: 'twelve_year', students: 2501 },
        { type: 'junior', students: 1200 },
      ],
    });
    expect(result.numerator.toString()).toBe('3');
    expect(result.denominator.toString()).toBe('5');
    expect(result.formattedValue).toBe('60.00');
    expect(result.warnings).toEqual([]);
  });

  it('gives one school’s boolean as 100.00 or 0.00 over a one-school list', () => {
    expect(compute({ schoolEnrolments: [{ type: 'nine_year', students: 2400 }] }).formattedValue).toBe('100.00');
    expect(compute({ schoolEnrolments: [{ type: 'primary', students: 2400 }] }).formattedValue).toBe('0.00');
  });

  it('takes pre-counted totals, checked against 100% (2017)', () => {
    // 47 ÷ 48 = 0.979166… → 97.92
    const result = compute({ compliantSchools: 47, schools: 48 });
    expect(result.formattedValue).toBe('97.92');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'quality_balance_2017', comparator: '>=', value: '100', passed: false }),
    ]);
    expect(compute({ compliantSchools: 48, schools: 48 }).thresholds[0]?.passed).toBe(true);
  });

  describe('edge cases', () => {
    it('no schools: no value', () => {
      expect(compute({ schoolEnrolments: [] }).reason).toBe('zero_denominator');
    });

    it('rejects invalid schools and part > whole', () => {
      try {
        compute({
          schoolEnrolments: [
            { type: 'junior', students: 800 },
            { type: 'kindergarten', students: 300 },
          ],
        } as never);
        expect.unreachable();
      } catch (error) {
        expect(InvalidInputError.isInstance(error)).toBe(true);
        expect((error as InvalidInputError).path).toEqual(['schoolEnrolments', 1, 'type']);
        expect((error as InvalidInputError).messageEn).toContain("'nine_year'");
      }
      expect(() => compute({ schoolEnrolments: [{ type: 'junior', students: 10.5 }] })).toThrow(/whole number/);
      expect(() => compute({ compliantSchools: 3, schools: 2 })).toThrow(/compliantSchools.*cannot exceed/);
    });
  });

  it('aggregates rows in either form as sums of counts', () => {
    const [total] = aggregateWithDefinition(schoolSizeCompliance, [
      { schoolEnrolments: [{ type: 'primary', students: 2100 }] },
      { compliantSchools: 9, schools: 9 },
    ]);
    // 9 ÷ 10 = 90.00
    expect(total?.result.formattedValue).toBe('90.00');
  });
});
