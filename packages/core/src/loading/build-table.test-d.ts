import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { type BuildTableOptions, buildTable } from './build-table';
import type { buildTableOptionNames } from './build-table-option-names';
import { cellProblem, type RawCellProblem } from './cell-problem';
import { defineTableSpec } from './define-table-spec';
import type { LoadResult } from './load-result';
import type { RawCell } from './raw-row';
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

  it('a problem cell is a RawCell made only by cellProblem, never a look-alike object', () => {
    expectTypeOf(cellProblem('', { zh: '坏', en: 'bad' })).toEqualTypeOf<RawCellProblem>();
    expectTypeOf<RawCellProblem>().toExtend<RawCell>();
    // @ts-expect-error a plain object with the same fields is not a problem cell
    const lookAlike: RawCell = { raw: '', reason: { zh: '坏', en: 'bad' }, code: 'invalid_value' };
    expectTypeOf(lookAlike).toEqualTypeOf<RawCell>();
    // @ts-expect-error the code is a RejectionCode
    cellProblem('', { zh: '坏', en: 'bad' }, { code: 'broken' });
  });

  it('buildTableOptionNames names every option of buildTable, and only those', () => {
    expectTypeOf<(typeof buildTableOptionNames)[number]>().toEqualTypeOf<keyof BuildTableOptions<unknown>>();
  });
});
