import { fileError } from './file-error';
import type { ZipEntry } from './inspect-zip-archive';

const zipSignature = [0x50, 0x4b, 0x03, 0x04] as const;
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/**
 * Refuses bytes that are not a zip archive, naming what they look like instead: an old `.xls`
 * or a password-protected workbook (both OLE2 containers), a text file (CSV, HTML or XML saved
 * with an Excel extension, as some statistics systems do), an empty file or other binary data.
 *
 * @throws {EdukpiError} `not_a_workbook` or `encrypted_workbook`.
 */
export function checkZipSignature(bytes: Uint8Array, name: string): void {
  if (startsWith(bytes, zipSignature)) return;
  if (bytes.byteLength === 0) {
    throw fileError('not_a_workbook', {
      zh: `「${name}」是空文件,不是 Excel 工作簿`,
      en: `"${name}" is empty; it is not an Excel workbook.`,
    });
  }
  if (startsWith(bytes, oleSignature)) {
    throw fileError('not_a_workbook', {
      zh: `「${name}」是旧版 Excel 97-2003 工作簿(.xls)或设置了打开密码的工作簿;请在 Excel 中取消密码并另存为 .xlsx 后再读取`,
      en: `"${name}" is an old Excel 97-2003 workbook (.xls) or a password-protected workbook; remove any password and save it as .xlsx in Excel, then load it again.`,
    });
  }
  if (looksLikeText(bytes)) {
    throw fileError('not_a_workbook', {
      zh: `「${name}」是文本文件(CSV、HTML 或 XML),不是 .xlsx 工作簿;CSV 请用 @edukpi/loader-csv 读取,其他请在 Excel 中打开后另存为 .xlsx`,
      en: `"${name}" is a text file (CSV, HTML or XML), not an .xlsx workbook; load a CSV with @edukpi/loader-csv, or open the file in Excel and save it as .xlsx.`,
    });
  }
  throw fileError('not_a_workbook', {
    zh: `「${name}」不是 Excel 工作簿(.xlsx 文件应以 zip 签名 PK 开头)`,
    en: `"${name}" is not an Excel workbook (an .xlsx file starts with the zip signature PK).`,
  });
}

/**
 * Refuses a zip archive that is not an Office Open XML workbook: a Word or PowerPoint file, an
 * OpenDocument spreadsheet, a binary `.xlsb` workbook, or any other zip.
 *
 * @throws {EdukpiError} `not_a_workbook`.
 */
export function checkWorkbookParts(entries: readonly ZipEntry[], name: string): void {
  const names = new Set(entries.map((entry) => entry.name.replace(/^\//, '')));
  if (names.has('xl/workbook.xml') && names.has('[Content_Types].xml')) return;
  let kindZh = '不是 .xlsx 工作簿';
  let kindEn = 'not an .xlsx workbook';
  if (names.has('xl/workbook.bin')) {
    kindZh = '是二进制工作簿(.xlsb),不受支持;请在 Excel 中另存为 .xlsx';
    kindEn = 'a binary workbook (.xlsb), which is not supported; save it as .xlsx in Excel';
  } else if (names.has('word/document.xml')) {
    kindZh = '是 Word 文档,不是工作簿';
    kindEn = 'a Word document, not a workbook';
  } else if (names.has('ppt/presentation.xml')) {
    kindZh = '是 PowerPoint 演示文稿,不是工作簿';
    kindEn = 'a PowerPoint presentation, not a workbook';
  } else if (names.has('mimetype') || names.has('content.xml')) {
    kindZh = '是 OpenDocument 文件(.ods),不受支持;请另存为 .xlsx';
    kindEn = 'an OpenDocument file (.ods), which is not supported; save it as .xlsx';
  }
  throw fileError('not_a_workbook', {
    zh: `「${name}」是 zip 压缩包,但${kindZh}(缺少 xl/workbook.xml)`,
    en: `"${name}" is a zip archive but ${kindEn} (there is no xl/workbook.xml).`,
  });
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.byteLength >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

/** No NUL byte and few control characters in the first 4 KB: text in UTF-8, GBK or UTF-16 with a BOM. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  return control <= head.length / 100;
}
