/**
 * The stable codes of every error edukpi throws. Match on these, never on message text.
 *
 * - `invalid_input`: a calculator input is missing, mistyped, negative, fractional where a head
 *   count is expected, or a part exceeds its whole.
 * - `unknown_indicator`: no definition has the id.
 * - `unknown_method`: the indicator has no variant by that name.
 * - `invalid_option`: an option (decimals, thresholds, grouping…) is out of range or malformed.
 */
export type EdukpiErrorCode = 'invalid_input' | 'unknown_indicator' | 'unknown_method' | 'invalid_option';
