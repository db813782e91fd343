import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { defineTableSpec, InvalidOptionError, type LoadError, MissingColumnsError } from '@edukpi/core';
import fc from 'fast-check';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { schoolSpec } from './_test/school-spec';
import { createJsonLoader, jsonLoader } from './json-loader';
import { loadJson } from './load-json';

const directory = mkdtempSync(join(tmpdir(), 'edukpi-json-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    return error as LoadError;
  }
  throw new Error('expected the load to fail');
}

const records = [
  {
    学校标识码: '3601010001',
    学校名称: '阳光小学',
    学校类型: '小学',
    小学: { 在校生数: '1,234', 班级数: 28 },
    '教学仪器设备值(元)': '6.91万',
  },
  { id: 3601010002, name: '育才中学', type: 'junior' },
  { id: '3601010003', name: '错误小学', type: '大学', primary: { students: -1, classes: 2.5 } },
  { 学校名称: '全县合计', 小学: { 在校生数: 1234 } },
  'not a record',
];

const expectedRows = [
  {
    id: '3601010001',
    name: '阳光小学',
    type: 'primary',
    primary: { students: 1234, classes: 28 },
    equipmentValue: '69100',
  },
  { id: '3601010002', name: '育才中学', type: 'junior' },
];

describe('loadJson', () => {
  it('reads a JSON array: keys in either language, nested groups, values as in a sheet, a bad record rejected', async () => {
    const result = await loadJson({ source: Buffer.from(JSON.stringify(records, null, 2)), spec: schoolSpec });
    expect([result.format, result.encoding]).toEqual(['json', 'utf-8']);
    expect(result.rows).toEqual(expectedRows);
    expect(result.counts).toEqual({ read: 5, accepted: 2, rejected: 2, skipped: 1 });
    expect(result.rejections.map(({ row, column, field, value, code }) => [row, column, field, value, code])).toEqual([
      [3, 'type', 'type', '大学', 'unknown_value'],
      [3, 'primary / students', 'primary.students', '-1', 'negative'],
      [3, 'primary / classes', 'primary.classes', '2.5', 'not_a_whole_number'],
      [5, null, null, '"not a record"', 'invalid_value'],
    ]);
    expect(result.skipped).toEqual([
      {
        sheet: 'JSON',
        row: 4,
        kind: 'totals',
        note: {
          zh: '「全县合计」是合计行,不计入明细',
          en: '"全县合计" is a totals row and is not counted as a record.',
        },
      },
    ]);
  });

  it('reads NDJSON line by line: blank lines skipped, a malformed line rejected, the rest loaded', async () => {
    const lines = [JSON.stringify(records[0]), '', '{"id": "9", "name": "坏行", ', JSON.stringify(records[1]), ''].join(
      '\r\n',
    );
    const result = await loadJson({ source: Buffer.from(lines), spec: schoolSpec });
    expect(result.format).toBe('ndjson');
    expect(result.rows).toEqual(expectedRows);
    expect(result.counts).toEqual({ read: 4, accepted: 2, rejected: 1, skipped: 1 });
    expect(result.rejections).toEqual([
      {
        sheet: 'JSON',
        row: 3,
        column: null,
        columnIndex: null,
        field: null,
        value: '{"id": "9", "name": "坏行", ',
        code: 'invalid_value',
        reason: { zh: '第 3 行不是有效的 JSON', en: 'line 3 is not valid JSON.' },
      },
    ]);
  });

  it('splits any array into the same records whatever the chunking (property)', async () => {
    const record = fc.record({
      id: fc.string({ minLength: 1, unit: fc.constantFrom('a', '"', '\\', '[', ']', '{', '}', ',', '学', ' ') }),
      name: fc.string({ minLength: 1, unit: fc.constantFrom('x', '"', ']', '校', '\n') }),
      type: fc.constantFrom('小学', '初中'),
      小学: fc.record({ 在校生数: fc.nat(), 班级数: fc.nat() }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 15 }),
        fc.array(fc.nat({ max: 600 }), { maxLength: 6 }),
        async (list, cuts) => {
          const bytes = Buffer.from(JSON.stringify(list, null, cuts.length % 2 === 0 ? 0 : 1));
          const sorted = [...new Set(cuts)].filter((cut) => cut > 0 && cut < bytes.length).sort((a, b) => a - b);
          const chunks = [0, ...sorted].map((start, index) => bytes.subarray(start, sorted[index] ?? bytes.length));
          const result = await loadJson({
            source: Readable.from(chunks),
            spec: schoolSpec,
            options: { format: 'json' },
          });
          expect(result.rows).toEqual(
            list
              .filter((item) => item.id.trim() !== '' && item.name.trim() !== '')
              .map((item) => ({
                id: item.id.trim(),
                name: item.name.trim(),
                type: item.type === '小学' ? 'primary' : 'junior',
                primary: { students: item.小学.在校生数, classes: item.小学.班级数 },
              })),
          );
          expect(result.counts.read).toBe(list.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a GBK file from a path, and reports progress ending at 100%', async () => {
    const path = join(directory, 'schools.ndjson');
    // {"id":"1","name":"甲","type":"小学"} in GBK: 甲 = BC D7, 小学 = D0 A1 D1 A7.
    const gbk = Buffer.concat([
      Buffer.from('{"id":"1","name":"'),
      Buffer.from([0xbc, 0xd7]),
      Buffer.from('","type":"'),
      Buffer.from([0xd0, 0xa1, 0xd1, 0xa7]),
      Buffer.from('"}\n'),
    ]);
    writeFileSync(path, gbk);
    const progress: number[] = [];
    const result = await loadJson({
      source: path,
      spec: schoolSpec,
      options: { onProgress: ({ percent }) => progress.push(percent ?? -1) },
    });
    expect([result.format, result.encoding]).toEqual(['ndjson', 'gb18030']);
    expect(result.rows).toEqual([{ id: '1', name: '甲', type: 'primary' }]);
    expect(result.rejections).toEqual([]);
    expect(progress.at(-1)).toBe(100);
  });

  it('returns an empty table for an empty array', async () => {
    const result = await loadJson({ source: Buffer.from('[]'), spec: schoolSpec });
    expect([result.rows, result.counts]).toEqual([[], { read: 0, accepted: 0, rejected: 0, skipped: 0 }]);
  });

  it('refuses binary, non-JSON, a top-level object, an incomplete array and oversized records', async () => {
    const cases: [Uint8Array, string, string][] = [
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'invalid_file', 'it holds a NUL byte at byte 4, so it is binary.'],
      [
        Buffer.from('[{"id": "1"}, {"id": '),
        'invalid_file',
        'the JSON array is incomplete (the closing ] is missing).',
      ],
      [Buffer.from('[{"id": "1"}] trailing'), 'invalid_file', 'there is text after the end of the JSON array.'],
    ];
    for (const [bytes, code, message] of cases) {
      const error = await failure(loadJson({ source: bytes, spec: schoolSpec, options: { format: 'json' } }));
      expect([error.code, error.messageEn]).toEqual([code, `"JSON" is not readable JSON: ${message}`]);
    }
    const object = await failure(
      loadJson({ source: Buffer.from('{"schools": []}'), spec: schoolSpec, options: { format: 'json' } }),
    );
    expect(object.messageEn).toBe(
      '"JSON" is not readable JSON: a JSON file must be an array of records ([…]) or one record per line (NDJSON).',
    );
    const huge = await failure(
      loadJson({
        source: Buffer.from(`[{"id": "${'x'.repeat(3000)}"}]`),
        spec: schoolSpec,
        options: { maxRecordChars: 1000 },
      }),
    );
    expect(huge.code).toBe('file_too_large');
    const missing = await failure(loadJson({ source: join(directory, 'none.json'), spec: schoolSpec }));
    expect(missing.code).toBe('read_failed');
  });

  it('stops an endless record at maxRecordChars without reading the whole stream', async () => {
    let pulled = 0;
    async function* endless() {
      yield Buffer.from('[{"id": "');
      const chunk = Buffer.alloc(65_536, 0x61);
      for (let index = 0; index < 100_000; index++) {
        pulled++;
        yield chunk;
      }
    }
    const error = await failure(loadJson({ source: endless(), spec: schoolSpec, options: { onRow: () => {} } }));
    expect(error.code).toBe('file_too_large');
    expect(pulled).toBeLessThan(40);
  });

  it('keeps __proto__ and constructor keys harmless', async () => {
    const text =
      '[{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id": "1", "name": "甲", "type": "小学"}]';
    const result = await loadJson({ source: Buffer.from(text), spec: schoolSpec });
    expect(result.rows).toEqual([{ id: '1', name: '甲', type: 'primary' }]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('throws MissingColumnsError when the records lack a required field', async () => {
    const error = await failure(
      loadJson({ source: Buffer.from('[{"id": "1", "学校名": "甲", "type": "小学"}]'), spec: schoolSpec }),
    );
    expect(MissingColumnsError.isInstance(error)).toBe(true);
  });

  it('implements the v1 loader contract', async () => {
    expect([jsonLoader.specificationVersion, jsonLoader.name]).toEqual(['v1', 'json']);
    const ndjson = createJsonLoader({ format: 'ndjson' });
    const result = await ndjson.load(Buffer.from(`${JSON.stringify(records[1])}\n`), schoolSpec);
    expect([result.format, result.rows]).toEqual(['ndjson', [expectedRows[1]]]);
  });
});

describe('loadJson options', () => {
  it('refuses a misspelt option before opening the file, listing its own options and those of buildTable', async () => {
    const error = await loadJson({
      source: join(directory, 'no-such-file.json'),
      spec: schoolSpec,
      options: { fromat: 'ndjson' } as never,
    }).catch((caught: unknown) => caught);
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionError).path).toEqual(['options', 'fromat']);
    expect((error as InvalidOptionError).messageEn).toBe(
      'unknown option fromat; the options are: format, encoding, name, maxBytes, maxRecordChars, onProgress, mapping, headerSearchRows, onRow, keepRows, reportLimit, progressInterval, signal.',
    );
  });

  it('refuses headerRows, which records do not have', async () => {
    const error = await loadJson({
      source: join(directory, 'no-such-file.json'),
      spec: schoolSpec,
      options: { headerRows: 2 } as never,
    }).catch((caught: unknown) => caught);
    expect((error as InvalidOptionError).path).toEqual(['options', 'headerRows']);
  });
});

describe('loadJson with a zod schema', () => {
  it('validates each record with the zod schema and reports its findings by key', async () => {
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
    const text = [
      { 学校名称: '阳光小学', 在校生数: '1,234', 班级数: 28 },
      { 学校名称: '希望小学', 在校生数: 12, classes: 300 },
      { name: '育才小学', students: 5, classes: 6 },
    ]
      .map((record) => JSON.stringify(record))
      .join('\n');
    const result = await loadJson({ source: Buffer.from(text), spec });
    expectTypeOf(result.rows).toEqualTypeOf<{ name: string; students: number; classes: number }[]>();
    expect(result.rows).toEqual([{ name: '阳光小学', students: 1234, classes: 28 }]);
    expect(
      result.rejections.map(({ row, column, value, code, reason }) => [row, column, value, code, reason.en]),
    ).toEqual([
      [2, 'classes', '300', 'invalid_value', 'classes must be ≤ 200 (got 300).'],
      [2, 'classes', '300', 'invalid_value', 'more classes than students'],
      [3, 'classes', '6', 'invalid_value', 'more classes than students'],
    ]);
    expect(result.counts).toEqual({ read: 3, accepted: 1, rejected: 2, skipped: 0 });
  });
});
