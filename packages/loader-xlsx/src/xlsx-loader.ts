import type { LoadResult, LoadTableOptions, TableLoader, TableSpec } from '@edukpi/core';
import { type LoadXlsxOptions, loadXlsx, type XlsxReadOptions, type XlsxSource } from './load-xlsx';

/** The XLSX loader as a {@link TableLoader}: what `createXlsxLoader` returns. */
export type XlsxLoader = TableLoader<XlsxSource, unknown, XlsxReadOptions>;

/**
 * Creates the XLSX loader as a versioned {@link TableLoader} (`specificationVersion: 'v1'`), for
 * code that takes any loader (the CLI, a service choosing a loader by file type). `defaults` are
 * applied under each call's own options, e.g. a lower `maxBytes` for a service.
 *
 * @param defaults - Options applied to every load, overridden by the options of a call. Defaults to none.
 * @returns A loader whose `load(source, spec, options)` is {@link loadXlsx}.
 * @throws Never; `load` throws what {@link loadXlsx} throws.
 *
 * @example
 * ```ts
 * import { createXlsxLoader } from '@edukpi/loader-xlsx';
 *
 * const loader = createXlsxLoader({ maxBytes: 20 * 1024 * 1024 });
 * loader.specificationVersion; // 'v1'
 * const result = await loader.load('2023事业统计.xlsx', schoolSpec, { sheets: 'all' });
 * ```
 */
export function createXlsxLoader(defaults: Omit<LoadXlsxOptions<never>, 'onRow'> = {}): XlsxLoader {
  return {
    specificationVersion: 'v1',
    name: 'xlsx',
    load<Row>(
      source: XlsxSource,
      spec: TableSpec<Row>,
      options?: LoadTableOptions<Row> & XlsxReadOptions,
    ): Promise<LoadResult<Row>> {
      return loadXlsx({ source, spec, options: { ...(defaults as LoadXlsxOptions<Row>), ...options } });
    },
  };
}

/**
 * The XLSX loader with the default options, ready to use as a {@link TableLoader}.
 *
 * @example
 * ```ts
 * import { xlsxLoader } from '@edukpi/loader-xlsx';
 *
 * const result = await xlsxLoader.load('2023事业统计.xlsx', schoolSpec);
 * result.counts; // { read, accepted, rejected, skipped }, read === accepted + rejected + skipped
 * ```
 */
export const xlsxLoader: XlsxLoader = createXlsxLoader();
