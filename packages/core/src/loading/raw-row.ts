import type { BilingualText } from '../i18n/localized-text';
import type { RawCellProblem } from './cell-problem';

/**
 * One cell as a reader found it. `null`, `undefined` and `''` (after trimming) are blank; a blank
 * cell is never read as zero. `bigint` carries an exact 64/128-bit integer, a string an exact
 * decimal or text, a `Date` a date cell. Readers give formula cells by their cached value. A
 * cell the reader cannot read itself is a {@link RawCellProblem} (made by `cellProblem`): its row
 * is rejected with the reader's reason, and it is never blank.
 */
export type RawCell = string | number | boolean | bigint | Date | RawCellProblem | null | undefined;

/** One row of cells as a reader found it, with its place in the source. */
export interface RawRow {
  /** 1-based row number in the source (the sheet row number; for CSV the record number, header records included). */
  readonly row: number;
  /** The cells, left to right; a short row is padded with blanks. */
  readonly cells: readonly RawCell[];
}

/** One sheet (or file, or query result) of raw rows, header rows included. */
export interface RawSheet {
  /** Sheet name, file name or query label, used in rejection reports. */
  readonly name: string;
  /** The rows, top to bottom: title rows, header rows and data rows. */
  readonly rows: Iterable<RawRow> | AsyncIterable<RawRow>;
  /** The number of header rows when the reader knows it (DuckDB: 1); otherwise detected (1 to 3). */
  readonly headerRows?: number;
  /**
   * What the reader noticed that is not a bad cell (hidden rows, an unterminated quote), copied
   * into `LoadResult.warnings` after the sheet's other warnings. Read once the sheet's last row
   * has been read, so a reader may add to the array (or compute it in a getter) while its rows
   * are read. Defaults to none.
   */
  readonly warnings?: readonly BilingualText[];
}
