import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBConnection, DuckDBInstance, listValue } from '@duckdb/node-api';
import { defineTableSpec, InvalidOptionError, LoadError, MissingColumnsError } from '@edukpi/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { z } from 'zod';
import { type SchoolRow, schoolSpec } from './_test/school-spec';
import { loadDuckdb } from './load-duckdb';
import { queryDuckdb } from './query-duckdb';

let directory = '';
let databasePath = '';
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'edukpi-duckdb-load-'));
  databasePath = join(directory, 'bureau.duckdb');
  const instance = await DuckDBInstance.create(databasePath);
  const connection = await instance.connect();
  await connection.run(`CREATE SCHEMA stats;
    CREATE TABLE stats.schools AS SELECT * FROM (VALUES
      ('城关第一小学', 1200::BIGINT, 35.50::DECIMAL(18,2), DATE '1952-09-01'),
      ('河西中学', NULL, 12.25::DECIMAL(18,2), NULL),
      ('合计', 1200::BIGINT, 47.75::DECIMAL(18,2), NULL)
    ) AS t(学校名称, 在校生数, 公用经费, 建校日期)`);
  connection.closeSync();
  instance.closeSync();
});
afterAll(async () => {
  vi.restoreAllMocks();
  await rm(directory, { recursive: true, force: true });
});

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, none was thrown');
}

describe('loadDuckdb', () => {
  it('loads a table of a DuckDB database opened read-only, with the same report as the other loaders', async () => {
    const result = await loadDuckdb({
      source: { database: databasePath, table: 'schools', schema: 'stats' },
      spec: schoolSpec,
    });
    // DECIMAL(18,2) 35.50 arrives as the exact text '35.50'; a decimal field keeps its value, without trailing zeros.
    expect(result.rows).toEqual([{ name: '城关第一小学', students: 1200, funds: '35.5', opened: '1952-09-01' }]);
    expect(
      result.rejections.map(({ sheet, row, column, field, value, code }) => [sheet, row, column, field, value, code]),
    ).toEqual([['schools', 3, '在校生数', 'students', '', 'missing_value']]);
    expect(result.skipped.map(({ row, kind }) => [row, kind])).toEqual([
      [1, 'header'],
      [4, 'totals'],
    ]);
    expect(result.counts).toEqual({ read: 4, accepted: 1, rejected: 1, skipped: 2 });
  });

  it('opens the database read-only: a query that writes fails and changes nothing', async () => {
    const error = await caught(
      loadDuckdb({
        source: { sql: "INSERT INTO stats.schools VALUES ('x', 1, 1, NULL) RETURNING *", database: databasePath },
        spec: schoolSpec,
      }),
    );
    expect(LoadError.isInstance(error)).toBe(true);
    expect((error as LoadError).messageEn).toContain('read-only');
    const after = await loadDuckdb({
      source: { database: databasePath, table: 'schools', schema: 'stats' },
      spec: schoolSpec,
    });
    expect(after.counts.read).toBe(4);
  });

  it('loads CSV with Chinese headers through read_csv, mapping them through the aliases', async () => {
    const path = join(directory, '学校.csv');
    await writeFile(path, '学校名称,在校生数,公用经费\n一小,1200,35.5\n二小,三百,1\n三小,-4,2.25\n');
    const result = await loadDuckdb({ source: path, spec: schoolSpec });
    expect(result.rows).toEqual([{ name: '一小', students: 1200, funds: '35.5' }]);
    expect(result.rejections.map(({ sheet, row, value, code }) => [sheet, row, value, code])).toEqual([
      ['学校.csv', 3, '三百', 'not_a_number'],
      ['学校.csv', 4, '-4', 'negative'],
    ]);
    expect(result.counts).toEqual({ read: 4, accepted: 1, rejected: 2, skipped: 1 });
  });

  it('keeps DECIMAL(38,10) exact into decimal fields and refuses a HUGEINT count beyond exact integers', async () => {
    const result = await loadDuckdb({
      source: {
        sql: `SELECT * FROM (VALUES
          ('一小', 12::HUGEINT, 12345678901234567890.1234567890::DECIMAL(38,10)),
          ('二小', 1::HUGEINT << 100, 0::DECIMAL(38,10))) AS t(name, students, funds)`,
      },
      spec: schoolSpec,
    });
    expect(result.rows).toEqual([{ name: '一小', students: 12, funds: '12345678901234567890.123456789' }]);
    expect(result.rejections.map(({ row, value, code }) => [row, value, code])).toEqual([
      [3, '1267650600228229401496703205376', 'invalid_value'],
    ]);
  });

  it('never returns a shortened table when the query fails part-way (DuckDB streaming would hide it)', async () => {
    const error = await caught(
      loadDuckdb({
        source: {
          sql: "SELECT 'school' || range AS name, CASE WHEN range > 500000 THEN error('late failure') ELSE range END AS students FROM range(1000000)",
        },
        spec: schoolSpec,
        options: { name: '全省学籍' },
      }),
    );
    expect(LoadError.isInstance(error)).toBe(true);
    expect((error as LoadError).messageEn).toBe('DuckDB could not read "全省学籍": Invalid Input Error: late failure');
  });

  it('reports a bad CSV line anywhere in the file as an invalid file, with the DuckDB message', async () => {
    const path = join(directory, 'late-bad-line.csv');
    const lines = ['学校名称,在校生数'];
    for (let index = 0; index < 30_000; index += 1) lines.push(`校${index},${index}`);
    lines.push('坏行,1,多出来的列');
    await writeFile(path, `${lines.join('\n')}\n`);
    const error = await caught(loadDuckdb({ source: path, spec: schoolSpec }));
    expect((error as LoadError).code).toBe('invalid_file');
    expect((error as LoadError).messageEn).toMatch(
      /^DuckDB could not read "late-bad-line.csv": .*CSV Error on Line: 30002/,
    );
  });

  it('refuses a binary file given as CSV, a missing file, a file that is not a DuckDB database, an unknown extension', async () => {
    const binary = join(directory, 'photo.csv');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe, 0, 1, 2, 3, 10, 0, 200]));
    const binaryError = (await caught(loadDuckdb({ source: binary, spec: schoolSpec }))) as LoadError;
    expect(binaryError.code).toBe('invalid_file');
    expect(binaryError.messageEn).toMatch(/^DuckDB could not read "photo.csv": Invalid Input Error: /);

    const missing = (await caught(
      loadDuckdb({ source: join(directory, 'none.parquet'), spec: schoolSpec }),
    )) as LoadError;
    expect([missing.code, missing.messageEn]).toEqual([
      'read_failed',
      `The file "${join(directory, 'none.parquet')}" does not exist.`,
    ]);

    const notDatabase = (await caught(
      loadDuckdb({ source: { database: binary, table: 'schools' }, spec: schoolSpec }),
    )) as LoadError;
    expect([notDatabase.code, notDatabase.messageEn]).toEqual([
      'invalid_file',
      '"photo.csv" is not a DuckDB database file.',
    ]);

    const unknown = await caught(loadDuckdb({ source: join(directory, 'data.xlsx'), spec: schoolSpec }));
    expect(InvalidOptionError.isInstance(unknown)).toBe(true);
    expect((unknown as InvalidOptionError).messageEn).toBe(
      "Cannot tell the format of \"data.xlsx\" from its extension; give it as { file, format: 'csv' | 'parquet' }.",
    );
  });

  it('throws the missing columns of a result that lacks them', async () => {
    const error = await caught(loadDuckdb({ source: { sql: "SELECT '一小' AS 校名" }, spec: schoolSpec }));
    expect(MissingColumnsError.isInstance(error)).toBe(true);
    expect((error as MissingColumnsError).missing.map((column) => column.field)).toEqual(['name', 'students']);
  });

  it('closes the database and connection it opened, also when the query fails, and never one it was given', async () => {
    const connectionClose = vi.spyOn(DuckDBConnection.prototype, 'closeSync');
    const instanceClose = vi.spyOn(DuckDBInstance.prototype, 'closeSync');
    await caught(loadDuckdb({ source: { sql: 'SELEC 1' }, spec: schoolSpec }));
    expect([connectionClose.mock.calls.length, instanceClose.mock.calls.length]).toEqual([1, 1]);
    await loadDuckdb({ source: { sql: "SELECT '一小' AS name, 1 AS students" }, spec: schoolSpec });
    expect([connectionClose.mock.calls.length, instanceClose.mock.calls.length]).toEqual([2, 2]);

    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run("CREATE TABLE mine AS SELECT '一小' AS name, 5 AS students");
    const result = await loadDuckdb({
      source: { sql: 'SELECT * FROM mine' },
      spec: schoolSpec,
      options: { connection },
    });
    expect(result.rows).toEqual([{ name: '一小', students: 5 }]);
    await caught(loadDuckdb({ source: { sql: 'SELECT * FROM missing' }, spec: schoolSpec, options: { connection } }));
    expect([connectionClose.mock.calls.length, instanceClose.mock.calls.length]).toEqual([2, 2]);
    expect((await connection.runAndReadAll('SELECT count(*) FROM mine')).getRows()).toEqual([[1n]]);
    connectionClose.mockRestore();
    instanceClose.mockRestore();
    connection.closeSync();
    instance.closeSync();
  });

  it('closes the connection when the load stops part-way (aborted)', async () => {
    const connectionClose = vi.spyOn(DuckDBConnection.prototype, 'closeSync');
    const signal = { aborted: false };
    const error = await caught(
      loadDuckdb({
        source: { sql: "SELECT 'school' || range AS name, range AS students FROM range(5000)" },
        spec: schoolSpec,
        options: {
          signal,
          onRow: (_row, source) => {
            if (source.row === 100) signal.aborted = true;
          },
        },
      }),
    );
    expect((error as LoadError).code).toBe('read_failed');
    expect(connectionClose).toHaveBeenCalledTimes(1);
    connectionClose.mockRestore();
  });

  it('refuses a result of more than a million kept rows before converting any; with onRow, only a maxRows given', async () => {
    const source = { sql: "SELECT 'school' || range AS name, range AS students FROM range(1000001)" };
    const started = performance.now();
    const error = (await caught(loadDuckdb({ source, spec: schoolSpec }))) as LoadError;
    expect(performance.now() - started).toBeLessThan(5000);
    expect([error.code, error.messageEn]).toEqual([
      'file_too_large',
      '"query" returns 1000001 rows, more than maxRows (1000000); aggregate or filter in SQL first, stream the rows with onRow, or raise maxRows.',
    ]);
    let streamed = 0;
    const result = await loadDuckdb({
      source: { sql: "SELECT 'school' || range AS name, range AS students FROM range(3000)" },
      spec: schoolSpec,
      options: { maxRows: 2999, onRow: () => {} },
    }).catch((caughtError: unknown) => caughtError as LoadError);
    expect((result as LoadError).code).toBe('file_too_large');
    const streamedResult = await loadDuckdb({
      source: { sql: "SELECT 'school' || range AS name, range AS students FROM range(3000)" },
      spec: schoolSpec,
      options: {
        onRow: () => {
          streamed += 1;
        },
      },
    });
    expect([streamed, streamedResult.rows.length, streamedResult.counts.accepted]).toEqual([3000, 0, 3000]);
  });

  it('reports progress by rows', async () => {
    const progress: number[] = [];
    await loadDuckdb({
      source: { sql: "SELECT 'school' || range AS name, range AS students FROM range(2500)" },
      spec: schoolSpec,
      options: { onProgress: ({ rows }) => progress.push(rows), progressInterval: 1000 },
    });
    expect(progress).toEqual([1000, 2000, 2501]);
  });

  it('binds list parameters: the rows of any table come back the same, and the counts reconcile', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            name: fc.stringMatching(/^第[\u4e00-\u9fa5A-Za-z0-9'"; ,-]{0,12}校$/),
            students: fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }),
            funds: fc.option(fc.bigInt({ min: 0n, max: 10n ** 20n }), { nil: null }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        async (schools) => {
          const result = await loadDuckdb({
            source: {
              sql: `SELECT unnest($names) AS name, unnest($students) AS students,
                      NULLIF(unnest($funds), '')::DECIMAL(38,2) AS funds`,
              parameters: {
                names: listValue(schools.map((school) => school.name)),
                students: listValue(schools.map((school) => school.students)),
                funds: listValue(schools.map((school) => (school.funds === null ? '' : centsText(school.funds, true)))),
              },
            },
            spec: schoolSpec,
          });
          const expected: SchoolRow[] = schools.map((school) => ({
            name: school.name,
            students: Number(school.students),
            ...(school.funds === null ? {} : { funds: centsText(school.funds) }),
          }));
          expect(result.rows).toEqual(expected);
          expect(result.counts).toEqual({
            read: schools.length + 1,
            accepted: schools.length,
            rejected: 0,
            skipped: 1,
          });
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('queryDuckdb', () => {
  it('is lazy: nothing runs until its rows are iterated, and the header is row 1', async () => {
    const open = vi.spyOn(DuckDBInstance, 'create');
    const sheet = queryDuckdb({ source: { sql: 'SELECT 1::HUGEINT << 100 AS big' }, options: { name: '大数' } });
    expect([sheet.name, sheet.headerRows, open.mock.calls.length]).toEqual(['大数', 1, 0]);
    const rows = [];
    for await (const row of sheet.rows as AsyncIterable<unknown>) rows.push(row);
    expect(rows).toEqual([
      { row: 1, cells: ['big'] },
      { row: 2, cells: [2n ** 100n] },
    ]);
    expect(open).toHaveBeenCalledTimes(1);
    open.mockRestore();
  });
});

/** 12345n (cents) → '123.45'; 12300n → '123.00', or '123' without trailing zeros (how a decimal field keeps it). */
function centsText(cents: bigint, keepZeros = false): string {
  const text = cents.toString().padStart(3, '0');
  const fraction = keepZeros ? text.slice(-2) : text.slice(-2).replace(/0+$/, '');
  return fraction === '' ? text.slice(0, -2) : `${text.slice(0, -2)}.${fraction}`;
}

describe('loadDuckdb options', () => {
  it('refuses a misspelt option, listing its own options and those of buildTable', async () => {
    const error = await caught(
      loadDuckdb({
        source: { database: join(directory, 'no-such.duckdb'), table: 'schools' },
        spec: schoolSpec,
        options: { maxRow: 10 } as never,
      }),
    );
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionError).path).toEqual(['options', 'maxRow']);
    expect((error as InvalidOptionError).messageEn).toBe(
      'unknown option maxRow; the options are: connection, name, maxRows, mapping, headerRows, headerSearchRows, onRow, keepRows, reportLimit, onProgress, progressInterval, signal.',
    );
  });
});

describe('loadDuckdb with a zod schema', () => {
  it('validates each result row with the zod schema and reports its findings by column', async () => {
    const spec = defineTableSpec({
      name: 'school',
      label: { zh: '学校', en: 'school' },
      fields: [
        { name: 'name', label: { zh: '学校名称', en: 'school name' }, kind: 'text', required: true },
        { name: 'students', label: { zh: '在校生数', en: 'students' }, kind: 'count', required: true },
        { name: 'classes', label: { zh: '班级数', en: 'classes' }, kind: 'count', required: true },
        { name: 'funds', label: { zh: '公用经费', en: 'funds' }, kind: 'decimal' },
      ],
      schema: z
        .object({
          name: z.string().min(1),
          students: z.number().int().min(0),
          classes: z.number().int().max(200),
          funds: z.string().optional(),
        })
        .refine((row) => row.classes <= row.students, { path: ['classes'], message: 'more classes than students' }),
    });
    const result = await loadDuckdb({
      source: {
        sql: `SELECT * FROM (VALUES
          ('阳光小学', 1234::BIGINT, 28::HUGEINT, 35.50::DECIMAL(18,2)),
          ('希望小学', 12::BIGINT, 300::HUGEINT, NULL),
          ('育才小学', 5::BIGINT, 6::HUGEINT, NULL)
        ) AS t(学校名称, 在校生数, 班级数, 公用经费)`,
      },
      spec,
    });
    expectTypeOf(result.rows).toEqualTypeOf<{ name: string; students: number; classes: number; funds?: string }[]>();
    expect(result.rows).toEqual([{ name: '阳光小学', students: 1234, classes: 28, funds: '35.5' }]);
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
