import { createInflateRaw } from 'node:zlib';
import { fileError } from './file-error';
import type { ZipEntry } from './inspect-zip-archive';

/**
 * Inflates every deflated entry into nothing, counting the bytes, and stops an entry the moment
 * it produces more than its declared uncompressed size: a zip that lies about its sizes in the
 * central directory is refused with memory bounded by one 64 KB chunk, before exceljs (whose
 * JSZip inflates each entry whole, with no limit) ever sees it.
 *
 * @throws {EdukpiError} `zip_bomb` when an entry inflates past its declared size, `malformed_workbook`
 * when a deflate stream is corrupt or shorter than declared.
 */
export async function verifyZipEntries(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<void> {
  for (const entry of entries) {
    if (entry.method !== 8) continue;
    const compressed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    const produced = await countInflatedBytes(compressed, entry.uncompressedSize, entry.name);
    if (produced > entry.uncompressedSize) {
      throw fileError('zip_bomb', {
        zh: `工作簿内部文件「${entry.name}」解压后超出其声明的大小 ${entry.uncompressedSize} 字节(可能是压缩炸弹),已停止解压并拒绝读取`,
        en: `The workbook's internal file "${entry.name}" inflates past its declared size of ${entry.uncompressedSize} bytes (a possible zip bomb); inflating stopped and the file was refused.`,
      });
    }
    if (produced < entry.uncompressedSize) {
      throw fileError('malformed_workbook', {
        zh: `工作簿文件已损坏:内部文件「${entry.name}」解压后只有 ${produced} 字节,少于声明的 ${entry.uncompressedSize} 字节`,
        en: `The workbook file is damaged: the internal file "${entry.name}" inflates to ${produced} bytes, fewer than the ${entry.uncompressedSize} declared.`,
      });
    }
  }
}

/** Inflates `compressed`, discarding the output; stops as soon as more than `limit` bytes come out. */
function countInflatedBytes(compressed: Uint8Array, limit: number, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let produced = 0;
    let settled = false;
    inflate.on('data', (chunk: Buffer) => {
      produced += chunk.length;
      if (produced > limit && !settled) {
        settled = true;
        inflate.destroy();
        resolve(produced);
      }
    });
    inflate.on('end', () => {
      if (!settled) {
        settled = true;
        resolve(produced);
      }
    });
    inflate.on('error', (error) => {
      if (settled) return;
      settled = true;
      reject(
        fileError(
          'malformed_workbook',
          {
            zh: `工作簿文件已损坏:内部文件「${name}」无法解压`,
            en: `The workbook file is damaged: the internal file "${name}" cannot be inflated.`,
          },
          error,
        ),
      );
    });
    inflate.end(compressed);
  });
}
