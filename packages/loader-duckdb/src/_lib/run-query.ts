import { basename } from 'node:path';
import {
  type DuckDBConnection,
  DuckDBInstance,
  type DuckDBMaterializedResult,
  type DuckDBValue,
} from '@duckdb/node-api';
import { EdukpiError, InvalidOptionError, LoadError } from '@edukpi/core';
import type { DuckdbSource } from '../duckdb-source';
import { type ResolvedQuery, resolveSource } from './resolve-source';
import { type DuckdbCell, toDuckdbCell } from './to-duckdb-cell';

/** A result column: its name and its DuckDB type as SQL writes it (`'DECIMAL(38,10)'`, `'HUGEINT'`). */
export interface QueryColumn {
  readonly name: string;
  readonly type: string;
}

/** A query that ran: its columns, its row count, its rows chunk by chunk, and the way to release it. */
export interface QueryRun {
  readonly label: string;
  readonly columns: readonly QueryColumn[];
  readonly rowCount: number;
  /** The rows, one DuckDB chunk (up to 2,048 rows) at a time, converted to exact raw cells. */
  chunks(): Generator<DuckdbCell[][]>;
  /** Closes the connection and database this run opened (never a connection it was given). Idempotent. */
  close(): void;
}

/** The source's label for reports, known before anything is opened. */
export function labelOf(source: DuckdbSource, name: string | undefined): string {
  if (name !== undefined) return name;
  if (typeof source === 'string') return basename(source);
  if (typeof source === 'object' && source !== null) {
    if ('file' in source) {
      const files = typeof source.file === 'string' ? [source.file] : source.file;
      const first = files?.[0];
      if (typeof first === 'string') return files.length === 1 ? basename(first) : `${basename(first)} …`;
    }
    if ('table' in source && typeof source.table === 'string') return source.table;
  }
  return 'query';
}

/**
 * Resolves the source, opens an in-memory database (or the source's database file, read-only)
 * unless given a connection, and runs the query with its parameters bound.
 *
 * The result is materialized by DuckDB rather than streamed: in @duckdb/node-api 1.5.6 a
 * streaming result that fails part-way (a bad CSV line, a failed cast on row 500,000) ends as if
 * it were complete, silently dropping the rest, because the error is not exposed to JavaScript.
 * A materialized run reports every error before the first row is handed over, so counts can be
 * trusted. Rows still reach JavaScript one chunk at a time.
 *
 * @throws {LoadError} with the DuckDB error as `cause`; {@link InvalidOptionError} for a malformed source.
 */
export async function runQuery(
  source: DuckdbSource,
  options: { readonly connection?: DuckDBConnection; readonly name?: string; readonly maxRows?: number | undefined },
): Promise<QueryRun> {
  const { maxRows } = options;
  if (maxRows !== undefined && (typeof maxRows !== 'number' || !Number.isInteger(maxRows) || maxRows < 0)) {
    throw new InvalidOptionError({
      path: ['options', 'maxRows'],
      messageZh: `maxRows 应为非负整数,收到 ${String(maxRows)}`,
      messageEn: `maxRows must be a whole number ≥ 0 (got ${String(maxRows)}).`,
    });
  }
  const query = await resolveSource(source, options.name);
  if (options.connection !== undefined && query.database !== undefined) {
    throw new InvalidOptionError({
      path: ['options', 'connection'],
      messageZh: '已给出 connection 时,source 不能再指定 database;请在该连接上 ATTACH 数据库后用 sql 查询',
      messageEn:
        'a source naming a database cannot run on a given connection; ATTACH the database on it and query it with sql.',
    });
  }
  let instance: DuckDBInstance | undefined;
  let connection = options.connection;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (options.connection === undefined) {
      connection?.closeSync();
      instance?.closeSync();
    }
  };
  try {
    if (connection === undefined) {
      instance =
        query.database === undefined
          ? await DuckDBInstance.create(':memory:')
          : await DuckDBInstance.create(query.database, { access_mode: 'READ_ONLY' });
      connection = await instance.connect();
    }
    const result = await connection.run(query.sql, copyParameters(query.parameters));
    if (maxRows !== undefined && result.rowCount > maxRows) {
      throw new LoadError({
        code: 'file_too_large',
        source: query.label,
        messageZh: `「${query.label}」的结果有 ${result.rowCount} 行,超过 maxRows 上限 ${maxRows};请在 SQL 中先汇总或加条件,或用 onRow 逐行处理,或调大 maxRows`,
        messageEn: `"${query.label}" returns ${result.rowCount} rows, more than maxRows (${maxRows}); aggregate or filter in SQL first, stream the rows with onRow, or raise maxRows.`,
      });
    }
    return describeRun(query, result, close);
  } catch (error) {
    close();
    throw wrapQueryError(error, query);
  }
}

function copyParameters(
  parameters: ResolvedQuery['parameters'],
): DuckDBValue[] | Record<string, DuckDBValue> | undefined {
  if (parameters === undefined) return undefined;
  if (Array.isArray(parameters)) return [...parameters];
  return { ...(parameters as Readonly<Record<string, DuckDBValue>>) };
}

function describeRun(query: ResolvedQuery, result: DuckDBMaterializedResult, close: () => void): QueryRun {
  const names = result.columnNames();
  const types = result.columnTypes();
  const columns = names.map((name, index) => ({ name, type: String(types[index]) }));
  function* chunks(): Generator<DuckdbCell[][]> {
    const count = result.chunkCount;
    for (let index = 0; index < count; index += 1) {
      const rows = result.getChunk(index).getRows();
      yield rows.map((row) => row.map(toDuckdbCell));
    }
  }
  return { label: query.label, columns, rowCount: result.rowCount, chunks, close };
}

/**
 * A DuckDB error as a {@link LoadError} carrying DuckDB's message (first line) and the original
 * error as `cause`: `invalid_file` when a file's content is at fault (a CSV that cannot be
 * parsed, a file that is not Parquet), `file_too_large` when DuckDB ran out of memory,
 * `read_failed` otherwise (a syntax error, a missing table, a locked database).
 */
export function wrapQueryError(error: unknown, query: Pick<ResolvedQuery, 'label' | 'readsFiles'>): unknown {
  if (EdukpiError.isInstance(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = (message.split('\n')[0] ?? '').slice(0, 300);
  let code: LoadError['code'] = 'read_failed';
  if (/^Out of Memory Error/i.test(firstLine)) code = 'file_too_large';
  else if (query.readsFiles && /^(?:Invalid Input Error|Conversion Error|Invalid Error)/i.test(firstLine)) {
    code = 'invalid_file';
  }
  return new LoadError({
    code,
    source: query.label,
    messageZh: `DuckDB 读取「${query.label}」失败:${firstLine}`,
    messageEn: `DuckDB could not read "${query.label}": ${firstLine}`,
    cause: error,
  });
}
