import {
  type BilingualText,
  type BuildTableOptions,
  buildTableFromRecords,
  buildTableOptionNames,
  checkOptionRecord,
  InvalidOptionError,
  LoadError,
  type LoadProgressCallback,
  type LoadResult,
  type RawRecord,
  type TableSpec,
} from '@edukpi/core';
import { type ByteSourceInput, checkSourceSize, openByteSource } from '@edukpi/loader-csv';
import {
  JsonArraySplitter,
  type JsonRecordText,
  JsonRecordTooLargeError,
  JsonShapeError,
  NdjsonSplitter,
} from './_lib/json-splitter';

/** What {@link loadJson} reads: a file path or `file:` URL, bytes, a Node stream or a web stream. */
export type JsonSource = ByteSourceInput;

/** The layouts {@link loadJson} reads: a JSON array of records, or NDJSON (one record per line). */
export type JsonFormat = 'json' | 'ndjson';

/** The text encodings {@link loadJson} reads. JSON is UTF-8; files saved by Chinese Windows tools may be GBK. */
export type JsonEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030';

/** Options of {@link loadJson}: how to read the file, and the options of `buildTable`. */
export interface LoadJsonOptions<Row> extends Omit<BuildTableOptions<Row>, 'headerRows' | 'onProgress'> {
  /** `'json'` (an array), `'ndjson'` (one record per line) or `'auto'` (by the first character). Defaults to `'auto'`. */
  readonly format?: 'auto' | JsonFormat;
  /** The text encoding; `'auto'` reads a byte-order mark, else UTF-8, else GB18030. Defaults to `'auto'`. */
  readonly encoding?: 'auto' | JsonEncoding;
  /** The name used in reports. Defaults to the file name, else `'JSON'`. */
  readonly name?: string;
  /** The most bytes read. Defaults to 256 MiB when rows are kept, no limit when they stream to `onRow`. */
  readonly maxBytes?: number;
  /** The longest record in characters. Defaults to 1,048,576. */
  readonly maxRecordChars?: number;
  /** Called after each chunk (about 1 MiB) with records read, bytes, total bytes and percent. */
  readonly onProgress?: LoadProgressCallback;
}

/** What {@link loadJson} returns: the load result, with the format and encoding found. */
export interface LoadJsonResult<Row> extends LoadResult<Row> {
  readonly format: JsonFormat;
  readonly encoding: JsonEncoding;
}

/** The parameters of {@link loadJson}. */
export interface LoadJsonParameters<Row> {
  /** A file path, a `file:` URL, bytes, a Node Readable or a web ReadableStream. */
  readonly source: JsonSource;
  readonly spec: TableSpec<Row>;
  readonly options?: LoadJsonOptions<Row>;
}

const readOptionNames = new Set<string>([
  'format',
  'encoding',
  'name',
  'maxBytes',
  'maxRecordChars',
  'onProgress',
] satisfies (keyof LoadJsonOptions<unknown>)[]);
/** Every option {@link loadJson} takes, checked before the file is opened. */
// Records have no header rows: `headerRows` is the one table option that means nothing here.
const optionNames: readonly string[] = [
  ...new Set([...readOptionNames, ...buildTableOptionNames.filter((name) => name !== 'headerRows')]),
];
const keptRowsLimit = 256 * 1024 * 1024;

function invalid(name: string, zh: string, en: string, cause?: unknown): LoadError {
  return new LoadError({
    code: 'invalid_file',
    source: name,
    messageZh: `「${name}」不是可读的 JSON:${zh}`,
    messageEn: `"${name}" is not readable JSON: ${en}`,
    cause,
  });
}

function sniff(bytes: Uint8Array, name: string): { encoding: JsonEncoding; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    throw invalid(
      name,
      `第 ${nul} 字节处出现空字节(NUL),这是二进制文件`,
      `it holds a NUL byte at byte ${nul}, so it is binary.`,
    );
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
      return { encoding, bom: false };
    } catch {}
  }
  throw invalid(name, '既不是 UTF-8 也不是 GBK/GB18030 文本', 'it is neither UTF-8 nor GBK/GB18030 text.');
}

function parseRecord(entry: JsonRecordText, format: JsonFormat): RawRecord {
  const text = entry.text;
  if (format === 'ndjson' && text.trim() === '') return { row: entry.row, record: undefined };
  try {
    return { row: entry.row, record: JSON.parse(text) as unknown };
  } catch {
    const where: BilingualText =
      format === 'ndjson'
        ? { zh: `第 ${entry.row} 行不是有效的 JSON`, en: `line ${entry.row} is not valid JSON.` }
        : { zh: `第 ${entry.row} 条记录不是有效的 JSON`, en: `record ${entry.row} is not valid JSON.` };
    return { row: entry.row, record: text, error: where };
  }
}

/**
 * Loads JSON records — a JSON array of objects, or NDJSON with one object per line — into
 * validated rows of a table, through the same header mapping, cell reading, totals and blank
 * skipping, validation and bilingual rejection report as the CSV and XLSX loaders. Keys are
 * headers in any language (`学校名称`, `school_name`, `name`); nested objects are grouped headers
 * (`{ "小学": { "在校生数": 350 } }`). Both layouts are read in chunks of about 1 MiB and split
 * record by record, so memory stays flat with `onRow`; a record that is not valid JSON, or not an
 * object, is rejected and the rest still load. `counts.read === accepted + rejected + skipped`.
 *
 * @param parameters - `source` (a path, `file:` URL, bytes or stream), `spec` and `options`.
 * @returns The rows, rejections, skipped rows, counts, columns and warnings, with the format and
 *   encoding found.
 * @throws {LoadError} `read_failed` (a missing or unreadable file), `invalid_file` (binary, not
 *   JSON, not an array or NDJSON, an incomplete array) or `file_too_large` (over `maxBytes`, or a
 *   record over `maxRecordChars`).
 * @throws {MissingColumnsError} when the first records lack a required field.
 * @throws {InvalidOptionError} for an unknown or malformed option.
 *
 * @example
 * ```ts
 * import { loadJson } from '@edukpi/loader-json';
 * import { schoolTableSpec } from '@edukpi/standards';
 *
 * const result = await loadJson({ source: 'schools.ndjson', spec: schoolTableSpec });
 * result.format; // 'ndjson'
 * result.rejections[0]?.reason.zh; // '第 12 行不是有效的 JSON'
 * ```
 */
export async function loadJson<Row>({
  source,
  spec,
  options = {},
}: LoadJsonParameters<Row>): Promise<LoadJsonResult<Row>> {
  checkOptionRecord(options, optionNames);
  const buildOptions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) if (!readOptionNames.has(key)) buildOptions[key] = value;
  const format = options.format ?? 'auto';
  if (!['auto', 'json', 'ndjson'].includes(format)) {
    throw new InvalidOptionError({
      path: ['options', 'format'],
      messageZh: "format 应为 'auto'、'json' 或 'ndjson'",
      messageEn: "format must be 'auto', 'json' or 'ndjson'.",
    });
  }
  const streaming = options.onRow !== undefined && options.keepRows !== true;
  const maxBytes =
    options.maxBytes ?? (streaming || options.keepRows === false ? Number.POSITIVE_INFINITY : keptRowsLimit);
  const maxRecordChars = options.maxRecordChars ?? 1_048_576;
  const opened = await openByteSource(source, { name: options.name, maxBytes, format: 'JSON' });
  const { name, totalBytes } = opened;
  const iterator = opened.chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const first = await iterator.next();
  const firstBytes =
    first.done === true
      ? new Uint8Array(0)
      : typeof first.value === 'string'
        ? encoder.encode(first.value)
        : first.value;
  let encoding: JsonEncoding;
  try {
    encoding =
      options.encoding === undefined || options.encoding === 'auto'
        ? sniff(firstBytes, name).encoding
        : options.encoding;
  } catch (error) {
    await iterator.return?.();
    throw error;
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  let firstText: string;
  try {
    firstText = decoder.decode(firstBytes, { stream: first.done !== true });
  } catch (error) {
    await iterator.return?.();
    throw invalid(name, `不是有效的 ${encoding} 文本`, `it is not valid ${encoding} text.`, error);
  }
  const leading = firstText.replace(/^[\s\uFEFF]+/, '').charAt(0);
  const chosen: JsonFormat = format === 'auto' ? (leading === '[' ? 'json' : 'ndjson') : format;
  const splitter = chosen === 'json' ? new JsonArraySplitter(maxRecordChars) : new NdjsonSplitter(maxRecordChars);
  const onProgress = options.onProgress;

  async function* records(): AsyncGenerator<RawRecord> {
    let bytes = firstBytes.length;
    let ended = first.done === true;
    const batch: JsonRecordText[] = [];
    const split = (text: string, final: boolean) => {
      try {
        splitter.push(text, final, batch);
      } catch (error) {
        if (error instanceof JsonShapeError) throw invalid(name, error.zh, error.en, error);
        if (error instanceof JsonRecordTooLargeError) {
          throw new LoadError({
            code: 'file_too_large',
            source: name,
            path: [error.row],
            messageZh: `「${name}」第 ${error.row} 条记录超过 ${error.limit} 个字符(可调高 maxRecordChars)`,
            messageEn: `record ${error.row} of "${name}" is longer than ${error.limit} characters (raise maxRecordChars if it is real).`,
            cause: error,
          });
        }
        throw error;
      }
    };
    let rows = 0;
    const report = () =>
      onProgress?.({
        rows,
        bytes,
        ...(totalBytes === undefined
          ? {}
          : { totalBytes, percent: totalBytes === 0 ? 100 : Math.min(100, (bytes / totalBytes) * 100) }),
      });
    try {
      split(firstText, ended);
      for (const entry of batch) {
        rows++;
        yield parseRecord(entry, chosen);
      }
      batch.length = 0;
      report();
      while (!ended) {
        const step = await iterator.next();
        let text: string;
        try {
          if (step.done === true) {
            ended = true;
            text = decoder.decode();
          } else {
            const chunk = typeof step.value === 'string' ? encoder.encode(step.value) : step.value;
            if (!encoding.startsWith('utf-16') && chunk.indexOf(0) !== -1) {
              throw invalid(name, '出现空字节(NUL),这是二进制文件', 'it holds a NUL byte, so it is binary.');
            }
            text = decoder.decode(chunk, { stream: true });
            bytes += chunk.length;
            checkSourceSize(name, bytes, maxBytes);
          }
        } catch (error) {
          if (LoadError.isInstance(error)) throw error;
          throw invalid(
            name,
            `第 ${bytes} 字节附近不是有效的 ${encoding} 文本`,
            `it is not valid ${encoding} text near byte ${bytes}.`,
            error,
          );
        }
        split(text, ended);
        for (const entry of batch) {
          rows++;
          yield parseRecord(entry, chosen);
        }
        batch.length = 0;
        report();
      }
    } finally {
      if (!ended) await iterator.return?.();
    }
  }

  const result = await buildTableFromRecords({
    source: { name, records: records() },
    spec,
    options: buildOptions as BuildTableOptions<Row>,
  });
  return { ...result, format: chosen, encoding };
}
