import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { sheetOf, testSpec } from './_lib/test-spec';
import { buildTable } from './build-table';
import { buildTableFromRecords } from './build-table-from-records';
import { cellProblem, isCellProblem } from './cell-problem';
import { LoadError } from './load-error';
import type { RawCell } from './raw-row';

const header = [
  '学校标识码',
  '学校名称',
  '学校类型',
  '在校生数',
  '班级数',
  '教学仪器设备值(万元)',
  '达标率',
  '是否寄宿制',
];
const uncached = { zh: '公式没有保存计算结果', en: 'the formula has no saved result.' };

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('cellProblem', () => {
  it('makes a frozen problem that isCellProblem recognises and look-alikes do not pass', () => {
    const problem = cellProblem('#REF!', { zh: '引用无效', en: 'a broken reference.' });
    expect(problem).toMatchObject({
      raw: '#REF!',
      reason: { zh: '引用无效', en: 'a broken reference.' },
      code: 'invalid_value',
    });
    expect(Object.isFrozen(problem)).toBe(true);
    expect(Object.isFrozen(problem.reason)).toBe(true);
    expect(isCellProblem(problem)).toBe(true);
    expect(isCellProblem({ raw: '#REF!', reason: problem.reason, code: 'invalid_value' })).toBe(false);
    for (const cell of ['#REF!', 0, null, undefined, new Date(0), 1n, true, {}]) {
      expect(isCellProblem(cell)).toBe(false);
    }
    expect(cellProblem('', uncached, { code: 'formula_error' }).code).toBe('formula_error');
  });

  it('is recognised through the Symbol.for marker, as a second copy of core would make it', () => {
    const foreign = Object.freeze({ [Symbol.for('edukpi.raw-cell-problem')]: true, raw: 'x', reason: uncached });
    expect(isCellProblem(foreign)).toBe(true);
  });

  it('refuses a raw value that is not text, a reason without both languages and an unknown code', () => {
    const notText = thrown(() => cellProblem(3 as unknown as string, uncached));
    expect(InvalidOptionError.isInstance(notText)).toBe(true);
    expect((notText as InvalidOptionError).path).toEqual(['raw']);
    const noEnglish = thrown(() => cellProblem('x', { zh: '坏了' } as never));
    expect((noEnglish as InvalidOptionError).path).toEqual(['reason']);
    const blank = thrown(() => cellProblem('x', { zh: ' ', en: 'broken' }));
    expect((blank as InvalidOptionError).path).toEqual(['reason']);
    const code = thrown(() => cellProblem('x', uncached, { code: 'broken' as never }));
    expect(InvalidOptionError.isInstance(code)).toBe(true);
    expect((code as InvalidOptionError).path).toEqual(['options', 'code']);
  });
});

describe('buildTable with problem cells', () => {
  it('rejects the row with the raw value, reason and code the reader gave, in any column kind', async () => {
    const problem = cellProblem('', uncached, { code: 'formula_error' });
    const result = await buildTable({
      sheets: sheetOf([
        header,
        ['1', '甲校', '小学', problem, '10', '', '', ''],
        ['2', problem, '小学', '300', '10', '', '', ''],
        ['3', '丙校', '小学', '300', '10', cellProblem('=A1*2', uncached), '', ''],
        ['4', '丁校', '小学', '300', '10', '', '', problem],
        ['5', '戊校', '小学', '300', '10', '', '', ''],
      ]),
      spec: testSpec,
    });
    expect(result.rows.map((row) => row.id)).toEqual(['5']);
    expect(
      result.rejections.map(({ row, column, columnIndex, field, value, code }) => [
        row,
        column,
        columnIndex,
        field,
        value,
        code,
      ]),
    ).toEqual([
      [2, '在校生数', 3, 'stage.students', '', 'formula_error'],
      [3, '学校名称', 1, 'name', '', 'formula_error'],
      [4, '教学仪器设备值(万元)', 5, 'equipment', '=A1*2', 'invalid_value'],
      [5, '是否寄宿制', 7, 'boarding', '', 'formula_error'],
    ]);
    expect(result.rejections.every((rejection) => rejection.reason.zh === uncached.zh)).toBe(true);
    expect(result.rejections[0]?.reason).toEqual(uncached);
    expect(result.counts).toEqual({ read: 6, accepted: 1, rejected: 4, skipped: 1 });
  });

  it('never reads a problem as blank: a row holding only a problem in an optional column is rejected', async () => {
    const result = await buildTable({
      sheets: sheetOf([
        header,
        ['', '', '', '', '', '', '', cellProblem('?', uncached)],
        ['', '', '', '', '', '', '', ''],
      ]),
      spec: testSpec,
    });
    expect(result.skipped.map(({ row, kind }) => [row, kind])).toEqual([
      [1, 'header'],
      [3, 'blank'],
    ]);
    expect(result.rejections.filter((rejection) => rejection.field === 'boarding')).toEqual([
      {
        sheet: 'Sheet1',
        row: 2,
        column: '是否寄宿制',
        columnIndex: 7,
        field: 'boarding',
        value: '?',
        reason: uncached,
        code: 'invalid_value',
      },
    ]);
    expect(result.counts).toEqual({ read: 3, accepted: 0, rejected: 1, skipped: 2 });
  });

  it('reports the problem with the schema findings of the other cells, and ignores one in an unused column', async () => {
    const result = await buildTable({
      sheets: sheetOf([
        [...header, '备注'],
        ['1', '甲校', '大学', cellProblem('', uncached, { code: 'formula_error' }), '', '', '', '', ''],
        ['2', '乙校', '小学', '300', '10', '', '', '', cellProblem('x', uncached)],
      ]),
      spec: testSpec,
    });
    expect(result.rejections.map(({ row, field, code }) => [row, field, code])).toEqual([
      [2, 'type', 'unknown_value'],
      [2, 'stage.students', 'formula_error'],
    ]);
    expect(result.rows).toEqual([{ id: '2', name: '乙校', type: 'primary', stage: { students: 300, classes: 10 } }]);
  });

  it('skips a totals row of problem cells by its label, and takes no problem for a header or a note', async () => {
    const problem = cellProblem('注:合计', uncached);
    const result = await buildTable({
      sheets: sheetOf([
        ['学校情况', problem],
        header,
        ['1', '甲校', '小学', '300', '10', '', '', ''],
        ['', '合计', '', problem, problem, '', '', ''],
        [problem],
      ]),
      spec: testSpec,
    });
    expect(result.skipped.map(({ row, kind }) => [row, kind])).toEqual([
      [1, 'title'],
      [2, 'header'],
      [4, 'totals'],
    ]);
    expect(result.rejections.map(({ row, field, code }) => [row, field, code])).toEqual([
      [5, 'id', 'invalid_value'],
      [5, 'name', 'missing_value'],
      [5, 'type', 'missing_value'],
    ]);
    expect(result.counts).toEqual({ read: 5, accepted: 1, rejected: 1, skipped: 3 });
  });

  it('always reconciles with problem cells anywhere (property)', async () => {
    const cell = fc.oneof(
      fc.constantFrom<RawCell>('', '1', '甲校', '小学', '300', '合计', null),
      fc.constant<RawCell>(cellProblem('', uncached, { code: 'formula_error' })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 20 }), async (rows) => {
        const result = await buildTable({ sheets: sheetOf([header, ...rows]), spec: testSpec });
        const { read, accepted, rejected, skipped } = result.counts;
        expect(read).toBe(rows.length + 1);
        expect(accepted + rejected + skipped).toBe(read);
        const problemRows = rows.filter(
          (row, index) =>
            row.slice(0, header.length).some(isCellProblem) &&
            !result.skipped.some((entry) => entry.row === index + 2 && entry.kind === 'totals'),
        ).length;
        expect(rejected).toBeGreaterThanOrEqual(problemRows);
      }),
      { numRuns: 100 },
    );
  });
});

describe('buildTableFromRecords with problem cells', () => {
  it('rejects a record whose value is a problem cell', async () => {
    const result = await buildTableFromRecords({
      source: {
        name: 'schools.json',
        records: [
          { row: 1, record: { 学校标识码: '1', 学校名称: '甲校', 学校类型: '小学', 在校生数: 300, 班级数: 10 } },
          {
            row: 2,
            record: {
              学校标识码: '2',
              学校名称: '乙校',
              学校类型: '小学',
              在校生数: cellProblem('3e999', uncached),
              班级数: 10,
            },
          },
        ],
      },
      spec: testSpec,
    });
    expect(result.rows.map((row) => row.id)).toEqual(['1']);
    expect(result.rejections.map(({ row, column, value, reason }) => [row, column, value, reason])).toEqual([
      [2, '在校生数', '3e999', uncached],
    ]);
    expect(result.counts).toEqual({ read: 2, accepted: 1, rejected: 1, skipped: 0 });
  });
});

describe('buildTable with sheet warnings', () => {
  it("copies each sheet's warnings after the sheet is read, also those added while reading", async () => {
    const hidden = { zh: '第 2 行是隐藏行', en: 'row 2 is hidden.' };
    const late = { zh: '引号没有闭合', en: 'a quote is never closed.' };
    const lateWarnings: { zh: string; en: string }[] = [];
    function* rows() {
      yield { row: 1, cells: header };
      yield { row: 2, cells: ['1', '甲校', '小学', '300', '10', '', '', ''] };
      lateWarnings.push(late);
    }
    const result = await buildTable({
      sheets: [
        { name: 'A', rows: [{ row: 1, cells: header }], warnings: [hidden] },
        { name: 'B', rows: { [Symbol.iterator]: rows }, warnings: lateWarnings },
        { name: '说明', rows: [{ row: 1, cells: ['本表说明'] }] },
      ],
      spec: testSpec,
    });
    expect(result.warnings.map((warning) => warning.en)).toEqual([
      'row 2 is hidden.',
      'a quote is never closed.',
      '"说明" holds no column of the school table; the sheet was not read.',
    ]);
    expect(result.rows).toHaveLength(1);
  });

  it('refuses warnings that are not a list of { zh, en }', async () => {
    for (const warnings of ['oops', [{ zh: '只有中文' }], [null]]) {
      const error = await buildTable({
        sheets: { name: 'A', rows: [{ row: 1, cells: header }], warnings: warnings as never },
        spec: testSpec,
      }).catch((caught: unknown) => caught);
      expect(LoadError.isInstance(error)).toBe(true);
      expect((error as LoadError).code).toBe('invalid_file');
    }
  });
});
