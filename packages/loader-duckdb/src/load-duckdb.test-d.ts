import type { LoadResult, TableLoader } from '@edukpi/core';
import { describe, expectTypeOf, it } from 'vitest';
import { type SchoolRow, schoolSpec } from './_test/school-spec';
import { type DuckdbCell, type DuckdbSource, duckdbLoader, loadDuckdb, readDuckdbTable } from './index';

describe('loadDuckdb types', () => {
  it('types the rows by the spec and takes every kind of source', () => {
    expectTypeOf(loadDuckdb({ source: 'a.parquet', spec: schoolSpec })).toEqualTypeOf<Promise<LoadResult<SchoolRow>>>();
    loadDuckdb({
      source: { sql: 'SELECT $1', parameters: [1n] },
      spec: schoolSpec,
      options: { name: 'x', maxRows: 1 },
    });
    loadDuckdb({ source: { sql: 'SELECT $a', parameters: { a: 'x' }, database: 'b.duckdb' }, spec: schoolSpec });
    loadDuckdb({ source: { file: ['a.txt'], format: 'csv' }, spec: schoolSpec });
    loadDuckdb({ source: { database: 'b.duckdb', table: 't', schema: 's' }, spec: schoolSpec });
    // @ts-expect-error a format is csv or parquet
    loadDuckdb({ source: { file: 'a.txt', format: 'xlsx' }, spec: schoolSpec });
    // @ts-expect-error a table needs its database
    loadDuckdb({ source: { table: 't' }, spec: schoolSpec });
    expectTypeOf(duckdbLoader).toExtend<TableLoader<DuckdbSource>>();
  });

  it('gives typed columns of exact cells', () => {
    expectTypeOf(readDuckdbTable({ source: 'a.parquet' })).resolves.toHaveProperty('columns');
    expectTypeOf<DuckdbCell>().toEqualTypeOf<string | number | boolean | bigint | Date | null>();
  });
});
