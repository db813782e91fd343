import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../../compute/compute-indicator';
import { InvalidInputError } from '../../errors/invalid-input-error';

describe('after_school_participation_rate', () => {
  it('薛城区 2021: 6.91万 participants of 7.44万 enrolled is 92.88%', () => {
    // 69100 ÷ 74400 = 0.928763… → 92.88
    const result = computeIndicator('after_school_participation_rate', { participants: 69100, enrolled: 74400 });
    expect(result.formattedValue).toBe('92.88');
    expect(result.decimals).toBe(2);
  });

  it('participants cannot exceed enrolment in scope', () => {
    try {
      computeIndicator('after_school_participation_rate', { participants: 101, enrolled: 100 });
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['participants']);
      expect((error as InvalidInputError).messageZh).toContain('不能大于');
      expect((error as InvalidInputError).messageEn).toContain('cannot exceed');
    }
  });

  it('no students in scope: no value', () => {
    expect(computeIndicator('after_school_participation_rate', { participants: 0, enrolled: 0 }).reason).toBe(
      'zero_denominator',
    );
  });
});

describe('after_school_school_coverage', () => {
  it('schools offering ÷ schools, 1 decimal', () => {
    expect(computeIndicator('after_school_school_coverage', { schoolsOffering: 80, schools: 80 }).formattedValue).toBe(
      '100.0',
    );
    // 65 ÷ 67 = 0.970149… → 97.0
    expect(computeIndicator('after_school_school_coverage', { schoolsOffering: 65, schools: 67 }).formattedValue).toBe(
      '97.0',
    );
  });

  it('more schools offering than schools is an error', () => {
    expect(() => computeIndicator('after_school_school_coverage', { schoolsOffering: 81, schools: 80 })).toThrow(
      /schoolsOffering/,
    );
  });
});

describe('after_school_teacher_participation_rate', () => {
  it('participating teachers ÷ teachers, 1 decimal', () => {
    expect(
      computeIndicator('after_school_teacher_participation_rate', { teachersParticipating: 4788, teachers: 5320 })
        .formattedValue,
    ).toBe('90.0');
  });

  it('rounds half up: 0.05 of a point goes up', () => {
    // 1 ÷ 2000 = 0.05% → 0.1 at 1 decimal
    expect(
      computeIndicator('after_school_teacher_participation_rate', { teachersParticipating: 1, teachers: 2000 })
        .formattedValue,
    ).toBe('0.1');
  });
});
