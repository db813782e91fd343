import type { BilingualText } from '../i18n/localized-text';

/**
 * Why a result carries a warning:
 *
 * - `above_100_percent`: a rate over 100%, which is real for this indicator; the message says why.
 * - `negative_value`: a negative change, reduction or rate, which is real; never clamped.
 * - `unused_input`: a field was given that the chosen method ignores.
 * - `zero_over_zero_policy`: 0 ÷ 0 was shown as 100% because `zeroOverZero: 'full'` asked for it.
 */
export type ResultWarningCode = 'above_100_percent' | 'negative_value' | 'unused_input' | 'zero_over_zero_policy';

/** A warning attached to a result: a stable code and a message in Chinese and English. */
export interface ResultWarning {
  readonly code: ResultWarningCode;
  readonly message: BilingualText;
}

/**
 * Why a result has no value:
 *
 * - `zero_denominator`: the denominator is 0 (a school with no entrants, no eligible students…).
 * - `negative_denominator`: the denominator came out below 0, e.g. more transfers out than
 *   entrants plus transfers in under `net_transfers_denominator`; the data need checking.
 */
export type NoValueReason = 'zero_denominator' | 'negative_denominator';
