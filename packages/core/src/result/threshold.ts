import type { BilingualText } from '../i18n/localized-text';
import type { RegimeId } from '../regimes/regime-id';

/**
 * The school stage a threshold applies to, where a regime sets different numbers per stage
 * (小学 ≥ 4.2, 初中 ≥ 5.3 qualified teachers per 100 students).
 */
export type SchoolStage = 'preschool' | 'primary' | 'junior' | 'senior';

/** How a value is compared with a threshold. */
export type ThresholdComparator = '>=' | '>' | '<=' | '<' | '=';

/**
 * A threshold as data: which regime sets it, how to compare, and the number, in the
 * indicator's unit (95 for "≥ 95%"). Pass your own (a province's stricter number) through
 * `options.thresholds` to evaluate a result against it without editing the library.
 */
export interface Threshold {
  /** The regime or target that sets it; a built-in {@link RegimeId} or your own id. */
  readonly regime: RegimeId | (string & {});
  readonly comparator: ThresholdComparator;
  /** The number in the indicator's unit, as a decimal string or number: `'95'` means 95%. */
  readonly value: string | number;
  /** The stage it applies to; leave out when it applies to every stage. */
  readonly stage?: SchoolStage;
  /**
   * The methods (variants) it applies to; leave out when it applies to all. A threshold stated
   * over one denominator (20% "of the rotated") says so here, and is not checked under another.
   */
  readonly methods?: readonly string[];
  /** Where the number comes from, or why it differs from the national one. */
  readonly note?: BilingualText;
}

/** A threshold checked against a result. */
export interface ThresholdCheck {
  readonly regime: string;
  readonly stage?: SchoolStage;
  readonly comparator: ThresholdComparator;
  /** The threshold, as a decimal string. */
  readonly value: string;
  /**
   * Whether the exact (unrounded) value meets the threshold; `null` when the result has no
   * value. The comparison is exact: numerator × scale is cross-multiplied with the threshold
   * × denominator, so no rounding can flip it.
   */
  readonly passed: boolean | null;
  /** Exact value − threshold, as a decimal string; `null` when the result has no value. */
  readonly margin: string | null;
  readonly note?: BilingualText;
}
