import { completionRate } from './completion-rate';
import { grossIntakeRatio } from './gross-intake-ratio';
import { outOfSchoolRate } from './out-of-school-rate';
import { pupilTrainedTeacherRatio } from './pupil-trained-teacher-ratio';
import { repetitionRate } from './repetition-rate';
import { survivalRateToLastGrade } from './survival-rate-to-last-grade';
import { transitionRate } from './transition-rate';

/**
 * The international (UNESCO UIS / SDG 4) forms, with their own ids beside the Chinese ones, for
 * the catalogue to spread in.
 *
 * @example
 * ```ts
 * internationalIndicators.transition_rate.methodNames; // ['effective', 'simple']
 * ```
 */
export const internationalIndicators = {
  gross_intake_ratio: grossIntakeRatio,
  completion_rate: completionRate,
  survival_rate_to_last_grade: survivalRateToLastGrade,
  transition_rate: transitionRate,
  repetition_rate: repetitionRate,
  out_of_school_rate: outOfSchoolRate,
  pupil_trained_teacher_ratio: pupilTrainedTeacherRatio,
} as const;
