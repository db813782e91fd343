import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { defineTableSpec, InvalidOptionError, LoadError, MissingColumnsError } from '@edukpi/core';
import iconv from 'iconv-lite';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { shiyeGbkBytes } from './_test/make-fixtures';
import { schoolSpec, shiyeBody, shiyeHeader } from './_test/school-spec';
import { chunked, toCsv } from './_test/to-csv';
import { createCsvLoader, csvLoader } from './csv-loader';
import { loadCsv } from './load-csv';

const fixturePath = fileURLToPath(new URL('./__fixtures__/shiye-2023-gbk.csv', import.meta.url));
const shiyeText = toCsv([...shiyeHeader, ...shiyeBody]);

const expectedRows = [
  {
    id: '3601010001',
    name: '阳光小学',
    type: 'primary',
    ownership: 'public',
    primary: { students: 1234, classes: 28 },
    equipmentValueWan: '256.8',
    passRate: '96.5',
    boarding: false,
  },
  {
    id: '3601010002',
    name: '希望学校',
    type: 'nine_year',
    ownership: 'public',
    primary: { students: 320, classes: 8 },
    junior: { students: 280, classes: 6 },
    equipmentValueWan: '88',
    passRate: '92.88',
    boarding: true,
  },
  {
    id: '3601010003',
    name: '育才中学',
    type: 'junior',
    ownership: 'private',
    junior: { students: 12_000, classes: 18 },
    equipmentValue: '69100',
    boarding: true,
  },
  {
    id: '3601010004',
    name: '"引号"小学, 东校区',
    type: 'primary',
    ownership: 'public',
    primary: { students: 0, classes: 0 },
    equipmentValueWan: '0',
  },
];

async function failure(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    return error as LoadError;
  }
  throw new Error('expected the load to fail');
}

describe('loadCsv on a 事业统计-like export', () => {
  it('the committed GBK fixture is exactly what the fixture code writes', () => {
    expect(readFileSync(fixturePath).equals(shiyeGbkBytes())).toBe(true);
  });

  it('reads the GBK file: title and two header rows, totals, blanks, separators, full-width digits, 万, percents', async () => {
    const result = await loadCsv({ source: fixturePath, spec: schoolSpec });
    expect([result.encoding, result.bom, result.delimiter]).toEqual(['gb18030', false, ',']);
    expect(result.rows).toEqual(expectedRows);
    expect(result.counts).toEqual({ read: 15, accepted: 4, rejected: 3, skipped: 8 });
    expect(result.skipped.map(({ row, kind }) => `${row}:${kind}`)).toEqual([
      '1:title',
      '2:title',
      '3:header',
      '4:header',
      '7:blank',
      '13:blank',
      '14:totals',
      '15:note',
    ]);
    expect(result.columns.map(({ header, field }) => `${header}→${field}`)).toEqual([
      '学校标识码→id',
      '学校名称→name',
      '办学类型→type',
      '举办者→ownership',
      '小学 / 在校生数→primary.students',
      '小学 / 班级数→primary.classes',
      '初中 / 在校生数→junior.students',
      '初中 / 班级数→junior.classes',
      '教学仪器设备值(万元)→equipmentValueWan',
      '教学仪器设备值(元)→equipmentValue',
      '体质健康合格率→passRate',
      '寄宿制学校→boarding',
    ]);
  });

  it('reports every kind of bad cell with its sheet, row, column, raw value and a reason in both languages', async () => {
    const result = await loadCsv({ source: fixturePath, spec: schoolSpec });
    expect(result.rejections.map(({ sheet, row, column, value, code }) => [sheet, row, column, value, code])).toEqual([
      ['shiye-2023-gbk.csv', 10, '办学类型', '大学', 'unknown_value'],
      ['shiye-2023-gbk.csv', 10, '举办者', '公立', 'unknown_value'],
      ['shiye-2023-gbk.csv', 10, '小学 / 在校生数', '三百', 'not_a_number'],
      ['shiye-2023-gbk.csv', 10, '小学 / 班级数', '12.5', 'not_a_whole_number'],
      ['shiye-2023-gbk.csv', 10, '教学仪器设备值(万元)', '-3', 'negative'],
      ['shiye-2023-gbk.csv', 10, '教学仪器设备值(元)', '12美元', 'unit_not_allowed'],
      ['shiye-2023-gbk.csv', 10, '体质健康合格率', '9%9', 'not_a_number'],
      ['shiye-2023-gbk.csv', 10, '寄宿制学校', '也许', 'not_a_boolean'],
      ['shiye-2023-gbk.csv', 11, '小学 / 在校生数', '#DIV/0!', 'formula_error'],
      ['shiye-2023-gbk.csv', 11, '小学 / 班级数', '#REF!', 'formula_error'],
      ['shiye-2023-gbk.csv', 11, '教学仪器设备值(万元)', '1万', 'scale_not_allowed'],
      ['shiye-2023-gbk.csv', 11, '教学仪器设备值(元)', '5万人', 'unit_not_allowed'],
      ['shiye-2023-gbk.csv', 12, '学校标识码', '', 'missing_value'],
    ]);
    expect(result.rejections.map(({ reason }) => reason.zh)).toEqual([
      '「大学」不是有效的学校类型;可填:小学、初中、九年一贯制学校',
      '「公立」不是有效的办学性质;可填:公办、民办',
      '小学在校生数应为数字,「三百」不是数字',
      '小学班级数应为整数,「12.5」有小数',
      '教学仪器设备值(万元)不能为负数,收到「-3」',
      '教学仪器设备值(元)列不接受单位「美元」(可用:元)',
      '体质健康合格率应为数字,「9%9」不是数字',
      '寄宿制学校应填"是"或"否",收到「也许」',
      '单元格是公式错误「#DIV/0!」;请在 Excel 中修正公式或填入数值',
      '单元格是公式错误「#REF!」;请在 Excel 中修正公式或填入数值',
      '教学仪器设备值(万元)列不接受"万""亿"等数量级,请填写完整数字(收到「1万」)',
      '教学仪器设备值(元)列不接受单位「人」(可用:元)',
      '缺少必填字段 学校标识码(id)',
    ]);
    expect(result.rejections[0]?.reason.en).toBe(
      '"大学" is not a valid school type; expected one of: 小学, 初中, 九年一贯制学校.',
    );
  });

  it('reads the same rows from UTF-8 with and without BOM, and from Excel "Unicode text" (UTF-16LE, tabs)', async () => {
    const withBom = await loadCsv({ source: Buffer.from(`\uFEFF${shiyeText}`), spec: schoolSpec });
    const withoutBom = await loadCsv({ source: Buffer.from(shiyeText), spec: schoolSpec });
    const unicodeText = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(toCsv([...shiyeHeader, ...shiyeBody], { delimiter: '\t' }), 'utf16le'),
    ]);
    const utf16 = await loadCsv({ source: unicodeText, spec: schoolSpec });
    expect([withBom.encoding, withBom.bom, withoutBom.encoding, withoutBom.bom]).toEqual([
      'utf-8',
      true,
      'utf-8',
      false,
    ]);
    expect([utf16.encoding, utf16.bom, utf16.delimiter]).toEqual(['utf-16le', true, '\t']);
    for (const result of [withBom, withoutBom, utf16]) {
      expect(result.rows).toEqual(expectedRows);
      expect(result.counts).toEqual({ read: 15, accepted: 4, rejected: 3, skipped: 8 });
    }
  });

  it("passes the reader's warnings on once, through the sheet's warnings", async () => {
    const text = '学校标识码,学校名称,学校类型,举办者\n1,阳光小学,小学,公办\n2,"希望小学,小学,公办\n';
    const result = await loadCsv({ source: Buffer.from(text), spec: schoolSpec });
    expect(result.warnings.map(({ en }) => en)).toEqual([
      'record 3 of "CSV" opens a quote that is never closed; it was read to the end of the file.',
    ]);
    expect(result.rows.map((row) => row.id)).toEqual(['1']);
    expect(result.counts).toEqual({ read: 3, accepted: 1, rejected: 1, skipped: 1 });
  });

  it('reads GB18030 characters beyond GBK', async () => {
    const text = toCsv([
      ['学校标识码', '学校名称', '学校类型', '举办者'],
      ['1', '𠀋𡈽小学', '小学', '公办'],
    ]);
    const result = await loadCsv({ source: iconv.encode(text, 'gb18030'), spec: schoolSpec });
    expect(result.rows[0]?.name).toBe('𠀋𡈽小学');
  });

  it('lets the caller override the encoding, and says what to do when the guess is wrong', async () => {
    const gbk = shiyeGbkBytes();
    const forced = await loadCsv({ source: gbk, spec: schoolSpec, options: { encoding: 'gbk' } });
    expect(forced.rows).toEqual(expectedRows);
    const wrong = await failure(loadCsv({ source: gbk, spec: schoolSpec, options: { encoding: 'utf-8' } }));
    expect(LoadError.isInstance(wrong)).toBe(true);
    expect(wrong.code).toBe('invalid_file');
    expect(wrong.messageEn).toBe(
      `"CSV" is not valid utf-8 text near byte 0; if the file is GBK-encoded, pass encoding: 'gbk'.`,
    );
  });

  it('decides between UTF-8 and GBK at the first non-ASCII byte, however far into the file', async () => {
    const padding = Array.from({ length: 50_000 }, (_, index) => [`${index}`, `school ${index}`, 'primary', 'public']);
    const text = toCsv([['id', 'name', 'type', 'ownership'], ...padding, ['9', '阳光小学', '小学', '公办']]);
    for (const encoding of ['gbk', 'utf-8'] as const) {
      const bytes = iconv.encode(text, encoding);
      expect(bytes.length).toBeGreaterThan(1 << 20);
      const result = await loadCsv({ source: chunked(bytes, [70_000, 70_001, 1_000_000]), spec: schoolSpec });
      expect(result.encoding).toBe(encoding === 'gbk' ? 'gb18030' : 'utf-8');
      expect(result.rows.at(-1)).toEqual({ id: '9', name: '阳光小学', type: 'primary', ownership: 'public' });
      expect(result.counts).toEqual({ read: 50_002, accepted: 50_001, rejected: 0, skipped: 1 });
    }
  }, 60_000);

  it('reads every kind of source: path, URL, Buffer, ArrayBuffer, Node Readable, web ReadableStream, odd chunks', async () => {
    const bytes = shiyeGbkBytes();
    const sources = [
      fixturePath,
      new URL('./__fixtures__/shiye-2023-gbk.csv', import.meta.url),
      bytes,
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
      Readable.from([bytes.subarray(0, 101), bytes.subarray(101)]),
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(bytes));
          controller.close();
        },
      }),
      chunked(
        bytes,
        Array.from({ length: bytes.length }, (_, index) => index),
      ),
    ];
    for (const source of sources) {
      const result = await loadCsv({ source, spec: schoolSpec, options: { encoding: 'gbk' } });
      expect(result.rows).toEqual(expectedRows);
      expect(result.counts.read).toBe(15);
    }
  });

  it('reports progress in rows, bytes and percent, ending at 100%', async () => {
    const rows = Array.from({ length: 30_000 }, (_, index) => [`${index}`, `学校${index}`, '小学', '公办', '100', '4']);
    const text = toCsv([['学校标识码', '学校名称', '学校类型', '举办者', '小学在校生数', '小学班级数'], ...rows]);
    const bytes = Buffer.from(text);
    const progress: { rows: number; bytes?: number; percent?: number }[] = [];
    const result = await loadCsv({
      source: bytes,
      spec: schoolSpec,
      options: { onProgress: (report) => progress.push(report) },
    });
    expect(result.counts.accepted).toBe(30_000);
    expect(bytes.length).toBeGreaterThan(1 << 20);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ rows: 30_001, bytes: bytes.length, totalBytes: bytes.length, percent: 100 });
    for (let index = 1; index < progress.length; index++) {
      expect(progress[index]?.rows).toBeGreaterThanOrEqual(progress[index - 1]?.rows ?? 0);
      expect(progress[index]?.bytes).toBeGreaterThanOrEqual(progress[index - 1]?.bytes ?? 0);
    }
  });

  it('throws MissingColumnsError with the near misses when required columns are missing', async () => {
    const error = await failure(
      loadCsv({
        source: Buffer.from(
          toCsv([
            ['学校标识码', '学校名', '学校类型', '举办者'],
            ['1', '甲', '小学', '公办'],
          ]),
        ),
        spec: schoolSpec,
      }),
    );
    expect(MissingColumnsError.isInstance(error)).toBe(true);
    expect((error as unknown as MissingColumnsError).missing).toEqual([
      { field: 'name', label: { zh: '学校名称', en: 'school name' }, nearMisses: ['学校名'] },
    ]);
  });

  it('maps other headers with the mapping option', async () => {
    const text = toCsv([
      ['代码', '校名', '类型', '性质'],
      ['1', '甲', '小学', '公办'],
    ]);
    const result = await loadCsv({
      source: Buffer.from(text),
      spec: schoolSpec,
      options: { mapping: { 代码: 'id', 校名: 'name', 类型: 'type', 性质: 'ownership' } },
    });
    expect(result.rows).toEqual([{ id: '1', name: '甲', type: 'primary', ownership: 'public' }]);
  });
});

describe('csvLoader', () => {
  it('implements the v1 loader contract, and createCsvLoader applies defaults that calls override', async () => {
    expect([csvLoader.specificationVersion, csvLoader.name]).toEqual(['v1', 'csv']);
    const plain = await csvLoader.load(fixturePath, schoolSpec);
    expect(plain.rows).toEqual(expectedRows);
    const limited = createCsvLoader({ reportLimit: 2 });
    const limitedResult = await limited.load(fixturePath, schoolSpec);
    expect(limitedResult.rejections).toHaveLength(2);
    const overridden = await limited.load(fixturePath, schoolSpec, { reportLimit: 3 });
    expect(overridden.rejections).toHaveLength(3);
  });
});

describe('loadCsv options', () => {
  it('refuses a misspelt option before opening the file, listing its own options and those of buildTable', async () => {
    const error = await loadCsv({
      source: join(tmpdir(), 'edukpi-no-such-file.csv'),
      spec: schoolSpec,
      options: { encodng: 'gbk' } as never,
    }).catch((caught: unknown) => caught);
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionError).path).toEqual(['options', 'encodng']);
    expect((error as InvalidOptionError).messageEn).toBe(
      'unknown option encodng; the options are: encoding, delimiter, name, maxBytes, maxRecordChars, onProgress, signal, mapping, headerRows, headerSearchRows, onRow, keepRows, reportLimit, progressInterval.',
    );
    const typoOfBuild = await loadCsv({
      source: Buffer.from('a'),
      spec: schoolSpec,
      options: { reportLimt: 1 } as never,
    }).catch((caught: unknown) => caught);
    expect((typoOfBuild as InvalidOptionError).path).toEqual(['options', 'reportLimt']);
  });
});

describe('loadCsv with a zod schema', () => {
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

  it('validates each row with the zod schema and reports its findings by column', async () => {
    const text = toCsv([
      ['学校名称', '在校生数', '班级数'],
      ['阳光小学', '1,234', '28'],
      ['希望小学', '12', '300'],
      ['育才小学', '5', '6'],
      ['', '10', '1'],
    ]);
    const result = await loadCsv({ source: Buffer.from(text), spec });
    expectTypeOf(result.rows).toEqualTypeOf<{ name: string; students: number; classes: number }[]>();
    expect(result.rows).toEqual([{ name: '阳光小学', students: 1234, classes: 28 }]);
    expect(
      result.rejections.map(({ row, column, value, code, reason }) => [row, column, value, code, reason.en]),
    ).toEqual([
      [3, '班级数', '300', 'invalid_value', 'classes must be ≤ 200 (got 300).'],
      [3, '班级数', '300', 'invalid_value', 'more classes than students'],
      [4, '班级数', '6', 'invalid_value', 'more classes than students'],
      [5, '学校名称', '', 'missing_value', 'missing required field name (school name).'],
    ]);
    expect(result.counts).toEqual({ read: 5, accepted: 1, rejected: 3, skipped: 1 });
  });
});
