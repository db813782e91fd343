export { createDuckdbLoader, type DuckdbLoader, duckdbLoader } from './duckdb-loader';
export type { DuckdbParameters, DuckdbReadOptions, DuckdbSource } from './duckdb-source';
export { type LoadDuckdbOptions, type LoadDuckdbParameters, loadDuckdb } from './load-duckdb';
export { type QueryDuckdbParameters, queryDuckdb } from './query-duckdb';
export {
  type DuckdbCell,
  type DuckdbTable,
  type DuckdbTableColumn,
  type ReadDuckdbTableOptions,
  type ReadDuckdbTableParameters,
  readDuckdbTable,
} from './read-duckdb-table';
