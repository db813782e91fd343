import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { teacherCertificationRate } from './teacher-certification-rate';

describe('teacher_certification_rate', () => {
  it('2386 of 2391 certified is 99.79%, short of the required 100%', () => {
    // 2386 ÷ 2391 = 0.997908… → 99.79
    const result = computeWithDefinition(teacherCertificationRate, { certified: 2386, teachers: 2391 });
    expect(result.formattedValue).toBe('99.79');
    expect(result.thresholds.find((check) => check.regime === 'quality_balance_2017')).toMatchObject({
      comparator: '=',
      value: '100',
      passed: false,
    });
  });

  it('every teacher certified meets it', () => {
    const result = computeWithDefinition(teacherCertificationRate, { certified: 2391, teachers: 2391 });
    expect(result.formattedValue).toBe('100.00');
    expect(result.thresholds.every((check) => check.passed)).toBe(true);
  });

  it('the kindergarten threshold applies only to the preschool stage', () => {
    const input = { certified: 88, teachers: 88 };
    expect(computeWithDefinition(teacherCertificationRate, input).thresholds.map((check) => check.regime)).toEqual([
      'quality_balance_2017',
      'preschool_universal_2020',
    ]);
    expect(
      computeWithDefinition(teacherCertificationRate, input, { stage: 'primary' }).thresholds.map(
        (check) => check.regime,
      ),
    ).toEqual(['quality_balance_2017']);
    expect(
      computeWithDefinition(teacherCertificationRate, input, {
        stage: 'preschool',
        regimes: ['preschool_universal_2020'],
      }).thresholds,
    ).toEqual([expect.objectContaining({ stage: 'preschool', passed: true })]);
  });

  describe('edge cases', () => {
    it('rounding never passes a county that is not at 100%: 99 999 of 100 000 prints 100.00 and fails', () => {
      const result = computeWithDefinition(teacherCertificationRate, { certified: 99999, teachers: 100000 });
      // 99 999 ÷ 100 000 = 99.999% → 100.00 at 2 decimals, yet not 100
      expect(result.formattedValue).toBe('100.00');
      expect(result.thresholds[0]?.passed).toBe(false);
    });

    it('certified > teachers is an error', () => {
      try {
        computeWithDefinition(teacherCertificationRate, { certified: 2392, teachers: 2391 });
        expect.unreachable();
      } catch (error) {
        expect(InvalidInputError.isInstance(error)).toBe(true);
        expect((error as InvalidInputError).path).toEqual(['certified']);
        expect((error as InvalidInputError).messageEn).toContain('cannot exceed');
      }
    });

    it('no teachers: no value', () => {
      expect(computeWithDefinition(teacherCertificationRate, { certified: 0, teachers: 0 }).reason).toBe(
        'zero_denominator',
      );
    });

    it('a fractional count is an error', () => {
      expect(() => computeWithDefinition(teacherCertificationRate, { certified: 10, teachers: 10.5 })).toThrow(
        /teachers/,
      );
    });
  });
});
