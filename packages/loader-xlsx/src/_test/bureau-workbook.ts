import { defineTableSpec } from '@edukpi/core';
import ExcelJS from 'exceljs';
import { requiredPathsSchema } from './row-schema';

/** A school row as loaded. */
export interface SchoolRow {
  readonly township?: string;
  readonly name: string;
  readonly type: 'primary' | 'junior' | 'nine_year';
  readonly primary: { readonly students: number; readonly classes: number };
  readonly junior: { readonly students: number; readonly classes: number };
  readonly funds?: string;
}

/** The table the fixtures are loaded into: a school's primary and junior enrolment and classes, and its funds. */
export const schoolSpec = defineTableSpec({
  name: 'school',
  label: { zh: '学校', en: 'school' },
  fields: [
    { name: 'township', label: { zh: '乡镇', en: 'township' }, kind: 'text' },
    { name: 'name', label: { zh: '学校名称', en: 'school name' }, kind: 'text', required: true },
    {
      name: 'type',
      label: { zh: '学校类型', en: 'school type' },
      kind: 'enum',
      values: { primary: ['小学'], junior: ['初中'], nine_year: ['九年一贯制'] },
      required: true,
    },
    { name: 'primary.students', label: { zh: '小学在校生数', en: 'primary students' }, kind: 'count', required: true },
    { name: 'primary.classes', label: { zh: '小学班数', en: 'primary classes' }, kind: 'count', required: true },
    { name: 'junior.students', label: { zh: '初中在校生数', en: 'junior students' }, kind: 'count', required: true },
    { name: 'junior.classes', label: { zh: '初中班数', en: 'junior classes' }, kind: 'count', required: true },
    { name: 'funds', label: { zh: '公用经费(万元)', en: 'operating funds' }, kind: 'money', allowScale: false },
  ],
  schema: requiredPathsSchema<SchoolRow>([
    'name',
    'type',
    'primary.students',
    'primary.classes',
    'junior.students',
    'junior.classes',
  ]),
});

/** One school row of a fixture sheet, columns A–H; a cell may be any exceljs value (formula, error, rich text). */
export type FixtureRow = readonly ExcelJS.CellValue[];

/** Options of {@link addBureauSheet}. */
export interface BureauSheetOptions {
  /** Add a 合计 row of SUM formulas (with cached results) under the schools. Defaults to true. */
  readonly totals?: boolean;
  /** Ranges of rows whose 乡镇 cells are merged down, e.g. `[[5, 6]]`. */
  readonly mergeTownships?: readonly (readonly [from: number, to: number])[];
  /** Rows to hide. */
  readonly hiddenRows?: readonly number[];
}

/**
 * Writes a sheet shaped like a 事业统计 export: a title merged across A1:H1, a unit line (row
 * 2), a two-row header (rows 3–4) with 乡镇, 学校名称, 学校类型 and 公用经费 merged down and the
 * group cells 小学 (D3:E3) and 初中 (F3:G3) merged across, the school rows from row 5, then a
 * 合计 row whose cells are SUM formulas with cached results.
 */
export function addBureauSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  rows: readonly FixtureRow[],
  options: BureauSheetOptions = {},
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.mergeCells('A1:H1');
  sheet.getCell('A1').value = '2023年某县中小学校基本情况(事业统计)';
  sheet.getCell('A2').value = '单位:人、个、万元';
  for (const [column, text] of [
    ['A', '乡镇'],
    ['B', '学校名称'],
    ['C', '学校类型'],
    ['H', '公用经费(万元)'],
  ] as const) {
    sheet.mergeCells(`${column}3:${column}4`);
    sheet.getCell(`${column}3`).value = text;
  }
  sheet.mergeCells('D3:E3');
  sheet.getCell('D3').value = '小学';
  sheet.mergeCells('F3:G3');
  sheet.getCell('F3').value = '初中';
  sheet.getCell('D4').value = '在校生数';
  sheet.getCell('E4').value = '班数';
  sheet.getCell('F4').value = '在校生数';
  sheet.getCell('G4').value = '班数';
  rows.forEach((row, index) => {
    row.forEach((value, column) => {
      if (value !== null && value !== undefined) sheet.getCell(5 + index, column + 1).value = value;
    });
  });
  for (const [from, to] of options.mergeTownships ?? []) sheet.mergeCells(`A${from}:A${to}`);
  for (const row of options.hiddenRows ?? []) sheet.getRow(row).hidden = true;
  if (options.totals !== false) {
    const totalsRow = 5 + rows.length;
    sheet.getCell(`A${totalsRow}`).value = '合计';
    ['D', 'E', 'F', 'G'].forEach((column, offset) => {
      const sum = rows.reduce((total, row) => total + numberOf(row[3 + offset]), 0);
      sheet.getCell(`${column}${totalsRow}`).value = {
        formula: `SUM(${column}5:${column}${totalsRow - 1})`,
        result: sum,
      };
    });
  }
  return sheet;
}

function numberOf(value: ExcelJS.CellValue | undefined): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && value !== null && 'result' in value && typeof value.result === 'number') {
    return value.result;
  }
  return 0;
}

/** The bytes of a workbook, as the statistics system would hand them over. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Three good schools (rows 5–7); 城关镇 is meant to be merged down A5:A6. */
export const goodRows: readonly FixtureRow[] = [
  ['城关镇', '城关第一小学', '小学', 1200, 24, 0, 0, 35.5],
  [null, '城关中学', '初中', 0, 0, 980, 20, { formula: '20+22.8', result: 42.8 }],
  [
    '河西乡',
    { richText: [{ text: '河西' }, { text: '九年一贯制学校' }] },
    '九年一贯制',
    310,
    9,
    { formula: 'D7/2', result: 155 },
    6,
    null,
  ],
];

/** The rows {@link goodRows} load into. */
export const goodSchools: readonly SchoolRow[] = [
  {
    township: '城关镇',
    name: '城关第一小学',
    type: 'primary',
    primary: { students: 1200, classes: 24 },
    junior: { students: 0, classes: 0 },
    funds: '35.5',
  },
  {
    township: '城关镇',
    name: '城关中学',
    type: 'junior',
    primary: { students: 0, classes: 0 },
    junior: { students: 980, classes: 20 },
    funds: '42.8',
  },
  {
    township: '河西乡',
    name: '河西九年一贯制学校',
    type: 'nine_year',
    primary: { students: 310, classes: 9 },
    junior: { students: 155, classes: 6 },
  },
];

/**
 * Last year's 事业统计 export: a 填报说明 sheet first (no table in it), the 基础表 with the
 * good schools, a 第二学区 sheet of the same layout, and a hidden 代码表.
 */
export async function buildBureauWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('填报说明');
  notes.getCell('A1').value = '本表由教育事业统计系统导出';
  notes.getCell('A2').value = '填报口径:在校生数含随班就读学生';
  addBureauSheet(workbook, '基础表', goodRows, { mergeTownships: [[5, 6]] });
  addBureauSheet(workbook, '第二学区', [
    ['东乡', '东乡小学', '小学', 420, 12, 0, 0, 8],
    ['东乡', '东乡中学', '初中', 0, 0, 388, 9, 12.25],
  ]);
  const codes = workbook.addWorksheet('代码表', { state: 'hidden' });
  codes.getCell('A1').value = '学校类型代码';
  return workbookBytes(workbook);
}
