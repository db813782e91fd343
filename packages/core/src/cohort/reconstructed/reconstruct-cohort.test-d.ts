import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../_lib/decimal';
import {
  type CohortRatesInput,
  type FlowRatesByGradeJson,
  type FlowRatesByGradeResult,
  flowRatesByGrade,
  type ReconstructedCohortJson,
  type ReconstructedCohortNoValueReason,
  reconstructCohort,
} from '../../index';

describe('the reconstructed-cohort surface, in types', () => {
  it('a flowRatesByGrade result, or its JSON, is a rate table', () => {
    expectTypeOf<FlowRatesByGradeResult>().toExtend<CohortRatesInput>();
    expectTypeOf<FlowRatesByGradeJson>().toExtend<CohortRatesInput>();
  });

  it('values are nullable decimals, JSON values nullable strings', () => {
    const rates = flowRatesByGrade({ grades: [{ enrolment: 10, nextYearEnrolment: 10, nextYearRepeaters: 1 }] });
    expectTypeOf(rates.grades[0]?.promotion).toEqualTypeOf<Decimal | null | undefined>();
    const cohort = reconstructCohort(rates, { maxRepetitions: 3, cohortSize: '1000' });
    expectTypeOf(cohort.coefficientOfEfficiency).toEqualTypeOf<Decimal | null>();
    expectTypeOf(cohort.toJSON()).toEqualTypeOf<ReconstructedCohortJson>();
    expectTypeOf(cohort.toJSON().graduates).toEqualTypeOf<string | null>();
    expectTypeOf<'zero_graduates'>().toExtend<ReconstructedCohortNoValueReason>();
    expectTypeOf<'earlier_grade_has_no_value'>().not.toExtend<ReconstructedCohortNoValueReason>();
  });

  it('wrong inputs do not compile', () => {
    // @ts-expect-error: every grade needs its repetition rate (null when unknown)
    reconstructCohort({ grades: [{ promotion: '0.9' }] });
    // @ts-expect-error: the cap is 'unlimited' or a number
    reconstructCohort({ grades: [{ promotion: 1, repetition: 0 }] }, { maxRepetitions: 'none' });
    // @ts-expect-error: counts are numbers, not strings
    flowRatesByGrade({ grades: [{ enrolment: '10', nextYearEnrolment: 10, nextYearRepeaters: 1 }] });
    // @ts-expect-error: the table is { grades }, not a bare array
    flowRatesByGrade([{ enrolment: 10, nextYearEnrolment: 10, nextYearRepeaters: 1 }]);
  });
});
