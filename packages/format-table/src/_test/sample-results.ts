import { computeIndicator, type IndicatorResult } from '@edukpi/core';

/**
 * Real results computed by @edukpi/core from the figures of published county reports
 * (/work/shared/fixtures/reports) and a few made-up edge cases: a rate over 100%, a ratio to one,
 * a money value, a negative change, a threshold missed, and a zero denominator.
 */
export function sampleResults(): IndicatorResult[] {
  return [
    // 济源: junior three-year consolidation above 100% (transfers in), ≥ 95% under the 2017 regime
    computeIndicator('junior_three_year_consolidation_rate', { graduates: 1042, entrants: 1010 }),
    // 薛城: 6.91万 of 7.44万 students in after-school services
    computeIndicator('after_school_participation_rate', { participants: 69_100, enrolled: 74_399 }),
    // 济源: off-campus tutoring institutions 120 → 12
    computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 }),
    // 云州: enrolment 12786 → 14161
    computeIndicator('change', { previous: 12_786, current: 14_161 }),
    // a shrinking enrolment: a negative change stays negative
    computeIndicator('change', { previous: 2_000, current: 1_930 }),
    computeIndicator('student_teacher_ratio', { students: 14_161, teachers: 875 }),
    computeIndicator('preschool_teacher_child_ratio', { children: 3_520, teachers: 248 }),
    // 薛城: 660.5万元 of aid to 1.1256万 students
    computeIndicator('aid_per_student', { amountWan: '660.5', aided: 11_256 }),
    // certification below the 100% both regimes require
    computeIndicator('teacher_certification_rate', { certified: 98, teachers: 100 }),
    // no eligible students: no value, never 0
    computeIndicator('student_aid_coverage_rate', { aided: 0, eligible: 0 }),
  ];
}
