import type { LoadResult, LoadTableOptions, TableLoader, TableSpec } from '@edukpi/core';
import type { DuckdbReadOptions, DuckdbSource } from './duckdb-source';
import { type LoadDuckdbOptions, loadDuckdb } from './load-duckdb';

/** The DuckDB loader as a {@link TableLoader}: what `createDuckdbLoader` returns. */
export type DuckdbLoader = TableLoader<DuckdbSource, unknown, DuckdbReadOptions>;

/**
 * Creates the DuckDB loader as a versioned {@link TableLoader} (`specificationVersion: 'v1'`),
 * for code that takes any loader. `defaults` are applied under each call's own options, e.g. a
 * shared `connection`.
 *
 * @param defaults - Options applied to every load, overridden by the options of a call. Defaults to none.
 * @returns A loader whose `load(source, spec, options)` is {@link loadDuckdb}.
 * @throws Never; `load` throws what {@link loadDuckdb} throws.
 *
 * @example
 * ```ts
 * import { createDuckdbLoader } from '@edukpi/loader-duckdb';
 *
 * const loader = createDuckdbLoader({ reportLimit: 100 });
 * const result = await loader.load('schools-2023.parquet', schoolSpec);
 * ```
 */
export function createDuckdbLoader(defaults: Omit<LoadDuckdbOptions<never>, 'onRow'> = {}): DuckdbLoader {
  return {
    specificationVersion: 'v1',
    name: 'duckdb',
    load<Row>(
      source: DuckdbSource,
      spec: TableSpec<Row>,
      options?: LoadTableOptions<Row> & DuckdbReadOptions,
    ): Promise<LoadResult<Row>> {
      return loadDuckdb({ source, spec, options: { ...(defaults as LoadDuckdbOptions<Row>), ...options } });
    },
  };
}

/**
 * The DuckDB loader with the default options, ready to use as a {@link TableLoader}.
 *
 * @example
 * ```ts
 * import { duckdbLoader } from '@edukpi/loader-duckdb';
 *
 * const result = await duckdbLoader.load({ database: 'bureau.duckdb', table: 'schools' }, schoolSpec);
 * ```
 */
export const duckdbLoader: DuckdbLoader = createDuckdbLoader();
