import type { LoadProgressCallback } from '@edukpi/core';
import { runQuery } from './_lib/run-query';
import type { DuckdbCell } from './_lib/to-duckdb-cell';
import type { DuckdbReadOptions, DuckdbSource } from './duckdb-source';

export type { DuckdbCell } from './_lib/to-duckdb-cell';

/** One column of a {@link DuckdbTable}: its name, its DuckDB type and its values, top to bottom. */
export interface DuckdbTableColumn {
  readonly name: string;
  /** The DuckDB type as SQL writes it: `'BIGINT'`, `'HUGEINT'`, `'DECIMAL(38,10)'`, `'DATE'`, `'VARCHAR'`… */
  readonly type: string;
  /** The values, exact: BIGINT/HUGEINT as `bigint`, DECIMAL as exact decimal text, DATE/TIMESTAMP as `Date`, NULL as `null`. */
  readonly values: DuckdbCell[];
}

/** A query result as typed columns, for analysis without a table spec. */
export interface DuckdbTable {
  /** The source's label: the file's name, the table's name, or `'query'`. */
  readonly name: string;
  readonly rowCount: number;
  readonly columns: readonly DuckdbTableColumn[];
}

/** Options of {@link readDuckdbTable}: `maxRows` defaults to 1,000,000 here. */
export interface ReadDuckdbTableOptions extends DuckdbReadOptions {
  /** Called after each chunk of up to 2,048 rows with the rows converted so far and the percentage. Defaults to none. */
  readonly onProgress?: LoadProgressCallback;
}

/** The parameters of {@link readDuckdbTable}. */
export interface ReadDuckdbTableParameters {
  /** What to read: a CSV or Parquet path, a query, or a database table. */
  readonly source: DuckdbSource;
  readonly options?: ReadDuckdbTableOptions;
}

/**
 * Reads a DuckDB source into typed columns — names, DuckDB types and exact values — without a
 * table spec: for an analyst who wants the columns of a Parquet file or a query as they are.
 * DuckDB's 128-bit integers and decimals come back exact (`bigint`, decimal text), never as
 * rounded floats. The database and connection opened are closed, also on error.
 *
 * @param parameters - `source` and `options` (`maxRows`, `onProgress`, a `connection`, a `name`).
 * @returns The columns with their types and values, and the row count.
 * @throws {LoadError} when the query fails (the DuckDB error is the `cause`), or `file_too_large`
 *   when the result has more than `maxRows` rows.
 * @throws {InvalidOptionError} for a malformed source or option.
 *
 * @example
 * ```ts
 * import { readDuckdbTable } from '@edukpi/loader-duckdb';
 *
 * const table = await readDuckdbTable({
 *   source: { sql: "SELECT 1::HUGEINT << 100 AS big, 12345.67::DECIMAL(38,10) AS exact" },
 * });
 * table.columns.map((column) => column.type);   // ['HUGEINT', 'DECIMAL(38,10)']
 * table.columns.map((column) => column.values); // [[1267650600228229401496703205376n], ['12345.6700000000']]
 * ```
 */
export async function readDuckdbTable({ source, options = {} }: ReadDuckdbTableParameters): Promise<DuckdbTable> {
  const { maxRows = 1_000_000, onProgress, ...readOptions } = options;
  const run = await runQuery(source, { ...readOptions, maxRows });
  try {
    const columns = run.columns.map((column) => ({ name: column.name, type: column.type, values: [] as DuckdbCell[] }));
    let rows = 0;
    for (const chunk of run.chunks()) {
      for (const row of chunk) {
        row.forEach((value, index) => {
          columns[index]?.values.push(value);
        });
      }
      rows += chunk.length;
      onProgress?.({ rows, percent: run.rowCount === 0 ? 100 : (rows / run.rowCount) * 100 });
    }
    return { name: run.label, rowCount: rows, columns };
  } finally {
    run.close();
  }
}
