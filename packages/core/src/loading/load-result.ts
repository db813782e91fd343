import type { BilingualText } from '../i18n/localized-text';

/**
 * Why a cell was rejected:
 *
 * - `not_a_number`: the text is not a number (`'三百'`, `'12a'`).
 * - `not_a_whole_number`: a count with a fraction (`'12.5'`).
 * - `negative`: a number below zero where the field does not allow it.
 * - `scale_not_allowed`: a `万` / `亿` suffix in a column that does not allow one.
 * - `unit_not_allowed`: a unit word the column does not allow (`'350元'` in a head count).
 * - `percent_not_allowed`: a `%` in a column that is not a percentage.
 * - `unknown_value`: a value outside an `enum` field's values (`'大学'` as a school type).
 * - `not_a_boolean`: not one of 是/否, Y/N, true/false, 1/0.
 * - `formula_error`: an Excel error value (`#DIV/0!`, `#N/A`, `#REF!`, `#VALUE!`).
 * - `missing_value`: a value the row needs is blank (a school without a name, students without classes).
 * - `invalid_value`: anything else the schema rejects (a number out of range, a rule across fields).
 */
export type RejectionCode =
  | 'not_a_number'
  | 'not_a_whole_number'
  | 'negative'
  | 'scale_not_allowed'
  | 'unit_not_allowed'
  | 'percent_not_allowed'
  | 'unknown_value'
  | 'not_a_boolean'
  | 'formula_error'
  | 'missing_value'
  | 'invalid_value';

/** One bad cell (or, for a rule across fields, one bad row) and what is wrong with it. */
export interface Rejection {
  /** The sheet (or file) name. */
  readonly sheet: string;
  /** The 1-based source row. */
  readonly row: number;
  /** The source header text of the column (flattened: `'小学 / 在校生数'`), or `null` when the rule concerns no single column. */
  readonly column: string | null;
  /** The 0-based source column index, or `null`. */
  readonly columnIndex: number | null;
  /** The canonical field (`'primary.students'`), or `null`. */
  readonly field: string | null;
  /** The raw cell as text (`''` when blank). */
  readonly value: string;
  /** What is wrong, in Chinese and English. */
  readonly reason: BilingualText;
  /** The stable reason code. */
  readonly code: RejectionCode;
}

/**
 * Why a row was skipped rather than validated:
 *
 * - `title`: above the header (a title, a unit line).
 * - `header`: a header row, or a header repeated further down.
 * - `blank`: every cell blank.
 * - `totals`: a 合计 / 总计 / 小计 / 其中 / Total row.
 * - `note`: a footnote under the table (注: …, 填表人: …).
 * - `sheet`: the row belongs to a sheet that holds no column of the table.
 */
export type SkippedRowKind = 'title' | 'header' | 'blank' | 'totals' | 'note' | 'sheet';

/** A row that was read and deliberately left out, with a note why. */
export interface SkippedRow {
  readonly sheet: string;
  readonly row: number;
  readonly kind: SkippedRowKind;
  readonly note: BilingualText;
}

/** How a source column was understood. */
export interface ColumnMapping {
  readonly sheet: string;
  /** The 0-based column index. */
  readonly index: number;
  /** The flattened header text as found. */
  readonly header: string;
  /** The canonical field it fills, or `null` when the column is not used. */
  readonly field: string | null;
  /** How it was matched: by the field's name, label or an alias, by the user's mapping, or not at all. */
  readonly matchedBy: 'alias' | 'mapping' | null;
}

/** The row counts of a load. `read === accepted + rejected + skipped`, always. */
export interface LoadCounts {
  /** Every row the reader delivered, titles and headers included. */
  readonly read: number;
  /** Rows returned (or passed to `onRow`). */
  readonly accepted: number;
  /** Rows with at least one rejection. */
  readonly rejected: number;
  /** Title, header, blank, totals, note and ignored-sheet rows. */
  readonly skipped: number;
}

/** What a loader returns: the accepted rows, the rejection report, the skipped rows, counts that reconcile. */
export interface LoadResult<Row> {
  /** The accepted rows, in source order (empty when they were streamed to `onRow`). */
  readonly rows: Row[];
  /** Every bad cell, in source order (at most `reportLimit`; `counts.rejected` counts them all). */
  readonly rejections: Rejection[];
  /** Every skipped row with its reason (at most `reportLimit`; `counts.skipped` counts them all). */
  readonly skipped: SkippedRow[];
  /** The counts: `read === accepted + rejected + skipped`. */
  readonly counts: LoadCounts;
  /** Which source column became which field, and the unused columns. */
  readonly columns: ColumnMapping[];
  /** Anything the analyst should know that is not a bad cell (a duplicate column, a truncated report). */
  readonly warnings: BilingualText[];
}
