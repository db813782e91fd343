import { type BilingualText, cellProblem, type RawCell, type RawRow, type RawSheet } from '@edukpi/core';
import type { Cell, Worksheet } from 'exceljs';
import { readCellValue } from './read-cell-value';

/** What a formula cell without a cached result is handed to the table builder as: a problem cell, never the formula text. */
const uncachedFormula = cellProblem(
  '',
  {
    zh: '单元格是公式,但工作簿中没有保存它的计算结果(文件可能由程序生成、未经 Excel 重新计算);请在 Excel 中打开、重新计算并保存后再读取',
    en: 'the cell holds a formula whose result was never saved in the workbook (the file was probably written by a program and not recalculated in Excel); open it in Excel, recalculate, save it and load it again.',
  },
  { code: 'formula_error' },
);

const columnLetters = (index: number): string => {
  let letters = '';
  let rest = index;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
};

/**
 * Reads a worksheet into raw rows, from row 1 to the last row holding a value, so row numbers
 * are the sheet's own and blank rows in between are counted (and skipped) rather than lost.
 *
 * - Merged cells: a merged cell's text fills its whole range, so a group header over merged
 *   columns (小学 over 在校生数, 班级数) flattens to `小学 / 在校生数`, a header merged down two rows
 *   counts once, and a label merged down several data rows (a township over its schools) is
 *   repeated on each row. A merged **number**, date or boolean stays in the range's top-left
 *   cell only, so a count is never added several times; each such range is listed in a warning.
 * - Formula cells give their cached result; an error result or error cell (`#DIV/0!`) gives the
 *   error text, which the builder rejects; a formula without a cached result gives a problem
 *   cell (`cellProblem`) that says to recalculate in Excel, and never the formula text.
 * - Hidden rows and columns are read like any other (Excel's own SUM counts them) and listed in
 *   the sheet's `warnings`, complete once the rows are read.
 */
export function readWorksheet(worksheet: Worksheet): RawSheet {
  const name = worksheet.name;
  const hiddenRows: number[] = [];
  const mergedValues = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  const lastRow = findLastRow(worksheet);

  function* rows(): Generator<RawRow> {
    for (let rowNumber = 1; rowNumber <= lastRow; rowNumber += 1) {
      const row = worksheet.findRow(rowNumber);
      if (row === undefined) {
        yield { row: rowNumber, cells: [] };
        continue;
      }
      if (row.hidden) hiddenRows.push(rowNumber);
      const cells: RawCell[] = [];
      row.eachCell((cell: Cell, columnNumber: number) => {
        const value = readCell(cell, rowNumber, columnNumber);
        if (value !== null) {
          while (cells.length < columnNumber - 1) cells.push(null);
          cells[columnNumber - 1] = value;
        }
      });
      yield { row: rowNumber, cells };
    }
  }

  function readCell(cell: Cell, rowNumber: number, columnNumber: number): RawCell {
    const master = cell.isMerged ? cell.master : cell;
    const reading = readCellValue(master.value);
    const isSlave = master !== cell;
    if (reading.kind === 'error') return reading.error;
    if (reading.kind === 'uncached_formula') return isSlave ? null : uncachedFormula;
    if (!isSlave || reading.value === null) return reading.value;
    if (typeof reading.value === 'string') return reading.value;
    const key = master.address;
    const range = mergedValues.get(key) ?? {
      top: Number(master.row),
      left: Number(master.col),
      bottom: Number(master.row),
      right: Number(master.col),
    };
    range.bottom = Math.max(range.bottom, rowNumber);
    range.right = Math.max(range.right, columnNumber);
    mergedValues.set(key, range);
    return null;
  }

  function warnings(): BilingualText[] {
    const list: BilingualText[] = [];
    if (hiddenRows.length > 0) {
      const spans = describeSpans(hiddenRows);
      const one = hiddenRows.length === 1;
      list.push({
        zh: `「${name}」第 ${spans} 行在 Excel 中是隐藏行,已照常读取`,
        en: `${one ? 'Row' : 'Rows'} ${spans} of "${name}" ${one ? 'is' : 'are'} hidden in Excel; ${one ? 'it was' : 'they were'} read like any other row.`,
      });
    }
    const hiddenColumns = findHiddenColumns(worksheet);
    if (hiddenColumns.length > 0) {
      const letters = hiddenColumns.map(columnLetters).join(', ');
      const one = hiddenColumns.length === 1;
      list.push({
        zh: `「${name}」的 ${letters} 列在 Excel 中是隐藏列,已照常读取`,
        en: `${one ? 'Column' : 'Columns'} ${letters} of "${name}" ${one ? 'is' : 'are'} hidden in Excel; ${one ? 'it was' : 'they were'} read like any other column.`,
      });
    }
    for (const [address, range] of mergedValues) {
      const span = `${address}:${columnLetters(range.right)}${range.bottom}`;
      list.push({
        zh: `「${name}」${span} 是合并单元格,其中的数值只计入左上角的 ${address},合并范围内的其他单元格按空白处理`,
        en: `${span} of "${name}" is a merged cell; its value counts once, in ${address}, and the other cells of the range are read as blank.`,
      });
    }
    return list;
  }

  return {
    name,
    rows: { [Symbol.iterator]: rows },
    get warnings() {
      return warnings();
    },
  };
}

/** The last row holding a non-empty cell; trailing rows that only carry formatting are not data. */
function findLastRow(worksheet: Worksheet): number {
  for (let rowNumber = worksheet.rowCount; rowNumber >= 1; rowNumber -= 1) {
    const row = worksheet.findRow(rowNumber);
    if (row?.hasValues) return rowNumber;
  }
  return 0;
}

function findHiddenColumns(worksheet: Worksheet): number[] {
  const hidden: number[] = [];
  const count = worksheet.columnCount;
  for (let index = 1; index <= count; index += 1) {
    if (worksheet.getColumn(index).hidden) hidden.push(index);
  }
  return hidden;
}

/** [5, 8, 9, 10] → '5、8–10'-style spans, written '5, 8–10'. */
function describeSpans(numbers: readonly number[]): string {
  const spans: string[] = [];
  let start = numbers[0]!;
  let previous = start;
  for (const current of [...numbers.slice(1), Number.NaN]) {
    if (current === previous + 1) {
      previous = current;
      continue;
    }
    spans.push(start === previous ? `${start}` : `${start}–${previous}`);
    start = current;
    previous = current;
  }
  return spans.join(', ');
}
