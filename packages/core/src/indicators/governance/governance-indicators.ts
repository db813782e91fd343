import { internetAccessRate } from './internet-access-rate';
import { languageStandardSchoolRate } from './language-standard-school-rate';
import { multimediaClassroomCoverage } from './multimedia-classroom-coverage';
import { rectificationCompletionRate } from './rectification-completion-rate';
import { safetySystemComplianceRate } from './safety-system-compliance-rate';
import { socialRecognitionRate } from './social-recognition-rate';

/**
 * The infrastructure, governance and satisfaction indicators, by id, for the catalogue to spread in.
 *
 * @example
 * ```ts
 * governanceIndicators.social_recognition_rate.labels['zh-CN']; // '社会认可度'
 * ```
 */
export const governanceIndicators = {
  internet_access_rate: internetAccessRate,
  multimedia_classroom_coverage: multimediaClassroomCoverage,
  language_standard_school_rate: languageStandardSchoolRate,
  safety_system_compliance_rate: safetySystemComplianceRate,
  social_recognition_rate: socialRecognitionRate,
  rectification_completion_rate: rectificationCompletionRate,
} as const;
