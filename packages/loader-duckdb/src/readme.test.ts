import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { defineTableSpec, type TableSpec } from '@edukpi/core';
import { expect, it } from 'vitest';
import { loadDuckdb } from './load-duckdb';
import { readDuckdbTable } from './read-duckdb-table';

/** Stands in for the README's zod schema: name and students required, as zod would say. */
const schema = {
  safeParse(value: Record<string, unknown>) {
    const issues = ['name', 'students']
      .filter((field) => value[field] === undefined)
      .map((field) => ({
        code: 'invalid_type',
        expected: 'number',
        path: [field],
        message: 'Required',
        input: undefined,
      }));
    return issues.length === 0 ? { success: true, data: value } : { success: false, error: { issues } };
  },
} as unknown as TableSpec<{ name: string; students: number }>['schema'];

it('does what the README says', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'edukpi-duckdb-readme-'));
  const path = join(directory, 'schools.parquet');
  try {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT * FROM (VALUES ('城关第一小学', 1200::BIGINT), ('河西小学', NULL)) AS t(学校名称, 在校生数)) TO '${path}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();

    const schoolSpec = defineTableSpec({
      name: 'school',
      label: { zh: '学校', en: 'school' },
      fields: [
        { name: 'name', label: { zh: '学校名称', en: 'school name' }, kind: 'text', required: true },
        { name: 'students', label: { zh: '在校生数', en: 'students' }, kind: 'count', required: true },
      ],
      schema,
    });
    const result = await loadDuckdb({ source: path, spec: schoolSpec });
    expect(result.rows).toEqual([{ name: '城关第一小学', students: 1200 }]);
    expect(
      result.rejections.map(({ sheet, row, column, value, code }) => ({ sheet, row, column, value, code })),
    ).toEqual([{ sheet: 'schools.parquet', row: 3, column: '在校生数', value: '', code: 'missing_value' }]);
    expect(result.counts).toEqual({ read: 3, accepted: 1, rejected: 1, skipped: 1 });

    const table = await readDuckdbTable({
      source: { sql: 'SELECT 1::HUGEINT << 100 AS big, 0.1::DECIMAL(38,10) AS exact' },
    });
    expect(table.columns).toEqual([
      { name: 'big', type: 'HUGEINT', values: [1267650600228229401496703205376n] },
      { name: 'exact', type: 'DECIMAL(38,10)', values: ['0.1000000000'] },
    ]);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});
