import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import { EdukpiError, LoadError } from '@edukpi/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBureauWorkbook, schoolSpec } from './_test/bureau-workbook';
import { concat, craftZip, workbookParts } from './_test/craft-zip';
import { loadXlsx } from './load-xlsx';

let directory = '';
/** 256 MB of zeros, deflated to about 250 KB: a ratio near 1000:1. */
let zeros: Uint8Array = new Uint8Array();
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'edukpi-xlsx-hostile-'));
  zeros = await deflatedZeros(256 * 1024 * 1024);
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function loadError(source: string | Uint8Array, options = {}): Promise<LoadError> {
  try {
    await loadXlsx({ source, spec: schoolSpec, options });
  } catch (error) {
    expect(EdukpiError.isInstance(error)).toBe(true);
    expect(LoadError.isInstance(error)).toBe(true);
    const loadError = error as LoadError;
    expect(loadError.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(loadError.messageEn).toMatch(/^[\x20-\x7e\u4e00-\u9fff“”’…–:]+$/u);
    return loadError;
  }
  throw new Error('expected a LoadError, none was thrown');
}

/** Deflates `size` zero bytes in 64 KB pieces, never holding them all. */
async function deflatedZeros(size: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const piece = Buffer.alloc(64 * 1024);
  for (let written = 0; written < size; written += piece.length) {
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return concat(chunks);
}

function externalMemory(): number {
  const usage = process.memoryUsage();
  return usage.arrayBuffers + usage.heapUsed;
}

describe('loadXlsx refuses hostile files with a clear error and bounded memory', () => {
  it('refuses a 2 GB file from its size alone, without reading it', async () => {
    const path = join(directory, 'huge.xlsx');
    const handle = await open(path, 'w');
    await handle.truncate(2 * 1024 ** 3);
    await handle.close();
    const before = externalMemory();
    const started = performance.now();
    const error = await loadError(path);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(externalMemory() - before).toBeLessThan(64 * 1024 * 1024);
    expect(error.code).toBe('file_too_large');
    expect(error.messageEn).toBe(
      '"huge.xlsx" is 2 GB, above the 100 MB limit; it was not read. Raise maxBytes if you must, or save the data as CSV/Parquet and read it with @edukpi/loader-duckdb.',
    );
    expect(error.messageZh).toContain('「huge.xlsx」有 2 GB,超过 100 MB 的上限,未读取');
  });

  it('applies maxBytes to bytes in memory too', async () => {
    const error = await loadError(await buildBureauWorkbook(), { maxBytes: 1000 });
    expect(error.code).toBe('file_too_large');
    expect(error.messageEn).toMatch(/^"workbook" is [\d.]+ KB, above the 1000 B limit/);
  });

  it('names what a file that is not a workbook looks like', async () => {
    const csv = new TextEncoder().encode('学校名称,在校生数\n一小,1200\n');
    const gbkCsv = new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3, 0x2c, 0x31, 0x0a]);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const messages = await Promise.all(
      [csv, gbkCsv, xls, png, new Uint8Array()].map(async (bytes) => {
        const error = await loadError(bytes);
        return [error.code, error.messageEn];
      }),
    );
    expect(messages).toEqual([
      [
        'invalid_file',
        '"workbook" is a text file (CSV, HTML or XML), not an .xlsx workbook; load a CSV with @edukpi/loader-csv, or open the file in Excel and save it as .xlsx.',
      ],
      [
        'invalid_file',
        '"workbook" is a text file (CSV, HTML or XML), not an .xlsx workbook; load a CSV with @edukpi/loader-csv, or open the file in Excel and save it as .xlsx.',
      ],
      [
        'invalid_file',
        '"workbook" is an old Excel 97-2003 workbook (.xls) or a password-protected workbook; remove any password and save it as .xlsx in Excel, then load it again.',
      ],
      ['invalid_file', '"workbook" is not an Excel workbook (an .xlsx file starts with the zip signature PK).'],
      ['invalid_file', '"workbook" is empty; it is not an Excel workbook.'],
    ]);
  });

  it('names a zip that is not a workbook: a Word file, an .xlsb, any zip', async () => {
    const word = craftZip([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'word/document.xml', content: '<document/>' },
    ]);
    const binary = craftZip([
      { name: '[Content_Types].xml', content: '<Types/>' },
      { name: 'xl/workbook.bin', content: 'bin' },
    ]);
    const other = craftZip([{ name: 'readme.txt', content: 'hello' }]);
    const messages = await Promise.all([word, binary, other].map(async (bytes) => (await loadError(bytes)).messageEn));
    expect(messages).toEqual([
      '"workbook" is a zip archive but a Word document, not a workbook (there is no xl/workbook.xml).',
      '"workbook" is a zip archive but a binary workbook (.xlsb), which is not supported; save it as .xlsx in Excel (there is no xl/workbook.xml).',
      '"workbook" is a zip archive but not an .xlsx workbook (there is no xl/workbook.xml).',
    ]);
  });

  it('refuses a zip bomb from its central directory, before inflating a byte', async () => {
    expect(zeros.byteLength).toBeLessThan(1024 * 1024);
    const bomb = craftZip([
      ...workbookParts,
      { name: 'xl/worksheets/sheet1.xml', deflated: zeros, declaredSize: 256 * 1024 * 1024 },
    ]);
    const before = externalMemory();
    const started = performance.now();
    const error = await loadError(bomb);
    expect(performance.now() - started).toBeLessThan(500);
    expect(externalMemory() - before).toBeLessThan(32 * 1024 * 1024);
    expect([error.code, error.messageEn]).toEqual([
      'file_too_large',
      'The workbook would expand to more than the 128 MB limit (a possible zip bomb); refused before inflating anything.',
    ]);
    expect(error.messageZh).toBe('工作簿解压后超过 128 MB 的上限(可能是压缩炸弹),未解压即已拒绝');
    const ratio = await loadError(bomb, { maxUncompressedBytes: 1024 ** 3 });
    expect(ratio.code).toBe('file_too_large');
    expect(ratio.messageEn).toMatch(
      /^The workbook's internal file "xl\/worksheets\/sheet1.xml" has a compression ratio of \d+:1, above the 100:1 limit \(a possible zip bomb\); refused before inflating it.$/,
    );
  });

  it('stops a part that inflates past the size its directory declares, at that size', async () => {
    const liar = craftZip([
      ...workbookParts,
      { name: 'xl/worksheets/sheet1.xml', deflated: zeros, declaredSize: 1024 },
    ]);
    const before = externalMemory();
    const started = performance.now();
    const error = await loadError(liar);
    expect(performance.now() - started).toBeLessThan(500);
    expect(externalMemory() - before).toBeLessThan(32 * 1024 * 1024);
    expect([error.code, error.messageEn]).toEqual([
      'file_too_large',
      'The workbook\'s internal file "xl/worksheets/sheet1.xml" inflates past its declared size of 1024 bytes (a possible zip bomb); inflating stopped and the file was refused.',
    ]);
  });

  it('refuses a truncated, corrupted or encrypted workbook, and wraps the errors of exceljs', async () => {
    const good = await buildBureauWorkbook();
    const truncated = await loadError(good.subarray(0, Math.floor(good.byteLength / 2)));
    expect(truncated.code).toBe('invalid_file');
    expect(truncated.messageEn).toContain('the zip End Of Central Directory record is missing');

    const corrupted = good.slice();
    for (let index = 200; index < 600; index += 1) corrupted[index] = 0x55;
    expect((await loadError(corrupted)).code).toBe('invalid_file');

    const encrypted = craftZip([...workbookParts, { name: 'xl/worksheets/sheet1.xml', content: '<x/>', flags: 1 }]);
    expect((await loadError(encrypted)).messageEn).toContain('is encrypted; remove the password protection');

    const garbage = craftZip([
      { name: '[Content_Types].xml', content: '<Types' },
      { name: 'xl/workbook.xml', content: '<<<not xml' },
      { name: '_rels/.rels', content: '<Relationships><Relationship Target="xl/workbook.xml"' },
    ]);
    const wrapped = await loadError(garbage);
    expect(wrapped.code).toBe('invalid_file');
    expect(wrapped.messageEn).toBe(
      '"workbook" cannot be read as an Excel workbook: its content is damaged or not valid .xlsx. Open it in Excel, save it as .xlsx and try again.',
    );
    expect(wrapped.cause).toBeInstanceOf(Error);
  });

  it('refuses a missing path, a directory, a device and a named pipe without hanging', async () => {
    const missing = await loadError(join(directory, 'missing.xlsx'));
    expect([missing.code, missing.messageEn]).toEqual([
      'read_failed',
      `The file "${join(directory, 'missing.xlsx')}" does not exist.`,
    ]);
    const folder = join(directory, 'folder.xlsx');
    await mkdir(folder);
    expect((await loadError(folder)).code).toBe('read_failed');
    expect((await loadError('/dev/zero')).messageEn).toBe(
      '"/dev/zero" is not a regular file (it is a directory, a device or a pipe); it cannot be read as a workbook.',
    );
    const pipe = join(directory, 'pipe.xlsx');
    execFileSync('mkfifo', [pipe]);
    expect((await loadError(pipe)).code).toBe('read_failed');
  });

  it('reads a valid workbook written to disk under the limits', async () => {
    const path = join(directory, 'ok.xlsx');
    await writeFile(path, await buildBureauWorkbook());
    const result = await loadXlsx({ source: path, spec: schoolSpec, options: { maxBytes: 1024 * 1024 } });
    expect(result.counts.accepted).toBe(3);
  });
});
