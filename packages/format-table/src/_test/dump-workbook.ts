import ExcelJS from 'exceljs';

function describeValue(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Number) return `number ${String(cell.value)}`;
  if (cell.type === ExcelJS.ValueType.String) return `string ${JSON.stringify(cell.value)}`;
  if (cell.type === ExcelJS.ValueType.Formula) return `FORMULA ${JSON.stringify(cell.formula)}`;
  return `${ExcelJS.ValueType[cell.type] ?? cell.type} ${JSON.stringify(cell.value)}`;
}

/**
 * A workbook as text, for golden files and diffs: each sheet's name, frozen panes, auto-filter and
 * column widths, then every non-empty cell with its type, value, number format and font.
 */
export async function dumpWorkbook(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    const view = sheet.views[0];
    lines.push(
      `# sheet ${JSON.stringify(sheet.name)}`,
      `frozen: ${view?.state === 'frozen' ? `xSplit ${view.xSplit ?? 0}, ySplit ${view.ySplit ?? 0}` : 'no'}`,
      `auto-filter: ${typeof sheet.autoFilter === 'string' ? sheet.autoFilter : JSON.stringify(sheet.autoFilter ?? null)}`,
      `widths: ${(sheet.columns ?? []).map((column) => column.width ?? '-').join(' ')}`,
    );
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const format = cell.numFmt === undefined ? '' : ` [${cell.numFmt}]`;
        const font = [
          cell.font?.bold === true ? 'bold' : '',
          cell.font?.italic === true ? 'italic' : '',
          cell.font?.color?.argb === undefined ? '' : `#${cell.font.color.argb}`,
        ]
          .filter((part) => part !== '')
          .join(' ');
        lines.push(`${cell.address} ${describeValue(cell)}${format}${font === '' ? '' : ` {${font}}`}`);
      });
    });
    lines.push('');
  });
  return lines.join('\n');
}
