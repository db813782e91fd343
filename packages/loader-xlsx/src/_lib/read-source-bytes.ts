import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { EdukpiError } from '@edukpi/core';
import { fileError } from './file-error';
import { formatBytes } from './inspect-zip-archive';

/** The bytes of a workbook and the name used in messages. */
export interface SourceBytes {
  readonly bytes: Uint8Array;
  /** The file's base name, or `'workbook'` for bytes given in memory. */
  readonly name: string;
}

/**
 * Reads a workbook's bytes from a path or takes them from memory, refusing anything larger than
 * `maxBytes` before reading it: a path is checked with `fstat` on the opened handle (so a 2 GB
 * file is never read), and the read itself stops at `maxBytes + 1` bytes in case the file grows.
 * Directories, devices, pipes and sockets are refused.
 *
 * @throws {EdukpiError} `file_not_found`, `file_unreadable` or `file_too_large`.
 */
export async function readSourceBytes(source: string | Uint8Array, maxBytes: number): Promise<SourceBytes> {
  if (typeof source !== 'string') {
    if (source.byteLength > maxBytes) throw tooLarge('workbook', source.byteLength, maxBytes);
    return { bytes: source, name: 'workbook' };
  }
  const name = basename(source);
  // stat before open: opening a named pipe for reading blocks until a writer appears.
  try {
    checkRegularFile(source, name, await stat(source), maxBytes);
  } catch (error) {
    throw EdukpiError.isInstance(error) ? error : openError(source, error);
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(source, 'r');
  } catch (error) {
    throw openError(source, error);
  }
  try {
    const stats = await handle.stat();
    checkRegularFile(source, name, stats, maxBytes);
    const buffer = Buffer.allocUnsafe(stats.size + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > maxBytes) throw tooLarge(name, filled, maxBytes);
    }
    return { bytes: buffer.subarray(0, filled), name };
  } catch (error) {
    if (EdukpiError.isInstance(error)) throw error;
    throw fileError(
      'file_unreadable',
      { zh: `无法读取文件「${source}」`, en: `Cannot read the file "${source}".` },
      error,
    );
  } finally {
    await handle.close();
  }
}

function tooLarge(name: string, size: number, maxBytes: number) {
  return fileError('file_too_large', {
    zh: `「${name}」有 ${formatBytes(size)},超过 ${formatBytes(maxBytes)} 的上限,未读取;如确需读取,请调大 maxBytes,或把数据另存为 CSV/Parquet 后用 @edukpi/loader-duckdb 读取`,
    en: `"${name}" is ${formatBytes(size)}, above the ${formatBytes(maxBytes)} limit; it was not read. Raise maxBytes if you must, or save the data as CSV/Parquet and read it with @edukpi/loader-duckdb.`,
  });
}

function openError(path: string, error: unknown) {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') {
    return fileError(
      'file_not_found',
      { zh: `找不到文件「${path}」`, en: `The file "${path}" does not exist.` },
      error,
    );
  }
  if (code === 'EISDIR') {
    return fileError(
      'file_unreadable',
      { zh: `「${path}」是目录,不是工作簿文件`, en: `"${path}" is a directory, not a workbook file.` },
      error,
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return fileError(
      'file_unreadable',
      { zh: `没有读取文件「${path}」的权限`, en: `No permission to read the file "${path}".` },
      error,
    );
  }
  return fileError('file_unreadable', { zh: `无法打开文件「${path}」`, en: `Cannot open the file "${path}".` }, error);
}

function checkRegularFile(path: string, name: string, stats: { isFile(): boolean; size: number }, maxBytes: number) {
  if (!stats.isFile()) {
    throw fileError('file_unreadable', {
      zh: `「${path}」不是普通文件(是目录、设备或管道),无法作为工作簿读取`,
      en: `"${path}" is not a regular file (it is a directory, a device or a pipe); it cannot be read as a workbook.`,
    });
  }
  if (stats.size > maxBytes) throw tooLarge(name, stats.size, maxBytes);
}
