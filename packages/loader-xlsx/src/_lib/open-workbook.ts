import ExcelJS from 'exceljs';
import { checkWorkbookParts, checkZipSignature } from './check-workbook-format';
import { fileError } from './file-error';
import { inspectZipArchive, type ZipLimits } from './inspect-zip-archive';
import { readSourceBytes } from './read-source-bytes';
import { verifyZipEntries } from './verify-zip-entries';

/** The limits a workbook is read under. */
export interface WorkbookLimits extends ZipLimits {
  /** Largest file, in bytes. */
  readonly maxBytes: number;
}

/** An opened workbook, its name for messages and its size. */
export interface OpenedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly name: string;
  readonly bytes: number;
}

/**
 * Opens a workbook safely: size checked before reading (a path is `stat`ed first), the bytes
 * checked to be a zip and an Office Open XML workbook, the central directory checked against the
 * limits, every entry inflated into nothing to prove its declared size, and only then handed to
 * exceljs, whose own errors are wrapped.
 *
 * @throws {LoadError} `read_failed`, `file_too_large` or `invalid_file`.
 */
export async function openWorkbook(source: string | Uint8Array, limits: WorkbookLimits): Promise<OpenedWorkbook> {
  const { bytes, name } = await readSourceBytes(source, limits.maxBytes);
  checkZipSignature(bytes, name);
  const entries = inspectZipArchive(bytes, limits);
  checkWorkbookParts(entries, name);
  await verifyZipEntries(bytes, entries);
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as never);
  } catch (error) {
    throw fileError(
      'malformed_workbook',
      {
        zh: `「${name}」无法作为 Excel 工作簿读取,文件内容已损坏或不符合 .xlsx 格式;请在 Excel 中打开并另存为 .xlsx 后重试`,
        en: `"${name}" cannot be read as an Excel workbook: its content is damaged or not valid .xlsx. Open it in Excel, save it as .xlsx and try again.`,
      },
      error,
      name,
    );
  }
  return { workbook, name, bytes: bytes.byteLength };
}
