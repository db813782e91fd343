import type { RawRow, RawSheet } from '@edukpi/core';
import { labelOf, runQuery } from './_lib/run-query';
import type { DuckdbReadOptions, DuckdbSource } from './duckdb-source';

/** The parameters of {@link queryDuckdb}. */
export interface QueryDuckdbParameters {
  /** What to read: a CSV or Parquet path, a query, or a database table. */
  readonly source: DuckdbSource;
  readonly options?: DuckdbReadOptions;
}

/**
 * Reads a DuckDB source as a {@link RawSheet} for `buildTable`: row 1 is the header (the result's
 * column names, `headerRows: 1`), rows 2 onwards are the result's rows, with exact values —
 * BIGINT and HUGEINT as `bigint`, DECIMAL as its exact decimal text, DATE and TIMESTAMP as `Date`,
 * VARCHAR as text, NULL as a blank cell (never zero).
 *
 * Nothing is opened until the rows are iterated; the database and connection it opens are closed
 * when the iteration ends, is abandoned (`break`, a thrown error) or fails. Iterate once.
 *
 * @param parameters - `source` and `options` (a `connection` to reuse, a `name`).
 * @returns A sheet whose `rows` run the query when first iterated.
 * @throws Never itself; iterating throws {@link LoadError} (with the DuckDB error as `cause`) when
 *   the query fails, and {@link InvalidOptionError} for a malformed source.
 *
 * @example
 * ```ts
 * import { buildTable } from '@edukpi/core';
 * import { queryDuckdb } from '@edukpi/loader-duckdb';
 *
 * const sheet = queryDuckdb({ source: { sql: 'SELECT 1::HUGEINT << 100 AS big' } });
 * for await (const row of sheet.rows) console.log(row);
 * // { row: 1, cells: ['big'] }
 * // { row: 2, cells: [1267650600228229401496703205376n] }
 * ```
 */
export function queryDuckdb({ source, options = {} }: QueryDuckdbParameters): RawSheet {
  const name = labelOf(source, options.name);
  async function* rows(): AsyncGenerator<RawRow> {
    const run = await runQuery(source, options);
    try {
      yield { row: 1, cells: run.columns.map((column) => column.name) };
      let rowNumber = 1;
      for (const chunk of run.chunks()) {
        for (const cells of chunk) {
          rowNumber += 1;
          yield { row: rowNumber, cells };
        }
      }
    } finally {
      run.close();
    }
  }
  return { name, headerRows: 1, rows: { [Symbol.asyncIterator]: rows } };
}
