import { defineTableSpec, InvalidOptionError, type LoadResult, MissingColumnsError } from '@edukpi/core';
import ExcelJS from 'exceljs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  addBureauSheet,
  buildBureauWorkbook,
  goodRows,
  goodSchools,
  type SchoolRow,
  schoolSpec,
  workbookBytes,
} from './_test/bureau-workbook';
import { loadXlsx } from './load-xlsx';

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, none was thrown');
}

function reconciles(result: LoadResult<unknown>): boolean {
  const { read, accepted, rejected, skipped } = result.counts;
  return read === accepted + rejected + skipped;
}

describe('loadXlsx on a 事业统计-shaped workbook', () => {
  it('finds the 基础表 behind the 填报说明 sheet and loads exactly the expected schools', async () => {
    const result = await loadXlsx({ source: await buildBureauWorkbook(), spec: schoolSpec });
    expect(result.rows).toEqual(goodSchools);
    expect(result.rejections).toEqual([]);
    expect(result.counts).toEqual({ read: 8, accepted: 3, rejected: 0, skipped: 5 });
    expect(result.skipped.map(({ row, kind }) => [row, kind])).toEqual([
      [1, 'title'],
      [2, 'title'],
      [3, 'header'],
      [4, 'header'],
      [8, 'totals'],
    ]);
    expect(result.skipped[4]?.note.zh).toBe('「合计」是合计行,不计入明细');
    expect(result.warnings.map((warning) => warning.en)).toEqual([
      'Read the sheet "基础表": the first sheet holding the required columns of the school table; "填报说明" before it lacks the required columns. Choose another with the sheet option.',
      'Hidden sheets were not read: "代码表"; name them in the sheet or sheets option to read them.',
    ]);
  });

  it('flattens the two-row header through its merged group cells and counts a header merged down once', async () => {
    const result = await loadXlsx({ source: await buildBureauWorkbook(), spec: schoolSpec });
    expect(result.columns.map(({ header, field }) => [header, field])).toEqual([
      ['乡镇', 'township'],
      ['学校名称', 'name'],
      ['学校类型', 'type'],
      ['小学 / 在校生数', 'primary.students'],
      ['小学 / 班数', 'primary.classes'],
      ['初中 / 在校生数', 'junior.students'],
      ['初中 / 班数', 'junior.classes'],
      ['公用经费(万元)', 'funds'],
    ]);
  });

  it('reads a sheet chosen by name or by 0-based position', async () => {
    const bytes = await buildBureauWorkbook();
    const byName = await loadXlsx({ source: bytes, spec: schoolSpec, options: { sheet: '第二学区' } });
    const byIndex = await loadXlsx({ source: bytes, spec: schoolSpec, options: { sheet: 2 } });
    const loose = await loadXlsx({ source: bytes, spec: schoolSpec, options: { sheet: ' 第二学区 ' } });
    for (const result of [byName, byIndex, loose]) {
      expect(result.rows.map((row) => row.name)).toEqual(['东乡小学', '东乡中学']);
      expect(result.warnings).toEqual([]);
    }
    expect(byName.rows[1]?.funds).toBe('12.25');
  });

  it("loads every visible sheet of the same layout with sheets: 'all', naming each row's sheet", async () => {
    const result = await loadXlsx({
      source: await buildBureauWorkbook(),
      spec: schoolSpec,
      options: { sheets: 'all' },
    });
    expect(result.rows.map((row) => row.name)).toEqual([
      '城关第一小学',
      '城关中学',
      '河西九年一贯制学校',
      '东乡小学',
      '东乡中学',
    ]);
    // 填报说明 (2 rows, no table) + 基础表 (8) + 第二学区 (7).
    expect(result.counts).toEqual({ read: 17, accepted: 5, rejected: 0, skipped: 12 });
    expect(result.skipped.filter((row) => row.kind === 'sheet').map((row) => [row.sheet, row.row])).toEqual([
      ['填报说明', 1],
      ['填报说明', 2],
    ]);
    expect(result.warnings.map((warning) => warning.en)).toEqual([
      'Hidden sheets were not read: "代码表"; name them in the sheet or sheets option to read them.',
      '"填报说明" holds no column of the school table; the sheet was not read.',
    ]);
  });

  it('loads a list of sheets, by name and position, once each', async () => {
    const result = await loadXlsx({
      source: await buildBureauWorkbook(),
      spec: schoolSpec,
      options: { sheets: ['第二学区', 1, '基础表'] },
    });
    expect(result.rows.map((row) => row.name)).toEqual([
      '东乡小学',
      '东乡中学',
      '城关第一小学',
      '城关中学',
      '河西九年一贯制学校',
    ]);
    expect(reconciles(result)).toBe(true);
  });

  it('refuses an unknown sheet, listing the sheets there are', async () => {
    const error = await caught(
      loadXlsx({ source: await buildBureauWorkbook(), spec: schoolSpec, options: { sheet: '第三学区' } }),
    );
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionError).messageEn).toBe(
      'The workbook has no sheet "第三学区"; its sheets (numbered from 0) are: 0: 填报说明, 1: 基础表, 2: 第二学区, 3: 代码表.',
    );
    expect((error as InvalidOptionError).path).toEqual(['options', 'sheet']);
    const both = await caught(
      loadXlsx({ source: await buildBureauWorkbook(), spec: schoolSpec, options: { sheet: 1, sheets: 'all' } }),
    );
    expect((both as InvalidOptionError).messageEn).toBe('give either sheet or sheets, not both.');
  });

  it('throws the missing columns of the closest sheet when no sheet holds the table', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').getCell('A1').value = '说明';
    const partial = workbook.addWorksheet('基础表');
    partial.getRow(1).values = ['学校名称', '学校类型', '小学在校生数', '小学班数'];
    partial.getRow(2).values = ['一小', '小学', 10, 1];
    const error = await caught(loadXlsx({ source: await workbookBytes(workbook), spec: schoolSpec }));
    expect(MissingColumnsError.isInstance(error)).toBe(true);
    expect((error as MissingColumnsError).sheet).toBe('基础表');
    expect((error as MissingColumnsError).missing.map((column) => column.field)).toEqual([
      'junior.students',
      'junior.classes',
    ]);
  });
});

describe('loadXlsx cells', () => {
  /** A sheet with every kind of bad cell, one per row from row 5, a good row, and a hidden row. */
  async function badCellsWorkbook(): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    addBureauSheet(
      workbook,
      '基础表',
      [
        ['东岭镇', '东岭小学', '小学', '三百', 10, 0, 0],
        ['东岭镇', '西岭小学', '小学', -5, 10, 0, 0],
        ['东岭镇', '南岭小学', '小学', 12.5, 10, 0, 0],
        ['东岭镇', '北岭小学', '小学', { formula: 'D7/0', result: { error: '#DIV/0!' } }, 10, 0, 0],
        ['东岭镇', '中岭小学', '小学', { formula: 'D5*2' }, 10, 0, 0],
        ['东岭镇', '大岭学校', '大学', 100, 10, 0, 0],
        ['东岭镇', '小岭小学', '小学', { error: '#N/A' }, 10, 0, 0],
        ['东岭镇', '高岭小学', '小学', '350人', 10, 0, 0, '1.2万'],
        ['东岭镇', '低岭小学', '小学', null, 10, 0, 0],
        ['东岭镇', '好岭小学', '小学', '1,234', '１２', 0, 0, '8.50'],
      ],
      { hiddenRows: [14] },
    );
    return workbookBytes(workbook);
  }

  it('reports every bad cell with its sheet, row, column, raw value and a reason in both languages', async () => {
    const result = await loadXlsx({ source: await badCellsWorkbook(), spec: schoolSpec });
    expect(result.rows).toEqual([
      {
        township: '东岭镇',
        name: '好岭小学',
        type: 'primary',
        primary: { students: 1234, classes: 12 },
        junior: { students: 0, classes: 0 },
        funds: '8.5',
      },
    ]);
    expect(result.rejections.map(({ row, column, value, code }) => [row, column, value, code])).toEqual([
      [5, '小学 / 在校生数', '三百', 'not_a_number'],
      [6, '小学 / 在校生数', '-5', 'negative'],
      [7, '小学 / 在校生数', '12.5', 'not_a_whole_number'],
      [8, '小学 / 在校生数', '#DIV/0!', 'formula_error'],
      [9, '小学 / 在校生数', '', 'formula_error'],
      [10, '学校类型', '大学', 'unknown_value'],
      [11, '小学 / 在校生数', '#N/A', 'formula_error'],
      [12, '小学 / 在校生数', '350人', 'unit_not_allowed'],
      [12, '公用经费(万元)', '1.2万', 'scale_not_allowed'],
      [13, '小学 / 在校生数', '', 'missing_value'],
    ]);
    expect(result.rejections.every((rejection) => rejection.sheet === '基础表')).toBe(true);
    expect(result.rejections[3]?.reason).toEqual({
      zh: '单元格是公式错误「#DIV/0!」;请在 Excel 中修正公式或填入数值',
      en: 'the cell holds the formula error "#DIV/0!"; fix the formula in Excel or enter the value.',
    });
    expect(result.counts).toEqual({ read: 15, accepted: 1, rejected: 9, skipped: 5 });
    expect(result.warnings.map((warning) => warning.en)).toEqual([
      'Row 14 of "基础表" is hidden in Excel; it was read like any other row.',
    ]);
  });

  it('rejects a formula without a cached result saying so, and never shows the formula text', async () => {
    const result = await loadXlsx({ source: await badCellsWorkbook(), spec: schoolSpec });
    const uncached = result.rejections.find((rejection) => rejection.row === 9);
    expect(uncached?.reason.zh).toBe(
      '单元格是公式,但工作簿中没有保存它的计算结果(文件可能由程序生成、未经 Excel 重新计算);请在 Excel 中打开、重新计算并保存后再读取',
    );
    expect(JSON.stringify(result)).not.toContain('D5*2');
  });

  it('rejects an uncached formula in an optional or text column too, and skips a totals row of them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addBureauSheet(
      workbook,
      '基础表',
      [
        ['东岭镇', '东岭小学', '小学', 100, 4, 0, 0, { formula: 'D5/100' }],
        ['东岭镇', { formula: 'CONCAT("西岭","小学")' }, '小学', 200, 6, 0, 0, null],
        ['东岭镇', '南岭小学', '小学', 300, 8, 0, 0, 1.5],
      ],
      { totals: false },
    );
    sheet.getCell('A8').value = '合计';
    for (const column of ['D', 'E', 'F', 'G'])
      sheet.getCell(`${column}8`).value = { formula: `SUM(${column}5:${column}7)` };
    const result = await loadXlsx({ source: await workbookBytes(workbook), spec: schoolSpec });
    const reason = {
      zh: '单元格是公式,但工作簿中没有保存它的计算结果(文件可能由程序生成、未经 Excel 重新计算);请在 Excel 中打开、重新计算并保存后再读取',
      en: 'the cell holds a formula whose result was never saved in the workbook (the file was probably written by a program and not recalculated in Excel); open it in Excel, recalculate, save it and load it again.',
    };
    expect(result.rejections).toEqual([
      {
        sheet: '基础表',
        row: 5,
        column: '公用经费(万元)',
        columnIndex: 7,
        field: 'funds',
        value: '',
        reason,
        code: 'formula_error',
      },
      {
        sheet: '基础表',
        row: 6,
        column: '学校名称',
        columnIndex: 1,
        field: 'name',
        value: '',
        reason,
        code: 'formula_error',
      },
    ]);
    expect(result.rows.map((row) => row.name)).toEqual(['南岭小学']);
    expect(result.skipped.map(({ row, kind }) => [row, kind])).toContainEqual([8, 'totals']);
    expect(result.counts).toEqual({ read: 8, accepted: 1, rejected: 2, skipped: 5 });
    expect(JSON.stringify(result)).not.toMatch(/CONCAT|D5\/100|#UNKNOWN!/);
  });

  it('repeats merged text down its rows but counts a merged number once, with a warning', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = addBureauSheet(
      workbook,
      '基础表',
      [
        ['南山镇', '南山一小', '小学', 100, 4, 0, 0],
        [null, '南山二小', '小学', 200, 6, 0, 0],
        [null, '南山三小', '小学', 300, 8, 0, 0],
      ],
      { mergeTownships: [[5, 7]], totals: false },
    );
    sheet.mergeCells('F5:F6');
    sheet.getCell('F5').value = 40;
    const result = await loadXlsx({ source: await workbookBytes(workbook), spec: schoolSpec });
    expect(result.rows.map((row) => [row.township, row.name, row.junior.students])).toEqual([
      ['南山镇', '南山一小', 40],
      ['南山镇', '南山三小', 0],
    ]);
    // The second cell of the merged 40 is blank, so the required count is reported, never copied.
    expect(result.rejections.map(({ row, column, code }) => [row, column, code])).toEqual([
      [6, '初中 / 在校生数', 'missing_value'],
    ]);
    expect(result.warnings.map((warning) => warning.zh)).toEqual([
      '「基础表」F5:F6 是合并单元格,其中的数值只计入左上角的 F5,合并范围内的其他单元格按空白处理',
    ]);
  });

  it('reads dates, booleans, hyperlinks and shared formulas by value', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getRow(1).values = [
      '学校名称',
      '学校类型',
      '小学在校生数',
      '小学班数',
      '初中在校生数',
      '初中班数',
      '公用经费(万元)',
    ];
    sheet.getRow(2).values = [
      { text: '链接小学', hyperlink: 'https://example.org' },
      '小学',
      5,
      new Date(Date.UTC(2023, 8, 1)),
      true,
      0,
      0,
    ];
    sheet.getRow(3).values = [
      '公式小学',
      '小学',
      { formula: '3+4', result: 7 },
      1,
      0,
      0,
      { formula: '1/3', result: 1 / 3 },
    ];
    sheet.getRow(4).values = ['共享公式小学', '小学', { sharedFormula: 'C3', result: 7 }, 2, 0, 0];
    const result = await loadXlsx({ source: await workbookBytes(workbook), spec: schoolSpec });
    expect(result.rows).toEqual([
      {
        name: '公式小学',
        type: 'primary',
        primary: { students: 7, classes: 1 },
        junior: { students: 0, classes: 0 },
        funds: '0.3333333333333333',
      },
      {
        name: '共享公式小学',
        type: 'primary',
        primary: { students: 7, classes: 2 },
        junior: { students: 0, classes: 0 },
      },
    ]);
    // Row 2: a date where a count belongs, a boolean where a count belongs.
    expect(result.rejections.map(({ row, column, value, code }) => [row, column, value, code])).toEqual([
      [2, '小学班数', '2023-09-01', 'not_a_number'],
      [2, '初中在校生数', 'true', 'not_a_number'],
    ]);
  });

  it('keeps row numbers through blank rows, skipping them as blank, and ignores trailing formatted rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getRow(1).values = ['学校名称', '学校类型', '小学在校生数', '小学班数', '初中在校生数', '初中班数'];
    sheet.getRow(2).values = ['一小', '小学', 10, 1, 0, 0];
    sheet.getRow(5).values = ['二小', '小学', 'x', 1, 0, 0];
    sheet.getRow(40).getCell(1).style = { font: { bold: true } };
    const result = await loadXlsx({ source: await workbookBytes(workbook), spec: schoolSpec });
    expect(result.counts).toEqual({ read: 5, accepted: 1, rejected: 1, skipped: 3 });
    expect(result.skipped.map(({ row, kind }) => [row, kind])).toEqual([
      [1, 'header'],
      [3, 'blank'],
      [4, 'blank'],
    ]);
    expect(result.rejections[0]?.row).toBe(5);
  });

  it('passes the builder options through (mapping, onRow, onProgress) and refuses malformed limits', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getRow(1).values = ['校名', '学校类型', '小学在校生数', '小学班数', '初中在校生数', '初中班数'];
    sheet.getRow(2).values = ['一小', '小学', 10, 1, 0, 0];
    const seen: [string, number, string][] = [];
    const progress: number[] = [];
    const result = await loadXlsx({
      source: await workbookBytes(workbook),
      spec: schoolSpec,
      options: {
        mapping: { 校名: 'name' },
        onRow: (row: SchoolRow, source) => {
          seen.push([source.sheet, source.row, row.name]);
        },
        onProgress: (update) => progress.push(update.rows),
      },
    });
    expect(seen).toEqual([['Sheet1', 2, '一小']]);
    expect(result.rows).toEqual([]);
    expect(progress).toEqual([2]);
    const error = await caught(
      loadXlsx({ source: await workbookBytes(workbook), spec: schoolSpec, options: { maxBytes: -1 } }),
    );
    expect((error as InvalidOptionError).messageEn).toBe('maxBytes must be a positive number (got -1).');
  });

  it('never lets a header such as __proto__ or constructor touch an object prototype', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getRow(1).values = [
      '__proto__',
      'constructor',
      '学校名称',
      '学校类型',
      '小学在校生数',
      '小学班数',
      '初中在校生数',
      '初中班数',
      'prototype',
    ];
    sheet.getRow(2).values = ['{"polluted":true}', 'x', '一小', '小学', 10, 1, 0, 0, 'y'];
    const result = await loadXlsx({
      source: await workbookBytes(workbook),
      spec: schoolSpec,
      options: { mapping: { __proto__: null, constructor: null } as never },
    });
    expect(result.rows).toEqual([
      { name: '一小', type: 'primary', primary: { students: 10, classes: 1 }, junior: { students: 0, classes: 0 } },
    ]);
    expect(Object.getPrototypeOf(result.rows[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.columns.slice(0, 2).map((column) => [column.header, column.field])).toEqual([
      ['__proto__', null],
      ['constructor', null],
    ]);
  });
});

it('loads the same workbook from a path and from its bytes', async () => {
  const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const directory = await mkdtemp(join(tmpdir(), 'edukpi-xlsx-'));
  try {
    const bytes = await buildBureauWorkbook();
    const path = join(directory, '2023事业统计.xlsx');
    await writeFile(path, bytes);
    const fromPath = await loadXlsx({ source: path, spec: schoolSpec });
    const fromBuffer = await loadXlsx({ source: Buffer.from(bytes), spec: schoolSpec });
    expect(fromPath.rows).toEqual(goodSchools);
    expect(fromBuffer).toEqual(fromPath);
    expect(goodRows).toHaveLength(3);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});

describe('loadXlsx options', () => {
  it('refuses a misspelt option before opening the workbook, listing its own options and those of buildTable', async () => {
    const error = await caught(
      loadXlsx({ source: '/no/such/workbook.xlsx', spec: schoolSpec, options: { sheeet: 1 } as never }),
    );
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionError).path).toEqual(['options', 'sheeet']);
    expect((error as InvalidOptionError).messageEn).toBe(
      'unknown option sheeet; the options are: sheet, sheets, maxBytes, maxUncompressedBytes, maxCompressionRatio, maxEntries, mapping, headerRows, headerSearchRows, onRow, keepRows, reportLimit, onProgress, progressInterval, signal.',
    );
  });
});

describe('loadXlsx with a zod schema', () => {
  it('validates each row with the zod schema and reports its findings by column', async () => {
    const spec = defineTableSpec({
      name: 'school',
      label: { zh: '学校', en: 'school' },
      fields: [
        { name: 'name', label: { zh: '学校名称', en: 'school name' }, kind: 'text', required: true },
        { name: 'students', label: { zh: '在校生数', en: 'students' }, kind: 'count', required: true },
        { name: 'classes', label: { zh: '班级数', en: 'classes' }, kind: 'count', required: true },
      ],
      schema: z
        .object({ name: z.string().min(1), students: z.number().int().min(0), classes: z.number().int().max(200) })
        .refine((row) => row.classes <= row.students, { path: ['classes'], message: 'more classes than students' }),
    });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRows([
      ['学校名称', '在校生数', '班级数'],
      ['阳光小学', 1234, { formula: '20+8', result: 28 }],
      ['希望小学', 12, 300],
      ['育才小学', 5, 6],
    ]);
    const result = await loadXlsx({ source: await workbookBytes(workbook), spec });
    expectTypeOf(result.rows).toEqualTypeOf<{ name: string; students: number; classes: number }[]>();
    expect(result.rows).toEqual([{ name: '阳光小学', students: 1234, classes: 28 }]);
    expect(
      result.rejections.map(({ row, column, value, code, reason }) => [row, column, value, code, reason.en]),
    ).toEqual([
      [3, '班级数', '300', 'invalid_value', 'classes must be ≤ 200 (got 300).'],
      [3, '班级数', '300', 'invalid_value', 'more classes than students'],
      [4, '班级数', '6', 'invalid_value', 'more classes than students'],
    ]);
    expect(result.counts).toEqual({ read: 4, accepted: 1, rejected: 2, skipped: 1 });
  });
});
