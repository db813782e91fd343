import {
  type BuildTableOptions,
  buildTable,
  buildTableOptionNames,
  checkOptionRecord,
  type LoadResult,
  type TableSpec,
} from '@edukpi/core';
import type { CsvSource } from './_lib/byte-source';
import { type CsvDelimiter, type CsvEncoding, type ReadCsvOptions, readCsv } from './read-csv';

/** Options of {@link loadCsv}: how to read the file, and the options of `buildTable`. */
export interface LoadCsvOptions<Row> extends BuildTableOptions<Row>, Omit<ReadCsvOptions, 'maxBytes'> {
  /**
   * The most bytes read before failing with `file_too_large`. Defaults to 256 MiB when the rows
   * are kept (about a million school rows), and to no limit when they stream to `onRow`.
   */
  readonly maxBytes?: number;
}

/** What {@link loadCsv} returns: the load result, and what was detected about the file. */
export interface LoadCsvResult<Row> extends LoadResult<Row> {
  /** The encoding the file was read in. */
  readonly encoding: CsvEncoding;
  /** Whether the file starts with a byte-order mark. */
  readonly bom: boolean;
  /** The field delimiter. */
  readonly delimiter: CsvDelimiter;
}

/** The parameters of {@link loadCsv}. */
export interface LoadCsvParameters<Row> {
  /** A file path, a `file:` URL, bytes (Buffer, Uint8Array, ArrayBuffer), a Node Readable or a web ReadableStream. */
  readonly source: CsvSource;
  /** The table to build, e.g. `schoolTableSpec` from `@edukpi/standards`. */
  readonly spec: TableSpec<Row>;
  readonly options?: LoadCsvOptions<Row>;
}

const readOptionNames = new Set<string>([
  'encoding',
  'delimiter',
  'name',
  'maxBytes',
  'maxRecordChars',
  'onProgress',
  'signal',
] satisfies (keyof LoadCsvOptions<unknown>)[]);
/** Every option {@link loadCsv} takes, checked before the file is opened. */
const optionNames: readonly string[] = [...new Set([...readOptionNames, ...buildTableOptionNames])];
const keptRowsLimit = 256 * 1024 * 1024;

/**
 * Loads a CSV file — as Excel saves it: UTF-8 with or without BOM, GBK or GB18030, comma, tab
 * or semicolon separated — into validated rows of a table: finds the header under any title
 * rows (two- and three-row headers are flattened), maps Chinese or English headers to the
 * spec's fields, reads thousands separators, full-width digits, `万`/`亿` and percents, skips
 * blank and totals rows, validates every row with the spec's zod schema, and reports each bad
 * cell in Chinese and English. `counts.read === accepted + rejected + skipped`, always.
 *
 * Streams in chunks of about 1 MiB with `onProgress` (rows, bytes, total bytes, percent); with
 * `onRow`, rows are not kept and memory stays flat however large the file. Past a few million
 * rows, `@edukpi/loader-duckdb` is the faster path.
 *
 * @param parameters - `source`, `spec` and `options` (encoding, delimiter, limits, and every
 *   option of `buildTable`: mapping, headerRows, onRow, keepRows, reportLimit, signal…).
 * @returns The rows, rejections, skipped rows, counts, columns and warnings, with the encoding,
 *   BOM and delimiter found.
 * @throws {LoadError} `read_failed` (a missing or unreadable file, an aborted load),
 *   `invalid_file` (a binary file, a workbook, undecodable text) or `file_too_large` (over
 *   `maxBytes`, or a record over `maxRecordChars`).
 * @throws {MissingColumnsError} when required columns are not found (with the near misses).
 * @throws {InvalidOptionError} for an unknown or malformed option.
 *
 * @example
 * ```ts
 * import { loadCsv } from '@edukpi/loader-csv';
 * import { schoolTableSpec } from '@edukpi/standards';
 *
 * const result = await loadCsv({ source: '2023事业统计.csv', spec: schoolTableSpec });
 * result.encoding;   // 'gb18030' (a GBK file saved by Excel)
 * result.counts;     // { read: 1206, accepted: 1180, rejected: 3, skipped: 23 }
 * result.rejections[0];
 * // { sheet: '2023事业统计.csv', row: 57, column: '小学 / 班级数', field: 'primary.classes', value: '二十',
 * //   code: 'not_a_number', reason: { zh: '小学班级数应为数字,「二十」不是数字', en: '…' } }
 * ```
 */
export async function loadCsv<Row>({
  source,
  spec,
  options = {},
}: LoadCsvParameters<Row>): Promise<LoadCsvResult<Row>> {
  checkOptionRecord(options, optionNames);
  const readOptions: Record<string, unknown> = {};
  const buildOptions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (readOptionNames.has(key)) readOptions[key] = value;
    if (key !== 'onProgress' && !readOptionNames.has(key)) buildOptions[key] = value;
  }
  if (options.signal !== undefined) buildOptions.signal = options.signal;
  const streaming = options.onRow !== undefined && options.keepRows !== true;
  if (readOptions.maxBytes === undefined && !streaming && options.keepRows !== false)
    readOptions.maxBytes = keptRowsLimit;
  const sheet = await readCsv({ source, options: readOptions as ReadCsvOptions });
  const result = await buildTable({ sheets: sheet, spec, options: buildOptions as BuildTableOptions<Row> });
  return {
    ...result,
    encoding: sheet.encoding,
    bom: sheet.bom,
    delimiter: sheet.delimiter,
  };
}
