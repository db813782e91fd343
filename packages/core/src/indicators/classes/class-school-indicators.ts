import { classSizeComplianceRate } from './class-size-compliance-rate';
import { largeClassShare } from './large-class-share';
import { schoolSizeCompliance } from './school-size-compliance';
import { superLargeClassShare } from './super-large-class-share';

/**
 * The class-size and school-size indicators (班额与规模), by id, for the catalogue to spread in.
 *
 * @example
 * ```ts
 * classSchoolIndicators.super_large_class_share.labels['zh-CN']; // '超大班额比例'
 * ```
 */
export const classSchoolIndicators = {
  large_class_share: largeClassShare,
  super_large_class_share: superLargeClassShare,
  class_size_compliance_rate: classSizeComplianceRate,
  school_size_compliance: schoolSizeCompliance,
} as const;
