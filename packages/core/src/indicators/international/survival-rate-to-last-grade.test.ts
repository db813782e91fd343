import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { UnknownMethodError } from '../../errors/unknown-method-error';
import { survivalRateToLastGrade } from './survival-rate-to-last-grade';

const compute = (input: { reachedLastGrade: number; cohortEntrants: number }) =>
  computeWithDefinition(survivalRateToLastGrade, input);

describe('survival_rate_to_last_grade', () => {
  it('true cohort: pupils who reached the last grade ÷ the cohort’s grade-1 entrants', () => {
    // 951 ÷ 1000 = 95.1
    const result = compute({ reachedLastGrade: 951, cohortEntrants: 1000 });
    expect(result.method).toBe('true_cohort');
    expect(result.formattedValue).toBe('95.1');
    // 1199 ÷ 1230 = 97.479…% → 97.5
    expect(compute({ reachedLastGrade: 1199, cohortEntrants: 1230 }).formattedValue).toBe('97.5');
  });

  it('is the true-cohort method; its note points to reconstructCohort for enrolment by grade', () => {
    expect(survivalRateToLastGrade.methodNames).toEqual(['true_cohort']);
    expect(survivalRateToLastGrade.source.note?.en).toContain(
      'estimate it with flowRatesByGrade and reconstructCohort',
    );
    try {
      computeWithDefinition(survivalRateToLastGrade, { reachedLastGrade: 1, cohortEntrants: 2 }, {
        method: 'reconstructed_cohort',
      } as never);
      expect.unreachable();
    } catch (error) {
      expect(UnknownMethodError.isInstance(error)).toBe(true);
      expect((error as UnknownMethodError).code).toBe('unknown_method');
    }
  });

  it('more pupils reaching the last grade than entered is an input error', () => {
    expect(() => compute({ reachedLastGrade: 1001, cohortEntrants: 1000 })).toThrow(/cannot exceed cohortEntrants/);
  });

  it('an empty cohort: no value', () => {
    expect(compute({ reachedLastGrade: 0, cohortEntrants: 0 }).reason).toBe('zero_denominator');
  });
});
