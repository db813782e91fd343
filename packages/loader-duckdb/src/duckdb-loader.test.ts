import type { TableLoader } from '@edukpi/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { schoolSpec } from './_test/school-spec';
import { createDuckdbLoader, duckdbLoader } from './duckdb-loader';
import type { DuckdbSource } from './duckdb-source';

describe('duckdbLoader', () => {
  it('implements the v1 loader contract', async () => {
    expect([duckdbLoader.specificationVersion, duckdbLoader.name]).toEqual(['v1', 'duckdb']);
    expectTypeOf(duckdbLoader).toMatchTypeOf<TableLoader<DuckdbSource>>();
    const result = await duckdbLoader.load({ sql: "SELECT '一小' AS 学校名称, 1200 AS 在校生数" }, schoolSpec);
    expect(result.rows).toEqual([{ name: '一小', students: 1200 }]);
  });

  it('applies its defaults under the options of each call', async () => {
    const loader = createDuckdbLoader({ name: '事业统计' });
    const source = { sql: "SELECT '一小' AS name, 'x' AS students" };
    expect((await loader.load(source, schoolSpec)).rejections[0]?.sheet).toBe('事业统计');
    expect((await loader.load(source, schoolSpec, { name: '学籍' })).rejections[0]?.sheet).toBe('学籍');
  });
});
