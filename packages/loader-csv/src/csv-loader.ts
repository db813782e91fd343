import type { TableLoader, TableSpec } from '@edukpi/core';
import type { CsvSource } from './_lib/byte-source';
import { type LoadCsvOptions, type LoadCsvResult, loadCsv } from './load-csv';

/** The CSV loader as a {@link TableLoader}: `load(source, spec, options)` is {@link loadCsv}. */
export interface CsvLoader extends TableLoader<CsvSource> {
  load<R>(source: CsvSource, spec: TableSpec<R>, options?: LoadCsvOptions<R>): Promise<LoadCsvResult<R>>;
}

/**
 * Creates a CSV loader implementing the versioned `TableLoader` contract (`specificationVersion:
 * 'v1'`), with default options that each call's options override.
 *
 * @param defaults - Options every load starts from, e.g. `{ encoding: 'gbk' }`. Defaults to none.
 * @returns The loader.
 * @throws Never; options are checked when `load` runs.
 *
 * @example
 * ```ts
 * const gbkLoader = createCsvLoader({ encoding: 'gbk', reportLimit: 100 });
 * const result = await gbkLoader.load('schools.csv', schoolTableSpec);
 * gbkLoader.specificationVersion; // 'v1'
 * ```
 */
export function createCsvLoader(defaults: Omit<LoadCsvOptions<never>, 'onRow'> = {}): CsvLoader {
  return {
    specificationVersion: 'v1',
    name: 'csv',
    load: <R>(source: CsvSource, spec: TableSpec<R>, options?: LoadCsvOptions<R>) =>
      loadCsv<R>({ source, spec, options: { ...(defaults as LoadCsvOptions<R>), ...options } }),
  };
}

/**
 * The ready CSV loader: {@link createCsvLoader} with no defaults.
 *
 * @example
 * ```ts
 * const result = await csvLoader.load('schools.csv', schoolTableSpec);
 * result.counts.read === result.counts.accepted + result.counts.rejected + result.counts.skipped; // true
 * ```
 */
export const csvLoader: CsvLoader = createCsvLoader();
