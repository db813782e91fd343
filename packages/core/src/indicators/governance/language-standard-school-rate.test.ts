import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { languageStandardSchoolRate } from './language-standard-school-rate';

const compute = (input: { schoolsMeeting: number; schools: number }) =>
  computeWithDefinition(languageStandardSchoolRate, input);

describe('language_standard_school_rate', () => {
  it('东胜区 2022: 144 of 147 schools is 97.96%', () => {
    // 144 ÷ 147 = 0.979591… → 97.96
    const result = compute({ schoolsMeeting: 144, schools: 147 });
    expect(result.toJSON()).toMatchObject({ value: '97.96', numerator: '144', denominator: '147', decimals: 2 });
    expect(
      computeWithDefinition(languageStandardSchoolRate, { schoolsMeeting: 144, schools: 147 }, { decimals: 4 })
        .formattedValue,
    ).toBe('97.9592');
  });

  describe('edge cases', () => {
    it('no schools: no value', () => {
      expect(compute({ schoolsMeeting: 0, schools: 0 }).reason).toBe('zero_denominator');
    });

    it('more certified than schools, or a fractional count, is an error', () => {
      expect(() => compute({ schoolsMeeting: 148, schools: 147 })).toThrow(/schoolsMeeting.*cannot exceed/);
      expect(() => compute({ schoolsMeeting: 144, schools: 147.5 })).toThrow(/whole number/);
    });
  });
});
