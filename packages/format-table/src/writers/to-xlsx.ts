import { Decimal, EdukpiError, InvalidOptionError } from '@edukpi/core';
import ExcelJS from 'exceljs';
import { checkContent } from '../_lib/check-content';
import { checkOptions } from '../_lib/check-options';
import { headerText } from '../_lib/header-text';
import { plainNumber } from '../_lib/plain-number';
import { sheetNameOf } from '../_lib/sheet-name-of';
import { neutralizeFormula } from '../injection/neutralize-formula';
import { displayWidth } from '../layout/display-width';
import type { NumberCell, Table, TableCell, TableContent } from '../table/table';

/** Options of {@link toXlsx}. */
export interface ToXlsxOptions {
  /** Also write the workbook to this path (Node.js only). Default: do not write a file. */
  readonly file?: string;
  /** The workbook's creation and modification date. Default: now. */
  readonly date?: Date;
  /** The workbook's author. Default `'edukpi'`. */
  readonly creator?: string;
}

const failedColour = 'FFB00020';
const missingColour = 'FF666666';
const headerFill = 'FFF0F0F0';
const maximumTextWidth = 60;
const maximumHeaderWidth = 24;

/** The Excel number format of a number cell: its decimals, grouped, with `%`, `:1` or `1:` as text. */
function numberFormatOf(cell: NumberCell): string {
  const base = cell.decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(cell.decimals)}`;
  if (cell.notation === 'percent') return `${base}"%"`;
  if (cell.notation === 'ratio_to_one') return `${base}":1"`;
  if (cell.notation === 'one_to_ratio') return `"1:"${base}`;
  return base;
}

/** A number cell's value for Excel: a number when a double holds it exactly, else its text. */
function excelValueOf(cell: TableCell): string | number {
  if (cell.kind !== 'number') return neutralizeFormula(cell.text);
  const plain = plainNumber(cell);
  const number = Number(plain);
  return new Decimal(plain).sd(true) <= 15 && Number.isFinite(number) ? number : neutralizeFormula(plain);
}

function columnWidths(tables: readonly Table[]): number[] {
  const widths: number[] = [];
  for (const table of tables) {
    table.columns.forEach((column, index) => {
      let width = Math.min(displayWidth(headerText(column, table.locale)), maximumHeaderWidth);
      for (const row of table.rows) width = Math.max(width, displayWidth(row.cells[index]?.text ?? ''));
      widths[index] = Math.max(widths[index] ?? 0, Math.min(width, maximumTextWidth));
    });
  }
  return widths.map((width) => Math.max(8, width + 2));
}

function writeTable(sheet: ExcelJS.Worksheet, table: Table, start: number): number {
  let rowNumber = start;
  const captionCell = sheet.getRow(rowNumber).getCell(1);
  captionCell.value = neutralizeFormula(table.caption);
  captionCell.font = { bold: true, size: 12 };
  rowNumber += 1;
  const header = sheet.getRow(rowNumber);
  table.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = neutralizeFormula(headerText(column, table.locale));
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: headerFill } };
    cell.alignment = { horizontal: column.align, vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const row of table.rows) {
    rowNumber += 1;
    const sheetRow = sheet.getRow(rowNumber);
    row.cells.forEach((cell, index) => {
      const column = table.columns[index];
      const target = sheetRow.getCell(index + 1);
      const value = excelValueOf(cell);
      // an empty text stays an empty cell, not a cell holding ''
      if (value !== '') target.value = value;
      if (cell.kind === 'number' && typeof value === 'number') target.numFmt = numberFormatOf(cell);
      target.alignment = { horizontal: column?.align ?? 'left', vertical: 'top', wrapText: column?.kind === 'text' };
      const colour = cell.status === 'failed' ? failedColour : cell.status === 'missing' ? missingColour : undefined;
      if (row.summary || colour !== undefined) {
        target.font = {
          ...(row.summary ? { bold: true } : {}),
          ...(colour === undefined ? {} : { color: { argb: colour } }),
        };
      }
    });
  }
  for (const note of table.notes) {
    rowNumber += 1;
    const cell = sheet.getRow(rowNumber).getCell(1);
    cell.value = neutralizeFormula(note);
    cell.font = { italic: true, color: { argb: missingColour } };
  }
  return rowNumber;
}

/**
 * Writes tables to an Excel workbook with exceljs: one sheet per section (a table given on its own
 * gets its own sheet), named after the section's title (cut to Excel's 31 characters, made unique).
 * Each table is a caption row, a bold header row naming units, then its rows; tables of a section
 * follow one another with a blank row between. The first table's caption and header rows are
 * frozen (and its first column, when it heads the rows of a wide table), the first table gets an
 * auto-filter, and column widths follow the display width of the text (CJK counting two).
 *
 * Numbers are number cells, rounded to their published decimals, with a matching number format
 * (`#,##0.00`); a percentage stays a number in percent (92.88, formatted `0.00"%"`, or plain under a
 * `%` header), the same number the report prints and CSV holds, rather than Excel's 0.9288 shown
 * as a percent. Negative numbers stay numbers. Text is always a string cell — never a formula — and
 * text beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is also prefixed with `'` (see
 * `neutralizeFormula`), so the workbook stays inert even after Excel re-saves it as CSV; the
 * apostrophe is visible, the sign that the cell was neutralised. Failed cells are red, missing
 * values grey, summary rows bold.
 *
 * @param content - A table, a section, or a list of either (e.g. `evaluationTables(…)`).
 * @param options - A file to write; the workbook's date and author.
 * @returns The workbook as bytes (a Node.js `Buffer` in Node.js).
 * @throws {InvalidInputError} when a table is malformed, or exceljs cannot build the workbook.
 * @throws {InvalidOptionError} when an option is unknown or mistyped, or `file` cannot be written
 *   (the cause holds the system error).
 *
 * @example
 * ```ts
 * const bytes = await toXlsx(evaluationTables(evaluation), { file: 'evaluation.xlsx' });
 * bytes.length > 0; // true
 * ```
 */
export async function toXlsx(content: TableContent, options: ToXlsxOptions = {}): Promise<Uint8Array> {
  checkOptions(options, { file: 'string', date: 'object', creator: 'string' });
  if (options.date !== undefined && !(options.date instanceof Date && Number.isFinite(options.date.getTime()))) {
    throw new InvalidOptionError({
      path: ['options', 'date'],
      messageZh: 'date 应为有效的 Date',
      messageEn: 'date must be a valid Date.',
    });
  }
  const sections = checkContent(content);
  const date = options.date ?? new Date();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? 'edukpi';
  workbook.created = date;
  workbook.modified = date;
  const used = new Set<string>();
  for (const section of sections) {
    const first = section.tables[0];
    const name = sheetNameOf(section.title ?? first?.caption ?? section.id, used);
    const wide = first !== undefined && first.columns[0]?.rowHeader === true && first.columns.length > 6;
    const sheet = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: wide ? 1 : 0, ySplit: first === undefined ? 0 : 2 }],
    });
    columnWidths(section.tables).forEach((width, index) => {
      sheet.getColumn(index + 1).width = width;
    });
    let rowNumber = 1;
    section.tables.forEach((table, index) => {
      if (index === 0 && table.rows.length > 0) {
        sheet.autoFilter = {
          from: { row: 2, column: 1 },
          to: { row: 2 + table.rows.length, column: table.columns.length },
        };
      }
      rowNumber = writeTable(sheet, table, rowNumber) + 2;
    });
  }
  let bytes: Uint8Array;
  try {
    const buffer = await workbook.xlsx.writeBuffer();
    bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  } catch (cause) {
    throw new EdukpiError({
      code: 'invalid_input',
      path: ['content'],
      messageZh: `无法生成工作簿:${cause instanceof Error ? cause.message : String(cause)}`,
      messageEn: `The workbook could not be built: ${cause instanceof Error ? cause.message : String(cause)}`,
      cause,
    });
  }
  if (options.file !== undefined) {
    try {
      // Imported only when a file is asked for, and by a name bundlers do not follow, so the
      // package still bundles for browsers (which pass no `file`).
      const fileSystem = 'node:fs/promises';
      const { writeFile } = (await import(/* webpackIgnore: true */ /* @vite-ignore */ fileSystem)) as {
        writeFile: (path: string, data: Uint8Array) => Promise<void>;
      };
      await writeFile(options.file, bytes);
    } catch (cause) {
      throw new InvalidOptionError({
        path: ['options', 'file'],
        messageZh: `无法写入文件 ${options.file}:${cause instanceof Error ? cause.message : String(cause)}`,
        messageEn: `Could not write ${options.file}: ${cause instanceof Error ? cause.message : String(cause)}`,
        cause,
      });
    }
  }
  return bytes;
}
