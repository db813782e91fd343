import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { upperSecondaryGrossEnrolmentRatio } from './upper-secondary-gross-enrolment-ratio';

type Input = Parameters<
  typeof computeWithDefinition<
    'upper_secondary_gross_enrolment_ratio',
    typeof upperSecondaryGrossEnrolmentRatio.fields,
    'standard'
  >
>[1];
const compute = (input: Input) => computeWithDefinition(upperSecondaryGrossEnrolmentRatio, input);
const parts = { generalHighSchool: 15000, adultHighSchool: 60, secondaryVocational: 9600, technicalSchool: 1200 };

describe('upper_secondary_gross_enrolment_ratio', () => {
  it('武安市: 高中入学率 86.2%, short of the 90% national target', () => {
    // 25860 ÷ 30000 = 0.862 → 86.2
    const result = compute({ enrolled: 25860, population: 30000 });
    expect(result.formattedValue).toBe('86.2');
    expect(result.thresholds).toEqual([
      expect.objectContaining({
        regime: 'national_target',
        comparator: '>=',
        value: '90',
        passed: false,
        margin: '-3.8',
      }),
    ]);
  });

  it('takes the four parts instead and sums them: 普高 + 成人高中 + 中职 + 技工', () => {
    // 15000 + 60 + 9600 + 1200 = 25860; ÷ 30000 = 86.2
    const result = compute({ ...parts, population: 30000 });
    expect(result.formattedValue).toBe('86.2');
    expect(result.numerator.toString()).toBe('25860');
    expect(result.inputs.enrolled?.toString()).toBe('25860');
    expect(Object.keys(result.inputs).sort()).toEqual([
      'adultHighSchool',
      'enrolled',
      'generalHighSchool',
      'population',
      'secondaryVocational',
      'technicalSchool',
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('leaving out the technical schools is what makes a county fall short', () => {
    // 15000 + 60 + 9600 + 0 = 24660 ÷ 27000 = 91.33…% against 25860 ÷ 27000 = 95.77…%
    expect(compute({ ...parts, technicalSchool: 0, population: 27000 }).formattedValue).toBe('91.3');
    expect(compute({ ...parts, population: 27000 }).formattedValue).toBe('95.8');
  });

  it('exactly 90% meets the target', () => {
    expect(compute({ enrolled: 900, population: 1000 }).thresholds[0]).toMatchObject({ passed: true, margin: '0' });
  });

  it('can exceed 100%: students of any age over the population aged 15–17', () => {
    const result = compute({ enrolled: 1013, population: 1000 });
    expect(result.formattedValue).toBe('101.3');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['above_100_percent']);
  });

  it('no population aged 15–17: no value', () => {
    expect(compute({ ...parts, population: 0 }).reason).toBe('zero_denominator');
  });

  it('requires exactly one form, given whole', () => {
    expect(() => compute({ enrolled: 25860, ...parts, population: 30000 } as never)).toThrow(/one form only/);
    expect(() => compute({ population: 30000 } as never)).toThrow(/missing input/);
    try {
      compute({ generalHighSchool: 15000, adultHighSchool: 60, secondaryVocational: 9600, population: 30000 } as never);
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['technicalSchool']);
      expect((error as InvalidInputError).messageZh).toContain('技工学校在校生数');
    }
    expect(() => compute({ ...parts, adultHighSchool: 0.5, population: 30000 })).toThrow(/adultHighSchool/);
  });

  it('aggregates rows given either way into one sum', () => {
    const [county] = aggregateWithDefinition(upperSecondaryGrossEnrolmentRatio, [
      { enrolled: 900, population: 1000 },
      { generalHighSchool: 500, adultHighSchool: 0, secondaryVocational: 300, technicalSchool: 50, population: 1000 },
    ]);
    // (900 + 850) ÷ 2000 = 87.5
    expect(county?.result.numerator.toString()).toBe('1750');
    expect(county?.result.formattedValue).toBe('87.5');
  });
});
