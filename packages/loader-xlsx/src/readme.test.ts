import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineTableSpec } from '@edukpi/core';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { requiredPathsSchema } from './_test/row-schema';
import { loadXlsx } from './load-xlsx';

/** The README's example, on the workbook it draws; the schema stands in for its zod schema. */
it('does what the README says', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.mergeCells('A1:C1');
  sheet.getCell('A1').value = '2023年小学基本情况';
  sheet.mergeCells('A2:A3');
  sheet.getCell('A2').value = '学校名称';
  sheet.mergeCells('B2:C2');
  sheet.getCell('B2').value = '小学';
  sheet.getRow(3).values = [null, '在校生数', '班数'];
  sheet.getRow(4).values = ['城关第一小学', 1200, 24];
  sheet.getRow(5).values = ['河西小学', '三百', 9];
  sheet.getRow(6).values = ['合计', { formula: 'SUM(B4:B5)', result: 1200 }, { formula: 'SUM(C4:C5)', result: 33 }];
  const directory = await mkdtemp(join(tmpdir(), 'edukpi-readme-'));
  const path = join(directory, '2023事业统计.xlsx');
  await workbook.xlsx.writeFile(path);

  const schoolSpec = defineTableSpec({
    name: 'school',
    label: { zh: '学校', en: 'school' },
    fields: [
      { name: 'name', label: { zh: '学校名称', en: 'school name' }, kind: 'text', required: true },
      {
        name: 'primary.students',
        label: { zh: '小学在校生数', en: 'primary students' },
        kind: 'count',
        required: true,
      },
      { name: 'primary.classes', label: { zh: '小学班数', en: 'primary classes' }, kind: 'count', required: true },
    ],
    schema: requiredPathsSchema<{ name: string; primary: { students: number; classes: number } }>([
      'name',
      'primary.students',
      'primary.classes',
    ]),
  });

  try {
    const result = await loadXlsx({ source: path, spec: schoolSpec });
    expect(result.rows).toEqual([{ name: '城关第一小学', primary: { students: 1200, classes: 24 } }]);
    expect(result.rejections).toEqual([
      {
        sheet: 'Sheet1',
        row: 5,
        column: '小学 / 在校生数',
        columnIndex: 1,
        field: 'primary.students',
        value: '三百',
        reason: {
          zh: '小学在校生数应为数字,「三百」不是数字',
          en: 'primary students must be a number; "三百" is not one.',
        },
        code: 'not_a_number',
      },
    ]);
    expect(result.counts).toEqual({ read: 6, accepted: 1, rejected: 1, skipped: 4 });
    expect(result.skipped.map((row) => row.kind)).toEqual(['title', 'header', 'header', 'totals']);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});
