import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { primaryNetEnrolmentRate } from './primary-net-enrolment-rate';

const compute = (input: { enrolledOfAge: number; populationOfAge: number }) =>
  computeWithDefinition(primaryNetEnrolmentRate, input);

describe('primary_net_enrolment_rate', () => {
  it('school-age children in school ÷ school-age children, 2 decimals', () => {
    // 19970 ÷ 20000 = 0.9985 → 99.85
    const result = compute({ enrolledOfAge: 19970, populationOfAge: 20000 });
    expect(result.formattedValue).toBe('99.85');
    expect(result.decimals).toBe(2);
    expect(result.thresholds).toEqual([]);
    // 2999 ÷ 3001 = 0.999333… → 99.93
    expect(compute({ enrolledOfAge: 2999, populationOfAge: 3001 }).formattedValue).toBe('99.93');
  });

  it('every school-age child in school is 100%; more than all of them is an input error', () => {
    expect(compute({ enrolledOfAge: 500, populationOfAge: 500 }).formattedValue).toBe('100.00');
    try {
      compute({ enrolledOfAge: 501, populationOfAge: 500 });
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['enrolledOfAge']);
      expect((error as InvalidInputError).messageZh).toContain('不能大于');
      expect((error as InvalidInputError).messageEn).toContain('cannot exceed');
    }
  });

  it('areas with different entry ages combine as a ratio of their own counts', () => {
    // 六三制 area 6–11: 5990 of 6000; 五四制 area 6–10: 3980 of 4000 → 9970 ÷ 10000 = 99.70
    const [total] = aggregateWithDefinition(primaryNetEnrolmentRate, [
      { enrolledOfAge: 5990, populationOfAge: 6000 },
      { enrolledOfAge: 3980, populationOfAge: 4000 },
    ]);
    expect(total?.result.formattedValue).toBe('99.70');
  });

  it('no school-age children: no value', () => {
    expect(compute({ enrolledOfAge: 0, populationOfAge: 0 }).reason).toBe('zero_denominator');
  });

  it('rejects fractional counts', () => {
    expect(() => compute({ enrolledOfAge: 99.5, populationOfAge: 100 })).toThrow(/enrolledOfAge/);
  });
});
