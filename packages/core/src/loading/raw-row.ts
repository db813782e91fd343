/**
 * One cell as a reader found it. `null`, `undefined` and `''` (after trimming) are blank; a blank
 * cell is never read as zero. `bigint` carries an exact 64/128-bit integer, a string an exact
 * decimal or text, a `Date` a date cell. Readers give formula cells by their cached value.
 */
export type RawCell = string | number | boolean | bigint | Date | null | undefined;

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
}
