import { checkContent } from '../_lib/check-content';
import { checkOptions, failCheck } from '../_lib/check-options';
import { headerText } from '../_lib/header-text';
import { plainNumber } from '../_lib/plain-number';
import { neutralizeFormula } from '../injection/neutralize-formula';
import type { Table, TableCell } from '../table/table';

/** Options of {@link toCsv}. */
export interface ToCsvOptions {
  /** Start with a UTF-8 byte-order mark, so Excel opens Chinese text as UTF-8. Default `true`. */
  readonly bom?: boolean;
  /** The field separator. Default `','`. */
  readonly delimiter?: ',' | ';' | '\t';
  /** The record separator. Default `'\r\n'` (RFC 4180). */
  readonly lineEnding?: '\r\n' | '\n';
  /** Write the caption as a first record and each note as a last one. Default `false`. */
  readonly caption?: boolean;
}

function quote(field: string, delimiter: string): string {
  return field.includes('"') ||
    field.includes(delimiter) ||
    field.includes('\r') ||
    field.includes('\n') ||
    field !== field.trim()
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

function fieldOf(cell: TableCell): string {
  return cell.kind === 'number' ? plainNumber(cell) : neutralizeFormula(cell.text);
}

/**
 * Writes one table as CSV (RFC 4180): a header record naming each column's unit (`参与率(%)`), then
 * one record per row. Numbers are written plain, rounded to their published decimals, without
 * grouping or 万 scaling (`22410000`, `-3.50`), so a spreadsheet reads them as numbers; a percent
 * column holds the number in percent (`92.88`) and says `%` in its header. Text cells that begin
 * with `=`, `+`, `-`, `@`, a tab or a carriage return are prefixed with `'` (see
 * `neutralizeFormula`), so opening the file cannot run a formula; numbers, negative ones included,
 * stay numbers. Fields with a quote, the delimiter, a line break or edge spaces are quoted.
 *
 * The text is returned as a string starting with U+FEFF (the byte-order mark) unless `bom` is
 * `false`; write it as UTF-8. GBK output is not offered: `TextEncoder` encodes UTF-8 only, and
 * Excel opens UTF-8 with a BOM correctly.
 *
 * @param table - The table (one table per CSV file; write each table of a section to its own file).
 * @param options - BOM, delimiter, line ending, caption.
 * @returns The CSV text.
 * @throws {InvalidInputError} when the table is malformed (a row without one cell per column).
 * @throws {InvalidOptionError} when an option is unknown or of the wrong type.
 *
 * @example
 * ```ts
 * toCsv(resultsTable([computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 })]));
 * // '\uFEFF指标,数值,分子,分母,单位\r\n校外培训机构压减率,90.00,108,120,%\r\n'
 * ```
 */
export function toCsv(table: Table, options: ToCsvOptions = {}): string {
  checkOptions(options, {
    bom: 'boolean',
    delimiter: [',', ';', '\t'],
    lineEnding: ['\r\n', '\n'],
    caption: 'boolean',
  });
  const { bom = true, delimiter = ',', lineEnding = '\r\n', caption = false } = options;
  if (typeof table !== 'object' || table === null || !('columns' in table)) {
    failCheck(
      { error: 'input' },
      ['table'],
      'toCsv 只接受单个表格;分节请逐表写出',
      'toCsv takes one table; write each table of a section to its own file.',
    );
  }
  checkContent(table);
  const record = (fields: readonly string[]) => fields.map((field) => quote(field, delimiter)).join(delimiter);
  const records: string[] = [];
  if (caption) records.push(record([neutralizeFormula(table.caption)]));
  records.push(record(table.columns.map((column) => neutralizeFormula(headerText(column, table.locale)))));
  for (const row of table.rows) records.push(record(row.cells.map(fieldOf)));
  if (caption) for (const note of table.notes) records.push(record([neutralizeFormula(note)]));
  return `${bom ? '\ufeff' : ''}${records.join(lineEnding)}${lineEnding}`;
}
