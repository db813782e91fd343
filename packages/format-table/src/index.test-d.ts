import type { IndicatorResult, Locale } from '@edukpi/core';
import type { RegimeEvaluation } from '@edukpi/standards';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createNumberCell,
  createTable,
  evaluationTables,
  type NumberCell,
  resultsTable,
  type Table,
  type TableCell,
  type TableSection,
  toCsv,
  toHtml,
  toMarkdown,
  toXlsx,
} from './index';

describe('public types', () => {
  it('builders return tables and sections', () => {
    expectTypeOf(resultsTable)
      .parameter(0)
      .toEqualTypeOf<
        readonly (IndicatorResult | import('@edukpi/core').IndicatorResultJson | import('./index').LabelledResult)[]
      >();
    expectTypeOf(resultsTable([])).toEqualTypeOf<Table>();
    expectTypeOf(evaluationTables).parameter(0).toEqualTypeOf<RegimeEvaluation>();
    expectTypeOf(evaluationTables({} as RegimeEvaluation)).toEqualTypeOf<TableSection[]>();
    expectTypeOf<Table['locale']>().toEqualTypeOf<Locale>();
  });

  it('writers take tables; XLSX is asynchronous', () => {
    expectTypeOf(toMarkdown).returns.toEqualTypeOf<string>();
    expectTypeOf(toHtml).returns.toEqualTypeOf<string>();
    expectTypeOf(toCsv).parameter(0).toEqualTypeOf<Table>();
    expectTypeOf(toXlsx).returns.toEqualTypeOf<Promise<Uint8Array>>();
  });

  it('locales, kinds and cells narrow; wrong input does not compile', () => {
    expectTypeOf(createNumberCell({ value: '1', decimals: 0 })).toEqualTypeOf<NumberCell>();
    expectTypeOf<Extract<TableCell, { kind: 'number' }>>().toEqualTypeOf<NumberCell>();
    // @ts-expect-error: not a locale
    resultsTable([], { locale: 'fr' });
    // @ts-expect-error: not a column kind
    createTable({ caption: 't', columns: [{ label: 'a', kind: 'date' }], rows: [] });
    // @ts-expect-error: CSV takes one table, not a list
    toCsv([]);
  });
});
