import { inclusiveKindergartenCountShare } from './inclusive-kindergarten-count-share';
import { inclusiveKindergartenCoverage } from './inclusive-kindergarten-coverage';
import { publicKindergartenEnrolmentShare } from './public-kindergarten-enrolment-share';

/**
 * The preschool indicators (学前教育), by id, for the catalogue to spread in.
 *
 * @example
 * ```ts
 * preschoolIndicators.inclusive_kindergarten_coverage.labels['zh-CN']; // '普惠性幼儿园覆盖率'
 * ```
 */
export const preschoolIndicators = {
  inclusive_kindergarten_coverage: inclusiveKindergartenCoverage,
  inclusive_kindergarten_count_share: inclusiveKindergartenCountShare,
  public_kindergarten_enrolment_share: publicKindergartenEnrolmentShare,
} as const;
