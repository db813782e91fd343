import { Decimal } from '@edukpi/core';
import { type FormatLocale, formatNumber } from '@edukpi/format-text';
import type { SchoolIndicatorCheck } from '@edukpi/standards';

/**
 * How a school's indicator stands: `passed` (at or above the standard), `near` (below it, but at
 * least the school rule's floor, 85% of it in 2017), `failed` (below the floor, or below the
 * standard where the regime has no floor), `none` (no standard for the stage).
 */
export type CheckStatus = 'passed' | 'near' | 'failed' | 'none';

/** The statuses in the order legends list them. */
export const checkStatuses: readonly CheckStatus[] = ['passed', 'near', 'failed', 'none'];

/** The status of one check, given the regime's floor share (`undefined` where it has none). */
export function checkStatusOf(check: SchoolIndicatorCheck, floorShare: string | undefined): CheckStatus {
  if (check.passed === null) return 'none';
  if (check.passed) return 'passed';
  return floorShare !== undefined &&
    check.shareOfStandard !== null &&
    new Decimal(check.shareOfStandard).greaterThanOrEqualTo(floorShare)
    ? 'near'
    : 'failed';
}

/** The floor share as a percentage of the standard, as the legends write it: '0.85' → '85%'. */
export function floorPercentText(share: string, locale: FormatLocale): string {
  return formatNumber(new Decimal(share).times(100).toString(), { locale, decimals: 2, unit: '%' });
}
