import type { BuildTableOptions } from './build-table';
import type { LoadResult } from './load-result';
import type { TableSpec } from './table-spec';

/** How far a load has got. `bytes`, `totalBytes` and `percent` are given when the reader knows them. */
export interface LoadProgress {
  /** Source rows read so far. */
  readonly rows: number;
  /** Source bytes read so far. */
  readonly bytes?: number;
  /** The source's size in bytes, when known. */
  readonly totalBytes?: number;
  /** `bytes / totalBytes` as a percentage 0–100, when both are known. */
  readonly percent?: number;
}

/** A progress callback. */
export type LoadProgressCallback = (progress: LoadProgress) => void;

/** The options every {@link TableLoader} accepts; a loader may accept more. */
export type LoadTableOptions<Row> = BuildTableOptions<Row>;

/**
 * The versioned loader contract: a file, buffer, stream or database in, validated rows and a
 * rejection report out. Third parties implement it to plug a source into edukpi; the literal
 * `specificationVersion` tells a consumer which version of this contract a loader implements.
 *
 * @example
 * ```ts
 * const linesLoader: TableLoader<string> = {
 *   specificationVersion: 'v1',
 *   name: 'lines',
 *   load: (text, spec, options) =>
 *     buildTable({
 *       sheets: { name: 'text', rows: text.split('\n').map((line, index) => ({ row: index + 1, cells: line.split('\t') })) },
 *       spec,
 *       options,
 *     }),
 * };
 * ```
 */
export interface TableLoader<Source, Row = unknown, Options extends object = Record<never, never>> {
  /** The version of this contract the loader implements. */
  readonly specificationVersion: 'v1';
  /** A short name of the loader, e.g. `'csv'`. */
  readonly name: string;
  /** Loads `source` into the rows of `spec`. Throws only for an unreadable source or missing columns; bad cells are reported. */
  load<R extends Row>(
    source: Source,
    spec: TableSpec<R>,
    options?: LoadTableOptions<R> & Options,
  ): Promise<LoadResult<R>>;
}
