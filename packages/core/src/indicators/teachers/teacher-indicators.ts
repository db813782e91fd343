import { keyTeacherRotationShare } from './key-teacher-rotation-share';
import { preschoolTeacherChildRatio } from './preschool-teacher-child-ratio';
import { studentTeacherRatio } from './student-teacher-ratio';
import { teacherCertificationRate } from './teacher-certification-rate';
import { teacherPayParityRatio } from './teacher-pay-parity-ratio';
import { teacherRotationRate } from './teacher-rotation-rate';
import { teacherTrainingCompletionRate } from './teacher-training-completion-rate';

/**
 * The teacher indicators (师资), by id, for the catalogue to spread in.
 *
 * @example
 * ```ts
 * teacherIndicators.student_teacher_ratio.unit; // 'ratio_to_one'
 * ```
 */
export const teacherIndicators = {
  student_teacher_ratio: studentTeacherRatio,
  teacher_rotation_rate: teacherRotationRate,
  key_teacher_rotation_share: keyTeacherRotationShare,
  teacher_certification_rate: teacherCertificationRate,
  teacher_training_completion_rate: teacherTrainingCompletionRate,
  teacher_pay_parity_ratio: teacherPayParityRatio,
  preschool_teacher_child_ratio: preschoolTeacherChildRatio,
} as const;
