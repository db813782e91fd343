import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';

/** Values bound to a query's `?`/`$1` (a list) or `$name` (an object) parameters; never spliced into the SQL text. */
export type DuckdbParameters = readonly DuckDBValue[] | Readonly<Record<string, DuckDBValue>>;

/**
 * What DuckDB reads:
 *
 * - a path (or glob, `'data/*.parquet'`) to a CSV (`.csv`, `.tsv`, `.txt`, optionally `.gz` /
 *   `.zst`) or Parquet (`.parquet`, `.pq`) file, read with `read_csv` / `read_parquet`;
 * - `{ file, format }`: the same with the format given (for another extension) and several files;
 * - `{ sql, parameters, database }`: any query, its parameters bound, on a DuckDB database file
 *   opened read-only (or an in-memory database when `database` is omitted);
 * - `{ database, table, schema }`: a whole table of a DuckDB database file, opened read-only.
 *
 * Paths are always bound as parameters or quoted, never concatenated into SQL.
 *
 * @example
 * ```ts
 * const sources: DuckdbSource[] = [
 *   'schools-2023.parquet',
 *   { file: ['east.csv', 'west.csv'], format: 'csv' },
 *   { sql: 'SELECT * FROM read_parquet($1) WHERE county = $2', parameters: ['schools.parquet', '城关县'] },
 *   { database: 'bureau.duckdb', table: 'schools' },
 * ];
 * ```
 */
export type DuckdbSource =
  | string
  | {
      readonly file: string | readonly string[];
      /** Defaults to the format of the (first) file's extension. */
      readonly format?: 'csv' | 'parquet';
    }
  | {
      readonly sql: string;
      /** Defaults to none. */
      readonly parameters?: DuckdbParameters;
      /** A DuckDB database file to run the query on, opened read-only. Defaults to an in-memory database. */
      readonly database?: string;
    }
  | {
      readonly database: string;
      readonly table: string;
      /** Defaults to the database's default schema (`main`). */
      readonly schema?: string;
    };

/** The options every DuckDB reader takes. */
export interface DuckdbReadOptions {
  /**
   * An open connection to run the query on, for an analyst with a database already set up. It is
   * left open. Not with a source that names a `database`. Defaults to a new in-memory database
   * (or the source's database file, read-only), closed when the read ends, also on error.
   */
  readonly connection?: DuckDBConnection;
  /** The name rejections and warnings give the result. Defaults to the file's name, the table's name, or `'query'`. */
  readonly name?: string;
  /**
   * The most rows a result may have; a larger one is refused (`file_too_large`) before any value
   * reaches JavaScript, so a forgotten `WHERE` or a 2 GB CSV cannot exhaust memory. Defaults to
   * 1,000,000 for `readDuckdbTable`, and for `loadDuckdb` when the rows are kept; to no limit for
   * `queryDuckdb` and for a `loadDuckdb` whose rows stream to `onRow`.
   */
  readonly maxRows?: number;
}
