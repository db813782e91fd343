import type { SchoolStage, Threshold } from '../result/threshold';

/**
 * Options of {@link computeIndicator}, {@link computeWithDefinition} and
 * {@link aggregateIndicator}.
 */
export interface ComputeIndicatorOptions<M extends string = string> {
  /**
   * The variant, by the spec's name (e.g. `net_transfers_denominator`). Defaults to the
   * definition's default method (`raw` for the consolidation rates).
   */
  readonly method?: M;
  /** Decimal places `value` is rounded to (half up), a whole number from 0 to 20. Defaults to the definition's. */
  readonly decimals?: number;
  /**
   * Evaluate only the thresholds of these regimes (e.g. `['quality_balance_2017']`). Defaults
   * to every threshold the definition carries, plus those in `thresholds`.
   */
  readonly regimes?: readonly string[];
  /**
   * Your own thresholds, in the indicator's unit. One whose regime matches a built-in threshold
   * replaces it (a province's stricter number); the others are added. Defaults to none.
   */
  readonly thresholds?: readonly Threshold[];
  /**
   * The school stage the input describes. Thresholds set for another stage are then left out
   * (a primary school is not checked against the junior standard). Defaults to none: every
   * threshold is checked and each check says its stage.
   */
  readonly stage?: SchoolStage;
  /**
   * What 0 ÷ 0 gives. `'no_value'` (default): no value, reason `zero_denominator`. `'full'`:
   * 100% with a `zero_over_zero_policy` warning, as some local templates print the 巩固率 of
   * a merged-away school; percent indicators only.
   */
  readonly zeroOverZero?: 'no_value' | 'full';
}
