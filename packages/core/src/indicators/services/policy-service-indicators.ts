import { homeworkTimeComplianceRate } from './homework-time-compliance-rate';
import { nonprofitConversionCompletionRate } from './nonprofit-conversion-completion-rate';

/**
 * The 双减 policy-service indicators defined in this folder beside the after-school ones, by id,
 * for the catalogue to spread in.
 *
 * @example
 * ```ts
 * policyServiceIndicators.homework_time_compliance_rate.labels['zh-CN']; // '书面作业时长达标率'
 * ```
 */
export const policyServiceIndicators = {
  nonprofit_conversion_completion_rate: nonprofitConversionCompletionRate,
  homework_time_compliance_rate: homeworkTimeComplianceRate,
} as const;
