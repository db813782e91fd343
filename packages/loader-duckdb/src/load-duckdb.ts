import {
  type BuildTableOptions,
  buildTable,
  buildTableOptionNames,
  checkOptionRecord,
  type LoadResult,
  type TableSpec,
} from '@edukpi/core';
import type { DuckdbReadOptions, DuckdbSource } from './duckdb-source';
import { queryDuckdb } from './query-duckdb';

/** Options of {@link loadDuckdb}: every {@link BuildTableOptions} option, plus `connection`, `name` and `maxRows`. */
export interface LoadDuckdbOptions<Row> extends BuildTableOptions<Row>, DuckdbReadOptions {}

/** The parameters of {@link loadDuckdb}. */
export interface LoadDuckdbParameters<Row> {
  /** What to read: a CSV or Parquet path, a query, or a database table. */
  readonly source: DuckdbSource;
  /** The table to build. */
  readonly spec: TableSpec<Row>;
  readonly options?: LoadDuckdbOptions<Row>;
}

const readOptionNames: readonly string[] = [
  'connection',
  'name',
  'maxRows',
] satisfies readonly (keyof DuckdbReadOptions)[];
/** Every option {@link loadDuckdb} takes, checked before anything is opened. */
const optionNames: readonly string[] = [...readOptionNames, ...buildTableOptionNames];
const keptRowsLimit = 1_000_000;

/**
 * Loads a DuckDB source — a CSV or Parquet file, a query with bound parameters, or a table of a
 * DuckDB database opened read-only — into the validated rows of a table. The result's column
 * names are the header (mapped through the spec's Chinese and English aliases), values arrive
 * exact (BIGINT / HUGEINT as `bigint`, DECIMAL as exact decimal text, DATE / TIMESTAMP as
 * `Date`, NULL as blank), and every row is validated with the same rejection report as the CSV
 * and XLSX loaders: `counts.read === accepted + rejected + skipped`, the header row counted.
 *
 * A failed query (a syntax error, a missing file, a bad CSV line anywhere in the file) throws
 * before any row is accepted, never a silently shortened table; the database and connection are
 * closed, also on error. For data larger than memory, aggregate in SQL first: DuckDB holds the
 * query's result while its rows are validated (use `onRow` to keep JavaScript memory flat).
 *
 * @param parameters - `source`, `spec` and `options` ({@link LoadDuckdbOptions}).
 * @returns The accepted rows, the rejections (row numbers count the header as row 1), the skipped
 *   rows, the counts, the column mapping and warnings.
 * @throws {LoadError} when DuckDB cannot run the query or read the file (the DuckDB error is the `cause`).
 * @throws {MissingColumnsError} when the result lacks required columns.
 * @throws {InvalidOptionError} for a malformed source or option.
 *
 * @example
 * ```ts
 * import { loadDuckdb } from '@edukpi/loader-duckdb';
 *
 * const result = await loadDuckdb({
 *   source: { sql: 'SELECT * FROM read_parquet($1) WHERE county = $2', parameters: ['schools.parquet', '城关县'] },
 *   spec: schoolSpec,
 * });
 * result.rows;   // the validated schools of 城关县
 * result.counts; // { read: 1 + the result's rows, accepted, rejected, skipped: 1 + … }
 * ```
 */
export async function loadDuckdb<Row>({ source, spec, options }: LoadDuckdbParameters<Row>): Promise<LoadResult<Row>> {
  if (options !== undefined) checkOptionRecord(options, optionNames);
  const read: Record<string, unknown> = {};
  const build: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options ?? {})) {
    if (readOptionNames.includes(key)) read[key] = value;
    else build[key] = value;
  }
  const streaming = options?.onRow !== undefined && options.keepRows !== true;
  if (read.maxRows === undefined && !streaming && options?.keepRows !== false) read.maxRows = keptRowsLimit;
  return buildTable({
    sheets: queryDuckdb({ source, options: read as DuckdbReadOptions }),
    spec,
    options: build as BuildTableOptions<Row>,
  });
}
