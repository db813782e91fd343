import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { buildTable } from './build-table';
import { defineTableSpec } from './define-table-spec';
import type { LoadResult } from './load-result';
import type { TableLoader } from './table-loader';
import type { TableFieldKind, TableFieldSpec, TableSpec } from './table-spec';

const typed = defineTableSpec({
  name: 't',
  label: { zh: '表', en: 't' },
  fields: [{ name: 'name', label: { zh: '名称', en: 'name' }, kind: 'text', required: true }],
  schema: z.object({ name: z.string() }),
});

describe('the loading contract, in types', () => {
  it('a spec is typed by its schema, or is a record without one', () => {
    expectTypeOf(typed).toEqualTypeOf<TableSpec<{ name: string }>>();
    const untyped = defineTableSpec({
      name: 't',
      label: { zh: '表', en: 't' },
      fields: [{ name: 'name', label: { zh: '名称', en: 'name' }, kind: 'text' }],
    });
    expectTypeOf(untyped).toEqualTypeOf<TableSpec<Record<string, unknown>>>();
  });

  it('buildTable returns rows of the spec, and onRow receives them', () => {
    expectTypeOf(buildTable({ sheets: [], spec: typed })).toEqualTypeOf<Promise<LoadResult<{ name: string }>>>();
    buildTable({
      sheets: [],
      spec: typed,
      options: {
        onRow: (row) => {
          expectTypeOf(row).toEqualTypeOf<{ name: string }>();
        },
      },
    });
  });

  it('a loader declares the v1 contract and keeps the row type of the spec', () => {
    const loader: TableLoader<string> = {
      specificationVersion: 'v1',
      name: 'lines',
      load: (text, spec, options) =>
        buildTable({ sheets: { name: 'text', rows: [{ row: 1, cells: text.split(',') }] }, spec, options }),
    };
    expectTypeOf(loader.load('a', typed)).toEqualTypeOf<Promise<LoadResult<{ name: string }>>>();
    // @ts-expect-error: only 'v1' exists
    const wrong: TableLoader<string> = { ...loader, specificationVersion: 'v2' };
    expectTypeOf(wrong).not.toBeNever();
    const field: TableFieldSpec = {
      name: 'a',
      label: { zh: '甲', en: 'a' },
      // @ts-expect-error: a field kind must be one of the kinds
      kind: 'date',
    };
    expectTypeOf(field.kind).toEqualTypeOf<TableFieldKind>();
  });
});
