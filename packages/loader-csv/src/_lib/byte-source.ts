import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LoadError } from '@edukpi/core';

/**
 * What the file loaders read: a file path or `file:` URL, bytes, a Node stream or a web stream.
 * Shared by `@edukpi/loader-csv` (as `CsvSource`) and `@edukpi/loader-json` (as `JsonSource`).
 */
export type ByteSourceInput =
  | string
  | URL
  | Uint8Array
  | ArrayBuffer
  | AsyncIterable<Uint8Array | string>
  | ReadableStream<Uint8Array>;

/** What {@link loadCsv} reads: a file path or `file:` URL, bytes, a Node stream or a web stream. */
export type CsvSource = ByteSourceInput;

/** An opened source: its chunks, its size when known, and a name for reports. */
export interface ByteSource {
  readonly name: string;
  readonly totalBytes: number | undefined;
  readonly chunks: AsyncIterable<Uint8Array | string>;
}

const chunkSize = 1 << 20;

function readFailed(name: string, cause: unknown): LoadError {
  const code = (cause as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') {
    return new LoadError({
      code: 'read_failed',
      source: name,
      messageZh: `找不到文件「${name}」`,
      messageEn: `file not found: "${name}".`,
      cause,
    });
  }
  return new LoadError({
    code: 'read_failed',
    source: name,
    messageZh: `读取「${name}」失败${typeof code === 'string' ? `(${code})` : ''}`,
    messageEn: `could not read "${name}"${typeof code === 'string' ? ` (${code})` : ''}.`,
    cause,
  });
}

async function* sliced(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    yield bytes.subarray(offset, Math.min(bytes.length, offset + chunkSize));
  }
}

async function* fromWebStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Wraps a reader's errors in a {@link LoadError}, so no raw I/O error reaches the caller. */
async function* guarded(name: string, chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array | string> {
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    while (true) {
      let step: IteratorResult<Uint8Array | string>;
      try {
        step = await iterator.next();
      } catch (error) {
        throw readFailed(name, error);
      }
      if (step.done === true) return;
      const chunk = step.value;
      if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
        throw new LoadError({
          code: 'invalid_file',
          source: name,
          messageZh: `「${name}」的数据流给出的不是字节或文本`,
          messageEn: `the stream "${name}" yielded something other than bytes or text.`,
        });
      }
      yield chunk;
    }
  } finally {
    await iterator.return?.();
  }
}

/** What {@link openByteSource} needs besides the source. */
export interface OpenByteSourceOptions {
  /** The name used in reports; default the file's base name, or `format` for bytes and streams. */
  readonly name?: string | undefined;
  /** The largest size accepted, in bytes, checked before reading a file or bytes. */
  readonly maxBytes: number;
  /** What the source should hold, for names and messages: `'CSV'`, `'JSON'`… */
  readonly format: string;
}

/**
 * Opens a file path, `file:` URL, bytes or stream for reading in chunks of about 1 MiB, with the
 * size checked up front where it is known (a file's `stat`, a buffer's length). The loaders of
 * `@edukpi/loader-csv` and `@edukpi/loader-json` read through it; a loader of another text
 * format can too.
 *
 * @param source - A path, URL, bytes, Node readable or web `ReadableStream`.
 * @param options - `name`, `maxBytes` and the `format` named in messages.
 * @returns The source's chunks, its size when known and its name for reports.
 * @throws {LoadError} `read_failed` for a missing or unreadable file, `invalid_file` for a
 *   directory or a source of an unknown type, `file_too_large` when the size exceeds `maxBytes`.
 *
 * @example
 * ```ts
 * const opened = await openByteSource('schools.csv', { maxBytes: 100 * 1024 * 1024, format: 'CSV' });
 * opened.name;       // 'schools.csv'
 * opened.totalBytes; // the file's size
 * for await (const chunk of opened.chunks) chunk; // Uint8Array chunks of about 1 MiB
 * ```
 */
export async function openByteSource(
  source: ByteSourceInput,
  { name, maxBytes, format }: OpenByteSourceOptions,
): Promise<ByteSource> {
  if (typeof source === 'string' || source instanceof URL) {
    const path = source instanceof URL ? fileURLToPath(source) : source;
    const shown = name ?? basename(path);
    let size: number;
    try {
      const stats = await stat(path);
      if (!stats.isFile()) {
        throw new LoadError({
          code: 'invalid_file',
          source: shown,
          messageZh: `「${shown}」不是文件`,
          messageEn: `"${shown}" is not a file.`,
        });
      }
      size = stats.size;
    } catch (error) {
      if (LoadError.isInstance(error)) throw error;
      throw readFailed(shown, error);
    }
    checkSourceSize(shown, size, maxBytes);
    return {
      name: shown,
      totalBytes: size,
      chunks: guarded(shown, createReadStream(path, { highWaterMark: chunkSize })),
    };
  }
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    const bytes = source instanceof Uint8Array ? source : new Uint8Array(source);
    const shown = name ?? format;
    checkSourceSize(shown, bytes.length, maxBytes);
    return { name: shown, totalBytes: bytes.length, chunks: sliced(bytes) };
  }
  const shown = name ?? format;
  if (typeof source === 'object' && source !== null && typeof (source as ReadableStream).getReader === 'function') {
    return {
      name: shown,
      totalBytes: undefined,
      chunks: guarded(shown, fromWebStream(source as ReadableStream<Uint8Array>)),
    };
  }
  if (typeof source === 'object' && source !== null && Symbol.asyncIterator in source) {
    return { name: shown, totalBytes: undefined, chunks: guarded(shown, source as AsyncIterable<Uint8Array | string>) };
  }
  throw new LoadError({
    code: 'invalid_file',
    source: shown,
    messageZh: `${format} 来源应为文件路径、URL、字节(Buffer/Uint8Array)或数据流`,
    messageEn: `a ${format} source must be a file path, a URL, bytes (Buffer/Uint8Array) or a stream.`,
  });
}

/**
 * Refuses a source larger than `maxBytes`, with a message that says how to read it instead
 * (stream with `onRow`, or `@edukpi/loader-duckdb`). Streams call it as their bytes arrive.
 *
 * @param name - The source's name in the message.
 * @param size - Its size, or the bytes read so far, in bytes.
 * @param maxBytes - The limit.
 * @throws {LoadError} `file_too_large` when `size` exceeds `maxBytes`.
 *
 * @example
 * ```ts
 * checkSourceSize('schools.csv', 2_000, 1_000); // throws LoadError { code: 'file_too_large' }
 * ```
 */
export function checkSourceSize(name: string, size: number, maxBytes: number): void {
  if (size <= maxBytes) return;
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
  throw new LoadError({
    code: 'file_too_large',
    source: name,
    messageZh: `「${name}」超过 ${megabytes(maxBytes)} 的上限(至少 ${megabytes(size)});请用 onRow 流式读取(内存不随文件增长),或用 @edukpi/loader-duckdb 读取大文件,或调高 maxBytes`,
    messageEn: `"${name}" exceeds the ${megabytes(maxBytes)} limit (at least ${megabytes(size)}); stream it with onRow (memory stays flat), load large files with @edukpi/loader-duckdb, or raise maxBytes.`,
  });
}
