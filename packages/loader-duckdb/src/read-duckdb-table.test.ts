import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { InvalidOptionError, LoadError } from '@edukpi/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDuckdbTable } from './read-duckdb-table';

let directory = '';
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'edukpi-duckdb-'));
});
afterAll(async () => {
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

describe('readDuckdbTable', () => {
  it('returns 128-bit integers and decimals exactly, with their DuckDB types', async () => {
    const table = await readDuckdbTable({
      source: {
        sql: `SELECT
          (1::HUGEINT << 100) AS two_to_the_100,
          '-170141183460469231731687303715884105728'::HUGEINT AS hugeint_min,
          9223372036854775807::BIGINT AS bigint_max,
          12345678901234567890.1234567890::DECIMAL(38,10) AS wide_decimal,
          -0.05::DECIMAL(10,4) AS small_negative,
          42::INTEGER AS plain`,
      },
    });
    expect(table.columns.map(({ name, type, values }) => [name, type, values])).toEqual([
      ['two_to_the_100', 'HUGEINT', [2n ** 100n]],
      ['hugeint_min', 'HUGEINT', [-(2n ** 127n)]],
      ['bigint_max', 'BIGINT', [9223372036854775807n]],
      ['wide_decimal', 'DECIMAL(38,10)', ['12345678901234567890.1234567890']],
      ['small_negative', 'DECIMAL(10,4)', ['-0.0500']],
      ['plain', 'INTEGER', [42]],
    ]);
    expect(table.rowCount).toBe(1);
    expect(table.name).toBe('query');
  });

  it('gives dates and timestamps as Dates, text as text, NULL as null, and odd values as their text', async () => {
    const table = await readDuckdbTable({
      source: {
        sql: `SELECT * FROM (VALUES
          (DATE '2023-09-01', TIMESTAMP '2023-09-01 08:30:00.123456', '城关小学', NULL::INTEGER, 'nan'::DOUBLE, 'infinity'::DATE, TRUE, '-infinity'::TIMESTAMP),
          (DATE '1969-12-31', TIMESTAMP '1969-12-31 23:59:59.9995', NULL, 7, 1.5::DOUBLE, DATE '2000-02-29', NULL, TIMESTAMPTZ '2023-09-01 08:00:00+08')
        ) AS t(day, moment, name, count, ratio, far, flag, stamped)`,
      },
    });
    const values = Object.fromEntries(table.columns.map((column) => [column.name, column.values]));
    expect(values.day).toEqual([new Date('2023-09-01T00:00:00Z'), new Date('1969-12-31T00:00:00Z')]);
    expect(values.moment).toEqual([new Date('2023-09-01T08:30:00.123Z'), new Date('1969-12-31T23:59:59.999Z')]);
    expect(values.name).toEqual(['城关小学', null]);
    expect(values.count).toEqual([null, 7]);
    expect(values.ratio).toEqual(['NaN', 1.5]);
    expect(values.far).toEqual(['infinity', new Date('2000-02-29T00:00:00Z')]);
    expect(values.flag).toEqual([true, null]);
    expect(values.stamped).toEqual(['-infinity', new Date('2023-09-01T00:00:00Z')]);
  });

  it('reads a Parquet file DuckDB itself wrote, keeping BIGINT and DECIMAL(38,10) exact', async () => {
    const path = join(directory, "schools 2023's.parquet");
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT * FROM (VALUES ('一小', 9007199254740993::BIGINT, 99999999999999999999999999.9999999999::DECIMAL(38,10)),
                                 ('二小', 12::BIGINT, 0.0000000001::DECIMAL(38,10))) AS t(name, students, funds))
       TO '${path.replaceAll("'", "''")}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    const progress: [number, number | undefined][] = [];
    const table = await readDuckdbTable({
      source: path,
      options: { onProgress: ({ rows, percent }) => progress.push([rows, percent]) },
    });
    expect(table.name).toBe("schools 2023's.parquet");
    expect(table.columns.map(({ name, type, values }) => [name, type, values])).toEqual([
      ['name', 'VARCHAR', ['一小', '二小']],
      ['students', 'BIGINT', [9007199254740993n, 12n]],
      ['funds', 'DECIMAL(38,10)', ['99999999999999999999999999.9999999999', '0.0000000001']],
    ]);
    expect(progress).toEqual([[2, 100]]);
  });

  it('binds paths and parameters instead of splicing them into SQL', async () => {
    const path = join(directory, "a'; DROP TABLE x; --.csv");
    await writeFile(path, '学校名称,在校生数\n一小,1200\n');
    const table = await readDuckdbTable({ source: path });
    expect(table.columns.map((column) => column.values)).toEqual([['一小'], [1200n]]);
    const filtered = await readDuckdbTable({
      source: { sql: 'SELECT * FROM read_csv($1) WHERE 学校名称 = $2', parameters: [path, "一小' OR '1'='1"] },
    });
    expect(filtered.rowCount).toBe(0);
  });

  it('refuses a result over maxRows before converting it', async () => {
    const error = await caught(
      readDuckdbTable({ source: { sql: 'SELECT * FROM range(10)' }, options: { maxRows: 5, name: '测试' } }),
    );
    expect(LoadError.isInstance(error)).toBe(true);
    expect((error as LoadError).code).toBe('file_too_large');
    expect((error as LoadError).messageEn).toBe(
      '"测试" returns 10 rows, more than maxRows (5); aggregate or filter in SQL first, stream the rows with onRow, or raise maxRows.',
    );
    const bad = await caught(readDuckdbTable({ source: { sql: 'SELECT 1' }, options: { maxRows: -1 } }));
    expect(InvalidOptionError.isInstance(bad)).toBe(true);
  });

  it('turns a query error into a LoadError with the DuckDB error as its cause', async () => {
    const error = await caught(readDuckdbTable({ source: { sql: 'SELECT * FROM no_such_table' } }));
    expect(LoadError.isInstance(error)).toBe(true);
    const loadError = error as LoadError;
    expect(loadError.code).toBe('read_failed');
    expect(loadError.messageEn).toBe(
      'DuckDB could not read "query": Catalog Error: Table with name no_such_table does not exist!',
    );
    expect(loadError.messageZh).toBe(
      'DuckDB 读取「query」失败:Catalog Error: Table with name no_such_table does not exist!',
    );
    expect(loadError.cause).toBeInstanceOf(Error);
    expect((loadError.cause as Error).message).toMatch(/^Catalog Error: Table with name no_such_table does not exist!/);
  });
});
