import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { outOfSchoolRate } from './out-of-school-rate';

type Method = 'any_level' | 'pre_primary_as_out_of_school';
type Input = Parameters<typeof computeWithDefinition<'out_of_school_rate', typeof outOfSchoolRate.fields, Method>>[1];
const compute = (input: Input, method?: Method) =>
  computeWithDefinition(outOfSchoolRate, input, method === undefined ? {} : { method });

describe('out_of_school_rate', () => {
  it('any_level (SDG 4.1.4, default): (population − enrolled at any level) ÷ population', () => {
    // (10000 − 9700) ÷ 10000 = 3.0
    const result = compute({ populationOfAge: 10000, enrolledOfAge: 9700 });
    expect(result.method).toBe('any_level');
    expect(result.numerator.toString()).toBe('300');
    expect(result.formattedValue).toBe('3.0');
    // (3000 − 2999) ÷ 3000 = 0.0333…% → 0.0
    expect(compute({ populationOfAge: 3000, enrolledOfAge: 2999 }).formattedValue).toBe('0.0');
  });

  it('pre_primary_as_out_of_school: children of the age in pre-primary count as out of school', () => {
    // (10000 − (9700 − 150)) ÷ 10000 = 450 ÷ 10000 = 4.5
    const result = compute(
      { populationOfAge: 10000, enrolledOfAge: 9700, enrolledInPrePrimaryOfAge: 150 },
      'pre_primary_as_out_of_school',
    );
    expect(result.numerator.toString()).toBe('450');
    expect(result.formattedValue).toBe('4.5');
    expect(() => compute({ populationOfAge: 10000, enrolledOfAge: 9700 }, 'pre_primary_as_out_of_school')).toThrow(
      /enrolledInPrePrimaryOfAge/,
    );
  });

  it('everyone enrolled is 0.0; no one enrolled is 100.0', () => {
    expect(compute({ populationOfAge: 500, enrolledOfAge: 500 }).formattedValue).toBe('0.0');
    expect(compute({ populationOfAge: 500, enrolledOfAge: 0 }).formattedValue).toBe('100.0');
  });

  it('parts larger than their wholes are input errors', () => {
    try {
      compute({ populationOfAge: 100, enrolledOfAge: 101 });
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['enrolledOfAge']);
    }
    expect(() => compute({ populationOfAge: 100, enrolledOfAge: 90, enrolledInPrePrimaryOfAge: 91 })).toThrow(
      /enrolledInPrePrimaryOfAge.*cannot exceed enrolledOfAge/,
    );
  });

  it('an empty age group: no value', () => {
    expect(compute({ populationOfAge: 0, enrolledOfAge: 0 }).reason).toBe('zero_denominator');
  });

  it('areas roll up as sums, not a mean of rates', () => {
    const [total] = aggregateWithDefinition(outOfSchoolRate, [
      { populationOfAge: 1000, enrolledOfAge: 990 },
      { populationOfAge: 250, enrolledOfAge: 200 },
    ]);
    // (1250 − 1190) ÷ 1250 = 4.8 (the mean of 1% and 20% would be 10.5%)
    expect(total?.result.formattedValue).toBe('4.8');
  });
});
