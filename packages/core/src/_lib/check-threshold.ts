import type { ThresholdCheck } from '../result/threshold';
import type { Decimal } from './decimal';
import { compareQuotient } from './exact-quotient';
import type { ResolvedThreshold } from './resolve-options';

/**
 * Checks one threshold against a value. When the value is the plain quotient
 * numerator × scale ÷ denominator (denominator > 0), the comparison cross-multiplies and is
 * exact; a transformed value (or the zero-over-zero policy's 100%) is compared as it stands.
 */
export function checkThreshold(
  threshold: ResolvedThreshold,
  numerator: Decimal,
  denominator: Decimal,
  scale: Decimal,
  exact: Decimal | null,
  transformed: boolean,
): ThresholdCheck {
  const base = {
    regime: threshold.regime,
    ...(threshold.stage === undefined ? {} : { stage: threshold.stage }),
    comparator: threshold.comparator,
    value: threshold.parsedValue.toString(),
    ...(threshold.note === undefined ? {} : { note: threshold.note }),
  };
  if (exact === null) return { ...base, passed: null, margin: null };
  // With a transform, or the zero-over-zero policy, the value is compared as it stands.
  const comparison =
    denominator.gt(0) && !transformed
      ? compareQuotient(numerator, denominator, scale, threshold.parsedValue)
      : (exact.comparedTo(threshold.parsedValue) as -1 | 0 | 1);
  const passedBy: Record<typeof threshold.comparator, boolean> = {
    '>=': comparison >= 0,
    '>': comparison > 0,
    '<=': comparison <= 0,
    '<': comparison < 0,
    '=': comparison === 0,
  };
  return { ...base, passed: passedBy[threshold.comparator], margin: exact.minus(threshold.parsedValue).toString() };
}
