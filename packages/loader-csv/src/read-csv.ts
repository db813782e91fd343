import {
  type BilingualText,
  InvalidOptionError,
  LoadError,
  type LoadProgressCallback,
  type RawRow,
  type RawSheet,
} from '@edukpi/core';
import { type CsvSource, checkSourceSize, openByteSource } from './_lib/byte-source';
import { CsvParser, type CsvRecord, detectDelimiter, RecordTooLargeError } from './_lib/csv-parser';
import { binaryError, type CsvEncoding, checkNotBinary, decodes, sniffEncoding } from './_lib/sniff-encoding';

export type { CsvSource } from './_lib/byte-source';
export type { CsvEncoding } from './_lib/sniff-encoding';

/** The field delimiters {@link readCsv} reads. */
export type CsvDelimiter = ',' | '\t' | ';' | '|';

/** Options of {@link readCsv}. */
export interface ReadCsvOptions {
  /** The text encoding; `'auto'` detects it (BOM, then UTF-8, then GB18030/GBK). Defaults to `'auto'`. */
  readonly encoding?: 'auto' | CsvEncoding;
  /** The field delimiter; `'auto'` picks comma, tab or semicolon from the first lines. Defaults to `'auto'`. */
  readonly delimiter?: 'auto' | CsvDelimiter;
  /** The name used in reports. Defaults to the file name, else `'CSV'`. */
  readonly name?: string;
  /** The most bytes read before failing with `file_too_large`. Defaults to no limit. */
  readonly maxBytes?: number;
  /**
   * The longest record, in characters, before failing with `file_too_large`: a file without
   * line breaks or with a missing closing quote cannot exhaust memory. Defaults to 1,048,576.
   */
  readonly maxRecordChars?: number;
  /** Called after each chunk (about 1 MiB) with rows read, bytes read, total bytes and percent. */
  readonly onProgress?: LoadProgressCallback;
  /** Stops reading (with a `read_failed` {@link LoadError}) when aborted. */
  readonly signal?: { readonly aborted: boolean; readonly reason?: unknown };
}

/** A CSV source opened as a raw sheet, with what was detected about it. */
export interface CsvSheet extends RawSheet {
  /**
   * The encoding the text is decoded with: from a byte-order mark or the first 64 KiB, or — when
   * those are all ASCII — from the first non-ASCII bytes, so final once the rows are read.
   */
  readonly encoding: CsvEncoding;
  /** Whether the file starts with a byte-order mark. */
  readonly bom: boolean;
  /** The field delimiter. */
  readonly delimiter: CsvDelimiter;
  /** The size in bytes when known (a file or bytes), else `undefined`. */
  readonly totalBytes: number | undefined;
  /** The records, as raw rows numbered from 1. Can be iterated once. */
  readonly rows: AsyncIterable<RawRow>;
  /** Problems found while reading that are not errors (an unterminated quote); complete once the rows are read. */
  readonly warnings: readonly BilingualText[];
}

const sampleBytes = 65_536;
const encoder = new TextEncoder();

function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}

function decodeError(name: string, encoding: CsvEncoding, offset: number, cause: unknown): LoadError {
  const hint =
    encoding === 'utf-8'
      ? { zh: ";如果文件是 GBK 编码,请指定 encoding: 'gbk'", en: "; if the file is GBK-encoded, pass encoding: 'gbk'" }
      : { zh: '', en: '' };
  return new LoadError({
    code: 'invalid_file',
    source: name,
    messageZh: `「${name}」在第 ${offset} 字节附近不是有效的 ${encoding} 文本${hint.zh}`,
    messageEn: `"${name}" is not valid ${encoding} text near byte ${offset}${hint.en}.`,
    cause,
  });
}

function recordTooLarge(name: string, error: RecordTooLargeError): LoadError {
  return new LoadError({
    code: 'file_too_large',
    source: name,
    path: [error.row],
    messageZh: `「${name}」第 ${error.row} 行超过 ${error.limit} 个字符:可能缺少右引号,或者不是 CSV 文件(可调高 maxRecordChars)`,
    messageEn: `record ${error.row} of "${name}" is longer than ${error.limit} characters: a missing closing quote, or not a CSV file (raise maxRecordChars if it is real).`,
    cause: error,
  });
}

function positiveLimit(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0)) {
    throw new InvalidOptionError({
      path: ['options', name],
      messageZh: `${name} 应为正数`,
      messageEn: `${name} must be a positive number.`,
    });
  }
  return value;
}

/**
 * Opens a CSV source as a raw sheet without mapping or validating it: detects the encoding (a
 * byte-order mark, else UTF-8 when the first 64 KiB are valid UTF-8, else GB18030, which reads
 * GBK) and the delimiter, refuses binary files, and streams the records (RFC 4180: quotes,
 * doubled quotes, line breaks inside quotes, CRLF) in chunks of about 1 MiB, so memory stays
 * flat however large the file. {@link loadCsv} is this plus `buildTable`.
 *
 * @param parameters - `source` (a path, `file:` URL, bytes, a Node Readable or a web
 *   ReadableStream) and `options`.
 * @returns The sheet: its rows (iterate once), encoding, BOM, delimiter and size.
 * @throws {LoadError} `read_failed` (a missing or unreadable file), `invalid_file` (a binary file,
 *   a workbook, text that is neither UTF-8 nor GB18030, or invalid text further on), or
 *   `file_too_large` (over `maxBytes`, or a record over `maxRecordChars`). Reading errors surface
 *   while the rows are iterated.
 *
 * @example
 * ```ts
 * const sheet = await readCsv({ source: Buffer.from('学校名称,在校生数\r\n阳光小学,"1,234"\r\n') });
 * sheet.encoding; // 'utf-8'
 * for await (const row of sheet.rows) row; // { row: 1, cells: ['学校名称', '在校生数'] }, { row: 2, cells: ['阳光小学', '1,234'] }
 * ```
 */
export async function readCsv({
  source,
  options = {},
}: {
  source: CsvSource;
  options?: ReadCsvOptions;
}): Promise<CsvSheet> {
  const maxBytes = positiveLimit(options.maxBytes, 'maxBytes', Number.POSITIVE_INFINITY);
  const maxRecordChars = positiveLimit(options.maxRecordChars, 'maxRecordChars', 1_048_576);
  const opened = await openByteSource(source, { name: options.name, maxBytes, format: 'CSV' });
  const { name, totalBytes } = opened;
  const iterator = opened.chunks[Symbol.asyncIterator]();

  // Read at least 64 KiB (or the whole source) to decide the encoding.
  const head: Uint8Array[] = [];
  let headLength = 0;
  let ended = false;
  try {
    while (headLength < sampleBytes) {
      const step = await iterator.next();
      if (step.done === true) {
        ended = true;
        break;
      }
      const bytes = toBytes(step.value);
      head.push(bytes);
      headLength += bytes.length;
      checkSourceSize(name, headLength, maxBytes);
    }
  } catch (error) {
    await iterator.return?.();
    throw error;
  }
  const first = head.length === 1 ? (head[0] as Uint8Array) : concat(head, headLength);
  let encoding: CsvEncoding;
  let bom: boolean;
  try {
    if (options.encoding === undefined || options.encoding === 'auto') {
      ({ encoding, bom } = sniffEncoding(first, name));
    } else {
      encoding = options.encoding;
      bom = false;
      if (!encoding.startsWith('utf-16')) checkNotBinary(first, name);
    }
  } catch (error) {
    await iterator.return?.();
    throw error;
  }
  // An ASCII-only sample does not tell UTF-8 from GBK: decide at the first non-ASCII byte. Up to
  // there both read the same, so switching decoders then loses nothing.
  let undecided = (options.encoding === undefined || options.encoding === 'auto') && !bom && isAscii(first);
  const wide = encoding.startsWith('utf-16');
  if (!wide) {
    const nul = first.indexOf(0);
    if (nul !== -1) {
      await iterator.return?.();
      throw binaryError(name, nul);
    }
  }
  let decoder = new TextDecoder(encoding, { fatal: true });
  let firstText: string;
  try {
    firstText = decoder.decode(first, { stream: !ended });
  } catch (error) {
    await iterator.return?.();
    throw decodeError(name, encoding, 0, error);
  }
  const delimiter =
    options.delimiter === undefined || options.delimiter === 'auto' ? detectDelimiter(firstText) : options.delimiter;
  const parser = new CsvParser(delimiter, maxRecordChars);
  const warnings: BilingualText[] = [];
  const onProgress = options.onProgress;
  const signal = options.signal;

  async function* rows(): AsyncGenerator<RawRow> {
    let bytes = headLength;
    const batch: CsvRecord[] = [];
    const report = () => {
      onProgress?.({
        rows: parser.recordCount,
        bytes,
        ...(totalBytes === undefined
          ? {}
          : { totalBytes, percent: totalBytes === 0 ? 100 : Math.min(100, (bytes / totalBytes) * 100) }),
      });
    };
    const parse = (text: string, final: boolean) => parser.feed(text, final);
    // Records leave in batches of 256, so they are short-lived and die young.
    const drain = () => {
      try {
        return parser.drain(batch, 256);
      } catch (error) {
        if (error instanceof RecordTooLargeError) throw recordTooLarge(name, error);
        throw error;
      }
    };
    try {
      parse(firstText, ended);
      let more = true;
      while (more) {
        more = drain();
        for (const record of batch) yield record;
        batch.length = 0;
      }
      report();
      while (!ended) {
        if (signal?.aborted === true) {
          throw new LoadError({
            code: 'read_failed',
            source: name,
            messageZh: '加载已取消',
            messageEn: 'the load was aborted.',
            cause: signal.reason,
          });
        }
        const step = await iterator.next();
        let text: string;
        if (step.done === true) {
          ended = true;
          try {
            text = decoder.decode();
          } catch (error) {
            throw decodeError(name, encoding, bytes, error);
          }
        } else {
          const chunk = toBytes(step.value);
          if (!wide) {
            const nul = chunk.indexOf(0);
            if (nul !== -1) throw binaryError(name, bytes + nul);
          }
          if (undecided && !isAscii(chunk)) {
            undecided = false;
            encoding = decodes(chunk, 'utf-8') ? 'utf-8' : 'gb18030';
            decoder = new TextDecoder(encoding, { fatal: true });
          }
          try {
            text = decoder.decode(chunk, { stream: true });
          } catch (error) {
            throw decodeError(name, encoding, bytes, error);
          }
          bytes += chunk.length;
          checkSourceSize(name, bytes, maxBytes);
        }
        parse(text, ended);
        more = true;
        while (more) {
          more = drain();
          for (const record of batch) yield record;
          batch.length = 0;
        }
        report();
      }
      if (parser.unterminatedQuoteAt !== null) {
        warnings.push({
          zh: `「${name}」第 ${parser.unterminatedQuoteAt} 行的引号没有闭合,已读到文件末尾`,
          en: `record ${parser.unterminatedQuoteAt} of "${name}" opens a quote that is never closed; it was read to the end of the file.`,
        });
      }
    } finally {
      if (!ended) await iterator.return?.();
    }
  }

  return {
    name,
    /** Decided from the first bytes, or, when they are all ASCII, at the first non-ASCII byte. */
    get encoding() {
      return encoding;
    },
    bom,
    delimiter,
    totalBytes,
    rows: rows(),
    warnings,
  };
}

function isAscii(bytes: Uint8Array): boolean {
  for (let index = 0; index < bytes.length; index++) if ((bytes[index] as number) > 0x7f) return false;
  return true;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
