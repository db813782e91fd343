import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SchoolRow, schoolSpec, workbookBytes } from './_test/bureau-workbook';
import { loadXlsx } from './load-xlsx';

const header = [
  '乡镇',
  '学校名称',
  '学校类型',
  '小学在校生数',
  '小学班数',
  '初中在校生数',
  '初中班数',
  '公用经费(万元)',
];
const typeTexts = { primary: '小学', junior: '初中', nine_year: '九年一贯制' } as const;

const count = fc.integer({ min: 0, max: 2_000_000_000 });
const school: fc.Arbitrary<SchoolRow> = fc.record(
  {
    township: fc.stringMatching(/^[\u4e00-\u9fa5A-Za-z]{1,6}[镇乡]$/),
    // Names start with 第 and end with 校: never a 合计 line, a 注 note or a header.
    name: fc.stringMatching(/^第[\u4e00-\u9fa5A-Za-z0-9 ]{0,10}[\u4e00-\u9fa5A-Za-z0-9]校$/),
    type: fc.constantFrom('primary', 'junior', 'nine_year'),
    primary: fc.record({ students: count, classes: count }),
    junior: fc.record({ students: count, classes: count }),
    funds: fc.integer({ min: 0, max: 10_000_000_000 }).map((cents) => String(cents / 100)),
  },
  { requiredKeys: ['name', 'type', 'primary', 'junior'] },
);

describe('loadXlsx round trip', () => {
  it('writes a table to XLSX, loads it back and gets the same rows, blank rows skipped and counted', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(school, fc.boolean()), { maxLength: 25 }),
        fc.boolean(),
        async (entries, withTitle) => {
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet('基础表');
          let rowNumber = 1;
          if (withTitle) {
            sheet.getCell(rowNumber, 1).value = '2023年学校基本情况';
            rowNumber += 2;
          }
          sheet.getRow(rowNumber).values = header;
          let blanks = 0;
          for (const [row, blankAfter] of entries) {
            rowNumber += 1;
            sheet.getRow(rowNumber).values = [
              row.township ?? null,
              row.name,
              typeTexts[row.type],
              row.primary.students,
              row.primary.classes,
              row.junior.students,
              row.junior.classes,
              row.funds === undefined ? null : Number(row.funds),
            ];
            if (blankAfter) {
              rowNumber += 1;
              blanks += 1;
            }
          }
          const result = await loadXlsx({ source: await workbookBytes(workbook), spec: schoolSpec });
          const expected = entries.map(([row]) => ({ ...row, name: row.name.trim() }));
          expect(result.rows).toEqual(expected);
          expect(result.rejections).toEqual([]);
          // Trailing blank rows are not part of the sheet; blank rows between schools are.
          const trailing = entries.length > 0 && entries[entries.length - 1]![1] ? 1 : 0;
          const titleRows = withTitle ? 2 : 0;
          expect(result.counts).toEqual({
            read: titleRows + 1 + entries.length + blanks - trailing,
            accepted: entries.length,
            rejected: 0,
            skipped: titleRows + 1 + blanks - trailing,
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});
