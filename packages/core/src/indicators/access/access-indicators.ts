import { annualDropoutRate } from './annual-dropout-rate';
import { disabledChildrenEnrolmentRate } from './disabled-children-enrolment-rate';
import { gradeRetentionRate } from './grade-retention-rate';
import { juniorGrossEnrolmentRatio } from './junior-gross-enrolment-ratio';
import { migrantChildrenPublicShare } from './migrant-children-public-share';
import { preschoolGrossEnrolmentRatio } from './preschool-gross-enrolment-ratio';
import { primaryNetEnrolmentRate } from './primary-net-enrolment-rate';
import { progressionRate } from './progression-rate';
import { upperSecondaryGrossEnrolmentRatio } from './upper-secondary-gross-enrolment-ratio';

/**
 * The access indicators (入学与巩固) beside the consolidation rates, by id, for the catalogue to
 * spread in.
 *
 * @example
 * ```ts
 * accessIndicators.annual_dropout_rate.methodNames; // ['strict', 'netted']
 * ```
 */
export const accessIndicators = {
  preschool_gross_enrolment_ratio: preschoolGrossEnrolmentRatio,
  primary_net_enrolment_rate: primaryNetEnrolmentRate,
  junior_gross_enrolment_ratio: juniorGrossEnrolmentRatio,
  upper_secondary_gross_enrolment_ratio: upperSecondaryGrossEnrolmentRatio,
  grade_retention_rate: gradeRetentionRate,
  annual_dropout_rate: annualDropoutRate,
  progression_rate: progressionRate,
  disabled_children_enrolment_rate: disabledChildrenEnrolmentRate,
  migrant_children_public_share: migrantChildrenPublicShare,
} as const;
