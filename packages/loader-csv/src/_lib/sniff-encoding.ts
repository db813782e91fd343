import { LoadError } from '@edukpi/core';

/** The text encodings {@link loadCsv} reads. GBK files are read with the GB18030 decoder, its superset. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk' | 'gb18030';

/** What the first bytes say: the encoding, and whether it came from a byte-order mark. */
export interface SniffedEncoding {
  readonly encoding: CsvEncoding;
  readonly bom: boolean;
}

// Files that are not text, by their first bytes, with the loader that reads them when there is one.
const signatures: readonly { bytes: readonly number[]; zh: string; en: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    zh: '是 ZIP 压缩包(.xlsx 工作簿也是 ZIP);Excel 工作簿请用 @edukpi/loader-xlsx 读取,或在 Excel 中另存为 CSV',
    en: 'is a ZIP archive (an .xlsx workbook is one); read workbooks with @edukpi/loader-xlsx, or save the sheet as CSV in Excel',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    zh: '是旧版 Excel 工作簿(.xls);请在 Excel 中另存为 .xlsx 或 CSV',
    en: 'is a legacy Excel workbook (.xls); save it as .xlsx or CSV in Excel',
  },
  {
    bytes: [0x50, 0x41, 0x52, 0x31],
    zh: '是 Parquet 文件;请用 @edukpi/loader-duckdb 读取',
    en: 'is a Parquet file; read it with @edukpi/loader-duckdb',
  },
  { bytes: [0x25, 0x50, 0x44, 0x46], zh: '是 PDF 文件', en: 'is a PDF file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], zh: '是 PNG 图片', en: 'is a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], zh: '是 JPEG 图片', en: 'is a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], zh: '是 GIF 图片', en: 'is a GIF image' },
  { bytes: [0x1f, 0x8b], zh: '是 gzip 压缩文件;请先解压', en: 'is gzip-compressed; decompress it first' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], zh: '是 SQLite 数据库', en: 'is an SQLite database' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** @returns The error for a file that is not text. */
export function notText(name: string, zh: string, en: string): LoadError {
  return new LoadError({
    code: 'invalid_file',
    source: name,
    messageZh: `「${name}」不是 CSV 文本文件:${zh}`,
    messageEn: `"${name}" is not a CSV text file: it ${en}.`,
  });
}

/** @returns The error for a NUL byte, which text never holds. */
export function binaryError(name: string, offset: number): LoadError {
  return notText(
    name,
    `第 ${offset} 字节处出现空字节(NUL),这是二进制文件`,
    `holds a NUL byte at byte ${offset}, so it is binary`,
  );
}

/** Whether `bytes` decode as `encoding` without error (a sequence cut at the end is fine). */
export function decodes(bytes: Uint8Array, encoding: CsvEncoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The share of control characters (other than tab, CR, LF, FF) among the first bytes. */
function controlShare(bytes: Uint8Array): number {
  let controls = 0;
  for (const byte of bytes)
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  return bytes.length === 0 ? 0 : controls / bytes.length;
}

/**
 * Detects the encoding from the first bytes: a byte-order mark (UTF-8, UTF-16LE/BE); otherwise
 * UTF-8 when the sample is valid UTF-8, else GB18030 (which reads GBK) when valid as that.
 *
 * @throws {LoadError} `invalid_file` for a known binary format (a workbook, Parquet, PDF, an
 *   image, gzip), for NUL bytes or control characters, or for bytes that are neither UTF-8 nor GB18030.
 */
export function sniffEncoding(sample: Uint8Array, name: string): SniffedEncoding {
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bom: true };
  if (startsWith(sample, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: true };
  if (startsWith(sample, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: true };
  checkNotBinary(sample, name);
  if (decodes(sample, 'utf-8')) return { encoding: 'utf-8', bom: false };
  if (decodes(sample, 'gb18030')) return { encoding: 'gb18030', bom: false };
  throw notText(name, '既不是 UTF-8 也不是 GBK/GB18030 文本', 'is neither UTF-8 nor GBK/GB18030 text');
}

/**
 * @throws {LoadError} `invalid_file` for a known binary signature, a NUL byte, or more than 1% of
 *   control characters in `sample`.
 */
export function checkNotBinary(sample: Uint8Array, name: string): void {
  for (const signature of signatures) {
    if (startsWith(sample, signature.bytes)) throw notText(name, signature.zh, signature.en);
  }
  const nul = sample.indexOf(0);
  if (nul !== -1) throw binaryError(name, nul);
  if (controlShare(sample.subarray(0, 65_536)) > 0.01) {
    throw notText(name, '含大量控制字符,这是二进制文件', 'holds many control characters, so it is binary');
  }
}
