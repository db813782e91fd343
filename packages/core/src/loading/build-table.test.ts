import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { EdukpiError } from '../errors/edukpi-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { numbered, sheetOf, testSpec } from './_lib/test-spec';
import { buildTable } from './build-table';
import { defineTableSpec } from './define-table-spec';
import { LoadError } from './load-error';
import { MissingColumnsError } from './missing-columns-error';
import type { RawRow } from './raw-row';

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('buildTable', () => {
  it('skips the title, reads a one-row header, parses the cells and skips a totals row', async () => {
    const result = await buildTable({
      sheets: sheetOf([
        ['2023年某县小学基本情况'],
        ['单位:人、万元'],
        ['学校标识码', '学校名称', '学校类型', '在校生数', '班级数', '教学仪器设备值(万元)', '达标率', '是否寄宿制'],
        ['3601010001', '阳光小学', '小学', '1,234', '２４', '66.5', '92.88%', '是'],
        ['3601010002', '希望小学', '小学', '1.2万', '30', '0', '100', '否'],
        ['', '合计', '', '13,234', '54', '66.5', '', ''],
      ]),
      spec: testSpec,
    });
    expect(result.rows).toEqual([
      {
        id: '3601010001',
        name: '阳光小学',
        type: 'primary',
        stage: { students: 1234, classes: 24 },
        equipment: '66.5',
        rate: '92.88',
        boarding: true,
      },
      {
        id: '3601010002',
        name: '希望小学',
        type: 'primary',
        stage: { students: 12000, classes: 30 },
        equipment: '0',
        rate: '100',
        boarding: false,
      },
    ]);
    expect(result.counts).toEqual({ read: 6, accepted: 2, rejected: 0, skipped: 4 });
    expect(result.skipped.map(({ row, kind }) => [row, kind])).toEqual([
      [1, 'title'],
      [2, 'title'],
      [3, 'header'],
      [6, 'totals'],
    ]);
    expect(result.skipped[3]?.note).toEqual({
      zh: '「合计」是合计行,不计入明细',
      en: '"合计" is a totals row and is not counted as a record.',
    });
    expect(result.rejections).toEqual([]);
  });

  it('flattens a two-row header: a group label over merged cells and a label merged down', async () => {
    const aliasSpec = defineTableSpec({
      ...testSpec,
      fields: testSpec.fields.map((field) =>
        field.name === 'stage.students' ? { ...field, aliases: { zh: ['小学 / 在校生数'] } } : field,
      ),
    });
    const result = await buildTable({
      sheets: sheetOf([
        ['学校标识码', '学校名称', '学校类型', '小学', '', ''],
        ['', '', '', '在校生数', '班级数', '备注'],
        ['1', '甲校', '小学', '300', '10', ''],
      ]),
      spec: aliasSpec,
    });
    expect(result.columns.map(({ header, field }) => [header, field])).toEqual([
      ['学校标识码', 'id'],
      ['学校名称', 'name'],
      ['学校类型', 'type'],
      ['小学 / 在校生数', 'stage.students'],
      ['小学 / 班级数', 'stage.classes'],
      ['小学 / 备注', null],
    ]);
    expect(result.rows).toEqual([{ id: '1', name: '甲校', type: 'primary', stage: { students: 300, classes: 10 } }]);
    expect(result.skipped.map(({ kind }) => kind)).toEqual(['header', 'header']);
  });

  it('reads headers filled down by an XLSX reader (merged cells) the same way', async () => {
    const result = await buildTable({
      sheets: sheetOf([
        ['学校标识码', '学校名称', '学校类型', '学生情况', '学生情况'],
        ['学校标识码', '学校名称', '学校类型', '学生数', '班级数'],
        ['1', '甲校', '初中', 300, 10],
      ]),
      spec: testSpec,
    });
    expect(result.columns.map(({ header }) => header)).toEqual([
      '学校标识码',
      '学校名称',
      '学校类型',
      '学生情况 / 学生数',
      '学生情况 / 班级数',
    ]);
    expect(result.rows).toEqual([{ id: '1', name: '甲校', type: 'junior', stage: { students: 300, classes: 10 } }]);
  });

  it('matches headers in English or Chinese, ignoring case, width, whitespace, brackets and separators', async () => {
    const result = await buildTable({
      sheets: sheetOf([
        [' CODE ', 'School_Name', 'school type', '学生数', 'ＣＬＡＳＳＥＳ', '教学仪器设备值（万元）'],
        ['7', 'A', 'primary', '1', '1', '2'],
      ]),
      spec: testSpec,
    });
    expect(result.columns.map(({ field }) => field)).toEqual([
      'id',
      'name',
      'type',
      'stage.students',
      'stage.classes',
      'equipment',
    ]);
    expect(result.rows).toHaveLength(1);
  });

  it('applies a user mapping before the aliases, and null ignores a column', async () => {
    const result = await buildTable({
      sheets: sheetOf([
        ['学校标识码', '校名', '学校类型', '学校'],
        ['1', '甲校', '小学', '不是名称'],
      ]),
      spec: testSpec,
      options: { mapping: { 校名: 'name', 学校: null } },
    });
    expect(result.rows).toEqual([{ id: '1', name: '甲校', type: 'primary' }]);
    expect(result.columns.map(({ field, matchedBy }) => [field, matchedBy])).toEqual([
      ['id', 'alias'],
      ['name', 'mapping'],
      ['type', 'alias'],
      [null, null],
    ]);
  });

  it('rejects a mapping to an unknown field with suggestions', async () => {
    const error = await rejectionOf(
      buildTable({ sheets: sheetOf([['a']]), spec: testSpec, options: { mapping: { 校名: 'nmae' } } }),
    );
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionError).messageEn).toBe(
      'mapping sends "校名" to an unknown field "nmae"; did you mean: name.',
    );
  });

  it('throws MissingColumnsError listing the required columns and the near misses', async () => {
    const error = await rejectionOf(
      buildTable({
        sheets: sheetOf([
          ['学校标识', '学校名', '学校类别', '在校生数'],
          ['1', '甲校', '小学', '3'],
        ]),
        spec: testSpec,
      }),
    );
    expect(MissingColumnsError.isInstance(error)).toBe(true);
    const missing = error as MissingColumnsError;
    expect(missing.code).toBe('missing_columns');
    expect(missing.missing).toEqual([
      { field: 'id', label: { zh: '学校标识码', en: 'school id' }, nearMisses: ['学校标识'] },
      { field: 'name', label: { zh: '学校名称', en: 'school name' }, nearMisses: ['学校名'] },
      { field: 'type', label: { zh: '学校类型', en: 'school type' }, nearMisses: ['学校类别'] },
    ]);
    expect(missing.messageZh).toBe(
      '「Sheet1」缺少学校的必需列:学校标识码(id),相近的列:「学校标识」;学校名称(name),相近的列:「学校名」;学校类型(type),相近的列:「学校类别」。可用 mapping 选项指定列名对应的字段。',
    );
    expect(missing.headers).toEqual(['学校标识', '学校名', '学校类别', '在校生数']);
  });

  it('throws MissingColumnsError for an empty sheet', async () => {
    const error = await rejectionOf(buildTable({ sheets: sheetOf([]), spec: testSpec }));
    expect(MissingColumnsError.isInstance(error)).toBe(true);
    expect((error as MissingColumnsError).missing.map(({ field }) => field)).toEqual(['id', 'name', 'type']);
  });

  it('reports every bad cell of a row in both languages, with its sheet, row, column and raw value', async () => {
    const result = await buildTable({
      sheets: sheetOf([
        ['学校标识码', '学校名称', '学校类型', '在校生数', '班级数', '教学仪器设备值(万元)', '达标率', '是否寄宿制'],
        ['1', '甲校', '大学', '12.5', '#DIV/0!', '-3', '9%9', '也许'],
        ['2', '乙校', '小学', '三百', '1万', '5元', '', ''],
        ['3', '丙校', '小学', '', '', '', '', ''],
        ['4', '丁校', '小学', '300', '', '6.5%', '', ''],
        ['', '戊校', '小学', '-1', '2', '', '', ''],
      ]),
      spec: testSpec,
    });
    expect(result.counts).toEqual({ read: 6, accepted: 1, rejected: 4, skipped: 1 });
    expect(result.rows).toEqual([{ id: '3', name: '丙校', type: 'primary' }]);
    expect(result.rejections.map(({ row, column, field, value, code }) => [row, column, field, value, code])).toEqual([
      [2, '学校类型', 'type', '大学', 'unknown_value'],
      [2, '在校生数', 'stage.students', '12.5', 'not_a_whole_number'],
      [2, '班级数', 'stage.classes', '#DIV/0!', 'formula_error'],
      [2, '教学仪器设备值(万元)', 'equipment', '-3', 'negative'],
      [2, '达标率', 'rate', '9%9', 'not_a_number'],
      [2, '是否寄宿制', 'boarding', '也许', 'not_a_boolean'],
      [3, '在校生数', 'stage.students', '三百', 'not_a_number'],
      [3, '班级数', 'stage.classes', '1万', 'scale_not_allowed'],
      [3, '教学仪器设备值(万元)', 'equipment', '5元', 'unit_not_allowed'],
      [5, '班级数', 'stage.classes', '', 'missing_value'],
      [5, '教学仪器设备值(万元)', 'equipment', '6.5%', 'percent_not_allowed'],
      [6, '学校标识码', 'id', '', 'missing_value'],
      [6, '在校生数', 'stage.students', '-1', 'negative'],
    ]);
    const [unknownType, fraction] = result.rejections;
    expect(unknownType?.reason).toEqual({
      zh: '「大学」不是有效的学校类型;可填:小学、初中',
      en: '"大学" is not a valid school type; expected one of: 小学, 初中.',
    });
    expect(fraction?.reason).toEqual({
      zh: '在校生数应为整数,「12.5」有小数',
      en: 'students must be a whole number ("12.5" has a fraction).',
    });
    expect(result.rejections[9]?.reason).toEqual({
      zh: '缺少必填字段 班级数(stage.classes)',
      en: 'missing required field stage.classes.',
    });
    expect(result.rejections.every(({ sheet }) => sheet === 'Sheet1')).toBe(true);
  });

  it('reports a blank required choice as missing, not as an unknown value', async () => {
    const result = await buildTable({
      sheets: sheetOf([
        ['学校标识码', '学校名称', '学校类型'],
        ['1', '甲校', ''],
      ]),
      spec: testSpec,
    });
    expect(result.rejections.map(({ field, value, code, reason }) => ({ field, value, code, reason }))).toEqual([
      {
        field: 'type',
        value: '',
        code: 'missing_value',
        reason: { zh: '缺少必填字段 学校类型(type)', en: 'missing required field type (school type).' },
      },
    ]);
  });

  it('keeps blank and zero distinct and reads dashes in number columns as blank', async () => {
    const result = await buildTable({
      sheets: sheetOf([
        ['学校标识码', '学校名称', '学校类型', '教学仪器设备值(万元)'],
        ['1', '甲', '小学', '0'],
        ['2', '乙', '小学', ''],
        ['3', '丙', '小学', '—'],
        ['4', '丁', '小学', 0],
        ['5', '戊', '小学', null],
      ]),
      spec: testSpec,
    });
    expect(result.rows.map((row) => row.equipment)).toEqual(['0', undefined, undefined, '0', undefined]);
    expect(result.rows.map((row) => 'equipment' in row)).toEqual([true, false, false, true, false]);
  });

  it('reads number, bigint, boolean and date cells from typed readers', async () => {
    const result = await buildTable({
      sheets: sheetOf([
        ['学校标识码', '学校名称', '学校类型', '在校生数', '班级数', '教学仪器设备值(万元)', '是否寄宿制'],
        [3601010001, new Date(Date.UTC(2024, 8, 1)), '小学', 12_000_000_000n, 3, 1e21, true],
        [7n, 'x', '小学', 1.5, 3, 0.1, 1],
      ]),
      spec: testSpec,
    });
    expect(result.rows).toEqual([
      {
        id: '3601010001',
        name: '2024-09-01',
        type: 'primary',
        stage: { students: 12_000_000_000, classes: 3 },
        equipment: '1000000000000000000000',
        boarding: true,
      },
    ]);
    expect(result.rejections.map(({ code }) => code)).toEqual(['not_a_whole_number']);
  });

  it('skips blank rows, notes, repeated headers and column-number rows, each with a note', async () => {
    const result = await buildTable({
      sheets: sheetOf([
        ['学校标识码', '学校名称', '学校类型'],
        ['甲', '乙', '1'],
        ['1', '甲校', '小学'],
        ['', '', ''],
        ['学校标识码', '学校名称', '学校类型'],
        ['2', '乙校', '小学'],
        ['', '城区小计', ''],
        ['', '其中:农村', ''],
        ['Total', '', ''],
        ['注:本表数据截至9月1日'],
        ['填表人:张三'],
      ]),
      spec: testSpec,
    });
    expect(result.skipped.map(({ row, kind }) => [row, kind])).toEqual([
      [1, 'header'],
      [2, 'header'],
      [4, 'blank'],
      [5, 'header'],
      [7, 'totals'],
      [8, 'totals'],
      [9, 'totals'],
      [10, 'note'],
      [11, 'note'],
    ]);
    expect(result.counts).toEqual({ read: 11, accepted: 2, rejected: 0, skipped: 9 });
  });

  it('never lets a header such as __proto__ or constructor pollute an object', async () => {
    const result = await buildTable({
      sheets: sheetOf([
        ['__proto__', 'constructor', 'prototype', '学校标识码', '学校名称', '学校类型', 'hasOwnProperty'],
        ['{"polluted":1}', 'x', 'y', '1', '甲', '小学', 'z'],
      ]),
      spec: testSpec,
      options: { mapping: { toString: null } },
    });
    expect(result.rows).toEqual([{ id: '1', name: '甲', type: 'primary' }]);
    expect(Object.getPrototypeOf(result.rows[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.columns.slice(0, 3).map(({ field }) => field)).toEqual([null, null, null]);
  });

  it('streams async rows to onRow without keeping them, reporting progress', async () => {
    async function* rows(): AsyncGenerator<RawRow> {
      yield { row: 1, cells: ['学校标识码', '学校名称', '学校类型'] };
      for (let index = 2; index <= 25_001; index++) yield { row: index, cells: [String(index), `校${index}`, '小学'] };
    }
    const seen: number[] = [];
    const progress: number[] = [];
    const result = await buildTable({
      sheets: { name: 'stream', rows: rows() },
      spec: testSpec,
      options: {
        onRow: async (row, source) => {
          if (source.row % 5000 === 0) seen.push(Number(row.id));
        },
        onProgress: ({ rows: count }) => progress.push(count),
      },
    });
    expect(result.rows).toEqual([]);
    expect(result.counts).toEqual({ read: 25_001, accepted: 25_000, rejected: 0, skipped: 1 });
    expect(seen).toEqual([5000, 10_000, 15_000, 20_000, 25_000]);
    expect(progress).toEqual([10_000, 20_000, 25_001]);
  });

  it('lists at most reportLimit rejections and skipped rows but counts them all', async () => {
    const rows = [['学校标识码', '学校名称', '学校类型'], ...Array.from({ length: 50 }, () => ['1', '甲', '大学'])];
    rows.push(...Array.from({ length: 20 }, () => ['', '', '']));
    const result = await buildTable({ sheets: sheetOf(rows), spec: testSpec, options: { reportLimit: 5 } });
    expect(result.counts).toEqual({ read: 71, accepted: 0, rejected: 50, skipped: 21 });
    expect(result.rejections).toHaveLength(5);
    expect(result.skipped).toHaveLength(5);
    expect(result.warnings.map(({ en }) => en)).toEqual([
      'more than 5 bad cells: only the first 5 are listed; counts.rejected counts every rejected row.',
      'more than 5 skipped rows: only the first 5 are listed; counts.skipped counts them all.',
    ]);
  });

  it('loads several sheets into one table and skips a sheet with no column of it', async () => {
    const result = await buildTable({
      sheets: [
        sheetOf([['填表说明'], ['本表由学校填报']], '说明'),
        sheetOf(
          [
            ['学校标识码', '学校名称', '学校类型'],
            ['1', '甲', '小学'],
          ],
          '小学',
        ),
        sheetOf(
          [
            ['学校标识码', '学校名称', '学校类型'],
            ['2', '乙', '初中'],
          ],
          '初中',
        ),
      ],
      spec: testSpec,
    });
    expect(result.rows.map(({ id }) => id)).toEqual(['1', '2']);
    expect(result.counts).toEqual({ read: 6, accepted: 2, rejected: 0, skipped: 4 });
    expect(result.skipped.map(({ sheet, kind }) => [sheet, kind])).toEqual([
      ['说明', 'sheet'],
      ['说明', 'sheet'],
      ['小学', 'header'],
      ['初中', 'header'],
    ]);
    expect(result.warnings[0]?.zh).toBe('「说明」没有学校的列,整张表未读取');
  });

  it('warns about a second column for the same field and uses the first', async () => {
    const result = await buildTable({
      sheets: sheetOf([
        ['学校标识码', '学校名称', '学校类型', '学校'],
        ['1', '甲', '小学', '乙'],
      ]),
      spec: testSpec,
    });
    expect(result.rows[0]?.name).toBe('甲');
    expect(result.warnings.map(({ en }) => en)).toEqual([
      '"Sheet1" column 4 "学校" fills school name (name) again; ignored.',
    ]);
  });

  it('uses a declared header row count', async () => {
    const result = await buildTable({
      sheets: {
        name: 'query',
        headerRows: 1,
        rows: numbered([
          ['id', 'name', 'type'],
          ['1', 'a', 'junior'],
        ]),
      },
      spec: testSpec,
    });
    expect(result.rows).toEqual([{ id: '1', name: 'a', type: 'junior' }]);
  });

  it('stops with a LoadError when the signal is aborted, and checks its options', async () => {
    const aborted = await rejectionOf(
      buildTable({ sheets: sheetOf([['x']]), spec: testSpec, options: { signal: { aborted: true, reason: 'stop' } } }),
    );
    expect(LoadError.isInstance(aborted)).toBe(true);
    expect((aborted as LoadError).code).toBe('read_failed');
    const typo = await rejectionOf(
      buildTable({ sheets: sheetOf([['x']]), spec: testSpec, options: { headerRow: 2 } as never }),
    );
    expect((typo as EdukpiError).code).toBe('invalid_option');
    const range = await rejectionOf(
      buildTable({ sheets: sheetOf([['x']]), spec: testSpec, options: { headerRows: 0 } }),
    );
    expect((range as EdukpiError).messageEn).toBe('headerRows must be a whole number from 1 to 10 (got 0).');
  });

  it('uses quickCheck to skip the schema only for rows it vouches for', async () => {
    let schemaCalls = 0;
    const schema = z.object({ id: z.string(), name: z.string(), type: z.string() }).refine(() => {
      schemaCalls++;
      return true;
    });
    const quickSpec = defineTableSpec({
      ...testSpec,
      schema,
      quickCheck: (row) => row.name !== 'slow',
    });
    const result = await buildTable({
      sheets: sheetOf([
        ['学校标识码', '学校名称', '学校类型'],
        ['1', 'fast', '小学'],
        ['2', 'slow', '小学'],
        ['3', 'fast', '小学'],
      ]),
      spec: quickSpec,
    });
    expect(result.counts.accepted).toBe(3);
    expect(schemaCalls).toBe(1);
  });

  it('always reconciles: read = accepted + rejected + skipped (property)', async () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', '0', '12', '1,234', '1.5', '-2', '三', '合计', '小学', '初中', '#N/A', '1万', '是'),
      fc.integer({ min: -5, max: 5 }),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 0, maxLength: 8 }), { maxLength: 40 }), async (body) => {
        const result = await buildTable({
          sheets: sheetOf([
            [
              '学校标识码',
              '学校名称',
              '学校类型',
              '在校生数',
              '班级数',
              '教学仪器设备值(万元)',
              '达标率',
              '是否寄宿制',
            ],
            ...body,
          ]),
          spec: testSpec,
        });
        const { read, accepted, rejected, skipped } = result.counts;
        expect(read).toBe(body.length + 1);
        expect(accepted + rejected + skipped).toBe(read);
        expect(result.rows).toHaveLength(accepted);
        expect(new Set(result.rejections.map(({ row }) => row)).size).toBe(rejected);
        expect(result.skipped).toHaveLength(skipped);
      }),
      { numRuns: 200 },
    );
  });
});

describe('buildTable with prepareRow', () => {
  it('validates the row prepareRow returns', async () => {
    const prepared = defineTableSpec({
      ...testSpec,
      prepareRow: (row) => {
        if (row.type === 'junior') delete row.stage;
        return row;
      },
    });
    const result = await buildTable({
      sheets: sheetOf([
        ['学校标识码', '学校名称', '学校类型', '在校生数', '班级数'],
        ['1', '甲', '初中', '0', '0'],
        ['2', '乙', '小学', '0', '0'],
      ]),
      spec: prepared,
    });
    expect(result.rows).toEqual([
      { id: '1', name: '甲', type: 'junior' },
      { id: '2', name: '乙', type: 'primary', stage: { students: 0, classes: 0 } },
    ]);
  });
});
