/**
 * The stable codes of every error edukpi throws. Match on these, never on message text.
 *
 * - `invalid_input`: a calculator input is missing, mistyped, negative, fractional where a head
 *   count is expected, or a part exceeds its whole.
 * - `unknown_indicator`: no definition has the id.
 * - `unknown_method`: the indicator has no variant by that name.
 * - `invalid_option`: an option (decimals, thresholds, grouping…) is out of range or malformed.
 * - `invalid_file`: a loader's source is not what it claims to be (a binary file given as CSV,
 *   a workbook that is not a workbook, text that cannot be decoded, malformed JSON).
 * - `file_too_large`: the source exceeds a loader's size limit (bytes, a record, a zip entry).
 * - `read_failed`: the source could not be read (a missing file, an I/O error, an aborted load).
 * - `missing_columns`: required columns of a table were not found in the source's header.
 */
export type EdukpiErrorCode =
  | 'invalid_input'
  | 'unknown_indicator'
  | 'unknown_method'
  | 'invalid_option'
  | 'invalid_file'
  | 'file_too_large'
  | 'read_failed'
  | 'missing_columns';
