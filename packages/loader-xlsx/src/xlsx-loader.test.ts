import type { TableLoader } from '@edukpi/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildBureauWorkbook, goodSchools, schoolSpec } from './_test/bureau-workbook';
import { createXlsxLoader, xlsxLoader } from './xlsx-loader';

describe('xlsxLoader', () => {
  it('implements the v1 loader contract', async () => {
    expect([xlsxLoader.specificationVersion, xlsxLoader.name]).toEqual(['v1', 'xlsx']);
    expectTypeOf(xlsxLoader).toMatchTypeOf<TableLoader<string | Uint8Array>>();
    const result = await xlsxLoader.load(await buildBureauWorkbook(), schoolSpec);
    expect(result.rows).toEqual(goodSchools);
  });

  it('applies its defaults under the options of each call', async () => {
    const bytes = await buildBureauWorkbook();
    const loader = createXlsxLoader({ sheet: '第二学区' });
    expect((await loader.load(bytes, schoolSpec)).rows.map((row) => row.name)).toEqual(['东乡小学', '东乡中学']);
    expect((await loader.load(bytes, schoolSpec, { sheet: 1 })).rows).toEqual(goodSchools);
    await expect(createXlsxLoader({ maxBytes: 100 }).load(bytes, schoolSpec)).rejects.toMatchObject({
      code: 'file_too_large',
    });
  });
});
