import { Decimal, ZERO } from '../../../_lib/decimal';
import type { MethodOutcome } from '../../../definition/define-indicator';

const ONE = new Decimal(1);

/**
 * States an index that is not a plain quotient (Gini, Theil, McLoone) as a method outcome: the
 * index as numerator over 1, or 0 over 0 — no value — when the measure has none.
 */
export function indexAsOutcome(value: Decimal | null): MethodOutcome {
  return value === null ? { numerator: ZERO, denominator: ZERO } : { numerator: value, denominator: ONE };
}
