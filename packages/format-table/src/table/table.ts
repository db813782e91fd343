import type { Locale } from '@edukpi/core';

/**
 * What a column holds, which sets its default alignment and how writers treat its cells:
 *
 * - `text`: names, labels, messages (left-aligned);
 * - `number`: numbers in the unit the header names (right-aligned);
 * - `percent`: percentages as their number in percent (`92.88` for 92.88%), the header saying `%`
 *   (right-aligned);
 * - `value`: numbers whose unit differs from row to row (an indicator's value as published:
 *   `92.88%`, `16.19:1`, `2241万元`), each cell carrying its own notation (right-aligned);
 * - `status`: pass, fail, not supplied… (centred).
 */
export type ColumnKind = 'text' | 'number' | 'percent' | 'value' | 'status';

/** How a column's cells line up. */
export type ColumnAlignment = 'left' | 'right' | 'center';

/**
 * A mark a writer may show beyond the text: HTML adds a class (`edukpi-failed`), XLSX colours the
 * cell's font. The text itself always says it too (`✗ 未达标`, `4.21 ✗`), so no reader depends on colour.
 */
export type CellStatus = 'passed' | 'failed' | 'missing';

/**
 * How an XLSX number format shows a number cell: `plain` (`#,##0.00`), `percent` (`0.00"%"`, the
 * number stays in percent, 92.88), `ratio_to_one` (`0.00":1"`) or `one_to_ratio` (`"1:"0.00`).
 */
export type NumberNotation = 'plain' | 'percent' | 'ratio_to_one' | 'one_to_ratio';

/** A cell of text: a name, a label, a message. Writers neutralise formula-like text. */
export interface TextCell {
  readonly kind: 'text';
  /** The text, as shown. */
  readonly text: string;
  readonly status: CellStatus | null;
}

/**
 * A cell holding a number: the exact value and the text it is shown as. Markdown, HTML and plain
 * text print `text`; CSV and XLSX write the number rounded to `decimals`, so a spreadsheet holds a
 * number (never text) and shows the published figure.
 */
export interface NumberCell {
  readonly kind: 'number';
  /** The exact value as a decimal string, in the column's unit (`'92.8766…'` for 92.88%). */
  readonly value: string;
  /** The decimal places the number is published with. */
  readonly decimals: number;
  /**
   * How the value is rounded to `decimals`: `half_up` (四舍五入) for values, `up` (away from zero)
   * for a shortfall, so a printed shortfall never understates what is missing.
   */
  readonly rounding: 'half_up' | 'up';
  /** The number as printed: `'92.88%'`, `'6.91万'`, `'1,375'`, `'4.21 ✗'`. */
  readonly text: string;
  /** How XLSX formats it; see {@link NumberNotation}. */
  readonly notation: NumberNotation;
  readonly status: CellStatus | null;
}

/**
 * A cell with no value: a result with a zero denominator, a figure not supplied. `text` says why
 * (`'—'`, `'分母为 0'`); it is never 0, NaN or an empty number.
 */
export interface EmptyCell {
  readonly kind: 'empty';
  readonly text: string;
  readonly status: CellStatus | null;
}

/** One cell of a {@link Table}. */
export type TableCell = TextCell | NumberCell | EmptyCell;

/** One column of a {@link Table}. */
export interface TableColumn {
  /** A stable key (`'indicator'`, `'value'`), the same in every locale. */
  readonly id: string;
  /** The header, in the table's locale. */
  readonly label: string;
  /** The unit the header names, in the table's locale (`'%'`, `'元'`, `'平方米'`); `null` for none. */
  readonly unit: string | null;
  readonly kind: ColumnKind;
  readonly align: ColumnAlignment;
  /** Whether the column's cells head their rows (HTML writes them as `<th scope="row">`). */
  readonly rowHeader: boolean;
}

/** One row of a {@link Table}. */
export interface TableRow {
  readonly cells: readonly TableCell[];
  /** A summary row (a total, a composite, the standards row): bold in HTML and XLSX. */
  readonly summary: boolean;
}

/**
 * A table in one locale: a caption, columns with their units, rows of cells that keep the exact
 * value and its display text, and notes. Build one with `createTable`, `resultsTable` or
 * `evaluationTables`; write it with `toMarkdown`, `toHtml`, `toCsv`, `toXlsx` or `toText`.
 */
export interface Table {
  /** A stable key (`'results'`, `'items-government'`), the same in every locale. */
  readonly id: string;
  readonly caption: string;
  /** The locale every label and text is written in; HTML writes it as the `lang` attribute. */
  readonly locale: Locale;
  readonly columns: readonly TableColumn[];
  /** Rows; each has exactly one cell per column. */
  readonly rows: readonly TableRow[];
  /** Notes printed under the table: sources, scope, what an empty cell means. */
  readonly notes: readonly string[];
}

/** A group of tables with a title: a sheet of a workbook, a section of a report. */
export interface TableSection {
  /** A stable key (`'verdict'`, `'schools'`), the same in every locale. */
  readonly id: string;
  /** The title, in the tables' locale; XLSX names the sheet after it. */
  readonly title: string;
  readonly tables: readonly Table[];
}

/** What the writers accept: one table, one section, or a list of either. */
export type TableContent = Table | TableSection | readonly (Table | TableSection)[];
