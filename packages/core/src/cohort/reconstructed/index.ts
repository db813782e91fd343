export type { CohortWarning, CohortWarningCode } from './cohort-warning';
export {
  type FlowRateNoValueReason,
  type FlowRatesByGradeInput,
  type FlowRatesByGradeJson,
  type FlowRatesByGradeResult,
  flowRatesByGrade,
  type GradeEnrolment,
  type GradeFlowRates,
  type GradeFlowRatesJson,
} from './flow-rates-by-grade';
export type { GradeLabel } from './grade-label';
export type { MaxRepetitions } from './max-repetitions';
export {
  type CohortGradeNoValueReason,
  type CohortGradeRates,
  type CohortRatesInput,
  type ReconstructCohortOptions,
  type ReconstructedCohortGrade,
  type ReconstructedCohortGradeJson,
  type ReconstructedCohortJson,
  type ReconstructedCohortNoValueReason,
  type ReconstructedCohortResult,
  reconstructCohort,
} from './reconstruct-cohort';
