import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type DuckDBValue, listValue, quotedIdentifier } from '@duckdb/node-api';
import { InvalidOptionError, LoadError } from '@edukpi/core';
import type { DuckdbParameters, DuckdbSource } from '../duckdb-source';

/** A source turned into a query: SQL, bound values, the database to open read-only, and a label. */
export interface ResolvedQuery {
  readonly sql: string;
  readonly parameters: DuckdbParameters | undefined;
  readonly database: string | undefined;
  readonly label: string;
  /** Whether the query reads files whose content may be malformed (a DuckDB "Invalid Input" error then means a bad file). */
  readonly readsFiles: boolean;
}

const csvExtension = /\.(?:csv|tsv|txt)(?:\.(?:gz|zst))?$/i;
const parquetExtension = /\.(?:parquet|pq|parq)$/i;
const globCharacters = /[*?[]/;
const duckdbMagic = 'DUCK';

/**
 * Resolves a {@link DuckdbSource} into the query that reads it, checking what can be checked
 * before DuckDB runs: that a named file exists and is a regular file (globs are left to DuckDB),
 * that a database file is a DuckDB database, and that the source's shape is known.
 *
 * @throws {InvalidOptionError} for a malformed source or an unknown file extension.
 * @throws {LoadError} `read_failed` for a missing file, `invalid_file` for a database file that is not DuckDB's.
 */
export async function resolveSource(source: DuckdbSource, label: string | undefined): Promise<ResolvedQuery> {
  if (typeof source === 'string') return resolveFiles([source], undefined, label);
  if (typeof source !== 'object' || source === null) throw malformedSource();
  if ('file' in source) {
    const files = typeof source.file === 'string' ? [source.file] : source.file;
    if (!Array.isArray(files) || files.length === 0 || !files.every((file) => typeof file === 'string')) {
      throw malformedSource();
    }
    return resolveFiles(files, source.format, label);
  }
  if ('sql' in source) {
    if (typeof source.sql !== 'string' || source.sql.trim() === '') throw malformedSource();
    if (source.database !== undefined) await checkDatabaseFile(source.database);
    return {
      sql: source.sql,
      parameters: source.parameters,
      database: source.database,
      label: label ?? 'query',
      readsFiles: false,
    };
  }
  if ('table' in source && 'database' in source) {
    if (typeof source.table !== 'string' || source.table === '') throw malformedSource();
    await checkDatabaseFile(source.database);
    const table =
      source.schema === undefined
        ? quotedIdentifier(source.table)
        : `${quotedIdentifier(source.schema)}.${quotedIdentifier(source.table)}`;
    return {
      sql: `SELECT * FROM ${table}`,
      parameters: undefined,
      database: source.database,
      label: label ?? source.table,
      readsFiles: false,
    };
  }
  throw malformedSource();
}

async function resolveFiles(
  files: readonly string[],
  format: 'csv' | 'parquet' | undefined,
  label: string | undefined,
): Promise<ResolvedQuery> {
  const first = files[0]!;
  const resolvedFormat = format ?? formatOf(first);
  if (resolvedFormat !== 'csv' && resolvedFormat !== 'parquet') {
    throw new InvalidOptionError({
      path: ['source', 'format'],
      messageZh: `无法从「${basename(first)}」的扩展名判断格式;请用 { file, format: 'csv' | 'parquet' } 指明`,
      messageEn: `Cannot tell the format of "${basename(first)}" from its extension; give it as { file, format: 'csv' | 'parquet' }.`,
    });
  }
  for (const file of files) {
    if (!globCharacters.test(file)) await checkRegularFile(file);
  }
  const reader = resolvedFormat === 'csv' ? 'read_csv' : 'read_parquet';
  const value: DuckDBValue = files.length === 1 ? first : listValue([...files]);
  return {
    sql: `SELECT * FROM ${reader}($files)`,
    parameters: { files: value },
    database: undefined,
    label: label ?? (files.length === 1 ? basename(first) : `${basename(first)} …`),
    readsFiles: true,
  };
}

function formatOf(path: string): 'csv' | 'parquet' | undefined {
  if (csvExtension.test(path)) return 'csv';
  if (parquetExtension.test(path)) return 'parquet';
  return undefined;
}

async function checkRegularFile(path: string): Promise<void> {
  let stats: Awaited<ReturnType<typeof stat>>;
  try {
    stats = await stat(path);
  } catch (error) {
    throw new LoadError({
      code: 'read_failed',
      source: basename(path),
      messageZh: `找不到文件「${path}」`,
      messageEn: `The file "${path}" does not exist.`,
      cause: error,
    });
  }
  if (!stats.isFile()) {
    throw new LoadError({
      code: 'read_failed',
      source: basename(path),
      messageZh: `「${path}」不是普通文件(是目录、设备或管道)`,
      messageEn: `"${path}" is not a regular file (it is a directory, a device or a pipe).`,
    });
  }
}

/** A DuckDB database file holds `DUCK` at byte 8; anything else (a SQLite file, a CSV) is refused with a clear error. */
async function checkDatabaseFile(path: unknown): Promise<void> {
  if (typeof path !== 'string' || path === '') throw malformedSource();
  await checkRegularFile(path);
  const handle = await open(path, 'r');
  try {
    const header = Buffer.alloc(12);
    const { bytesRead } = await handle.read(header, 0, 12, 0);
    if (bytesRead < 12 || header.subarray(8, 12).toString('latin1') !== duckdbMagic) {
      throw new LoadError({
        code: 'invalid_file',
        source: basename(path),
        messageZh: `「${basename(path)}」不是 DuckDB 数据库文件`,
        messageEn: `"${basename(path)}" is not a DuckDB database file.`,
      });
    }
  } finally {
    await handle.close();
  }
}

function malformedSource(): InvalidOptionError {
  return new InvalidOptionError({
    path: ['source'],
    messageZh:
      'source 应为 CSV/Parquet 文件路径、{ file, format }、{ sql, parameters, database } 或 { database, table, schema }',
    messageEn:
      'source must be a CSV or Parquet path, { file, format }, { sql, parameters, database } or { database, table, schema }.',
  });
}
