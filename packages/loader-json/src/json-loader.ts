import type { TableLoader, TableSpec } from '@edukpi/core';
import type { JsonSource } from './load-json';
import { type LoadJsonOptions, type LoadJsonResult, loadJson } from './load-json';

/** The JSON loader as a `TableLoader`: `load(source, spec, options)` is {@link loadJson}. */
export interface JsonLoader extends TableLoader<JsonSource> {
  load<R>(source: JsonSource, spec: TableSpec<R>, options?: LoadJsonOptions<R>): Promise<LoadJsonResult<R>>;
}

/**
 * Creates a JSON loader implementing the versioned `TableLoader` contract (`specificationVersion:
 * 'v1'`), with default options that each call's options override.
 *
 * @param defaults - Options every load starts from, e.g. `{ format: 'ndjson' }`. Defaults to none.
 * @returns The loader.
 * @throws Never; options are checked when `load` runs.
 *
 * @example
 * ```ts
 * const ndjsonLoader = createJsonLoader({ format: 'ndjson' });
 * const result = await ndjsonLoader.load('schools.ndjson', schoolTableSpec);
 * ndjsonLoader.specificationVersion; // 'v1'
 * ```
 */
export function createJsonLoader(defaults: Omit<LoadJsonOptions<never>, 'onRow'> = {}): JsonLoader {
  return {
    specificationVersion: 'v1',
    name: 'json',
    load: <R>(source: JsonSource, spec: TableSpec<R>, options?: LoadJsonOptions<R>) =>
      loadJson<R>({ source, spec, options: { ...(defaults as LoadJsonOptions<R>), ...options } }),
  };
}

/**
 * The ready JSON loader: {@link createJsonLoader} with no defaults.
 *
 * @example
 * ```ts
 * const result = await jsonLoader.load('schools.json', schoolTableSpec);
 * result.format; // 'json'
 * ```
 */
export const jsonLoader: JsonLoader = createJsonLoader();
