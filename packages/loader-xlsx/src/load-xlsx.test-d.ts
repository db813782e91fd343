import type { LoadResult, TableLoader } from '@edukpi/core';
import { describe, expectTypeOf, it } from 'vitest';
import { type SchoolRow, schoolSpec } from './_test/bureau-workbook';
import { loadXlsx, xlsxLoader } from './index';

describe('loadXlsx types', () => {
  it('types the rows by the spec and takes the XLSX options with the builder options', () => {
    expectTypeOf(loadXlsx({ source: 'a.xlsx', spec: schoolSpec })).toEqualTypeOf<Promise<LoadResult<SchoolRow>>>();
    loadXlsx({
      source: new Uint8Array(),
      spec: schoolSpec,
      options: {
        sheet: '基础表',
        maxBytes: 1,
        onRow: (row) => {
          expectTypeOf(row).toEqualTypeOf<SchoolRow>();
        },
      },
    });
    loadXlsx({ source: 'a.xlsx', spec: schoolSpec, options: { sheets: 'all' } });
    loadXlsx({ source: 'a.xlsx', spec: schoolSpec, options: { sheets: ['基础表', 2] } });
    // @ts-expect-error a sheet is a name or a position
    loadXlsx({ source: 'a.xlsx', spec: schoolSpec, options: { sheet: true } });
    // @ts-expect-error sheets is 'all' or a list
    loadXlsx({ source: 'a.xlsx', spec: schoolSpec, options: { sheets: 'every' } });
    // @ts-expect-error a source is a path or bytes
    loadXlsx({ source: 42, spec: schoolSpec });
    expectTypeOf(xlsxLoader).toExtend<TableLoader<string | Uint8Array>>();
  });
});
