import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LoadError } from '@edukpi/core';
import { afterAll, describe, expect, it } from 'vitest';
import { schoolSpec } from './_test/school-spec';
import { toCsv } from './_test/to-csv';
import { loadCsv } from './load-csv';

const directory = mkdtempSync(join(tmpdir(), 'edukpi-csv-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    return error as LoadError;
  }
  throw new Error('expected the load to fail');
}

const header = '学校标识码,学校名称,学校类型,举办者,小学在校生数,小学班级数\r\n';

/** A CSV of `rows` school rows, generated lazily in chunks of about 64 KiB. */
async function* generatedCsv(rows: number, pulled: { chunks: number }): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(header);
  let lines: string[] = [];
  for (let index = 1; index <= rows; index++) {
    lines.push(`${3_601_000_000 + index},第${index}小学,小学,公办,${index % 2000},${(index % 40) + 1}\r\n`);
    if (lines.length === 1000 || index === rows) {
      pulled.chunks++;
      yield encoder.encode(lines.join(''));
      lines = [];
    }
  }
}

describe('hostile inputs give a clear error, a bounded footprint, never a hang', () => {
  it.each([
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'it is a PNG image.'],
    [
      'an .xlsx workbook (a zip)',
      Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000'),
      'it is a ZIP archive (an .xlsx workbook is one); read workbooks with @edukpi/loader-xlsx, or save the sheet as CSV in Excel.',
    ],
    [
      'a legacy .xls workbook',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'it is a legacy Excel workbook (.xls); save it as .xlsx or CSV in Excel.',
    ],
    ['a Parquet file', Buffer.from('PAR1\u0015\u0004'), 'it is a Parquet file; read it with @edukpi/loader-duckdb.'],
    [
      'bytes with a NUL',
      Buffer.from('学校名称,x\n\u0000\u0001\u0002'),
      'it holds a NUL byte at byte 15, so it is binary.',
    ],
    [
      'control characters',
      Buffer.from('\u0001\u0002\u0003\u0004abc\u0005\u0006'),
      'it holds many control characters, so it is binary.',
    ],
    [
      'bytes that are neither UTF-8 nor GB18030',
      Buffer.from([0x61, 0x2c, 0x81, 0x20, 0xff, 0xfe, 0xfd, 0x0a]),
      'it is neither UTF-8 nor GBK/GB18030 text.',
    ],
  ])('refuses %s', async (_, bytes, reason) => {
    const error = await failure(loadCsv({ source: bytes, spec: schoolSpec, options: { name: 'data.csv' } }));
    expect(LoadError.isInstance(error)).toBe(true);
    expect(error.code).toBe('invalid_file');
    expect(error.messageEn).toBe(`"data.csv" is not a CSV text file: ${reason}`);
    expect(error.messageZh.startsWith('「data.csv」不是 CSV 文本文件:')).toBe(true);
  });

  it('refuses a 2 GB file before reading it when rows are kept, and finds it binary at once when streaming', async () => {
    const path = join(directory, 'huge.csv');
    writeFileSync(path, '');
    truncateSync(path, 2 * 1024 * 1024 * 1024); // sparse: no disk used
    const started = performance.now();
    const kept = await failure(loadCsv({ source: path, spec: schoolSpec }));
    expect(kept.code).toBe('file_too_large');
    expect(kept.messageEn).toBe(
      '"huge.csv" exceeds the 256 MB limit (at least 2048 MB); stream it with onRow (memory stays flat), load large files with @edukpi/loader-duckdb, or raise maxBytes.',
    );
    const streamed = await failure(loadCsv({ source: path, spec: schoolSpec, options: { onRow: () => {} } }));
    expect(streamed.code).toBe('invalid_file');
    expect(streamed.messageEn).toBe(
      '"huge.csv" is not a CSV text file: it holds a NUL byte at byte 0, so it is binary.',
    );
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('stops a stream without line breaks at maxRecordChars instead of filling memory', async () => {
    const pulled = { chunks: 0 };
    async function* endless(): AsyncGenerator<Uint8Array> {
      const chunk = new Uint8Array(65_536).fill(0x61);
      for (let index = 0; index < 100_000; index++) {
        pulled.chunks++;
        yield chunk;
      }
    }
    const error = await failure(loadCsv({ source: endless(), spec: schoolSpec, options: { onRow: () => {} } }));
    expect(error.code).toBe('file_too_large');
    expect(error.messageEn).toContain('record 1 of "CSV" is longer than 1048576 characters');
    expect(pulled.chunks).toBeLessThan(40);
  });

  it('stops a stream at maxBytes', async () => {
    const pulled = { chunks: 0 };
    const error = await failure(
      loadCsv({ source: generatedCsv(1_000_000, pulled), spec: schoolSpec, options: { maxBytes: 2_000_000 } }),
    );
    expect(error.code).toBe('file_too_large');
    expect(error.messageEn).toContain('exceeds the 1.9 MB limit');
    expect(pulled.chunks).toBeLessThan(60);
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    const pulled = { chunks: 0 };
    const error = await failure(
      loadCsv({
        source: generatedCsv(1_000_000, pulled),
        spec: schoolSpec,
        options: {
          signal: controller.signal,
          onProgress: ({ rows }) => {
            if (rows > 20_000) controller.abort();
          },
        },
      }),
    );
    expect([error.code, error.messageEn]).toEqual(['read_failed', 'the load was aborted.']);
    expect(pulled.chunks).toBeLessThan(100);
  });

  it('wraps a missing file and a directory in LoadError', async () => {
    const missing = await failure(loadCsv({ source: join(directory, 'nope.csv'), spec: schoolSpec }));
    expect([missing.code, missing.messageEn]).toEqual(['read_failed', 'file not found: "nope.csv".']);
    expect((missing.cause as { code?: string }).code).toBe('ENOENT');
    const folder = await failure(loadCsv({ source: directory, spec: schoolSpec }));
    expect(folder.code).toBe('invalid_file');
  });

  it('wraps a stream that fails in LoadError', async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield Buffer.from(header);
      throw new Error('ECONNRESET');
    }
    const error = await failure(loadCsv({ source: broken(), spec: schoolSpec }));
    expect([error.code, error.messageEn, (error.cause as Error).message]).toEqual([
      'read_failed',
      'could not read "CSV".',
      'ECONNRESET',
    ]);
  });

  it('keeps headers such as __proto__, constructor and prototype from polluting objects', async () => {
    const text = toCsv([
      ['__proto__', 'constructor', 'prototype', '学校标识码', '学校名称', '学校类型', '举办者', 'toString'],
      ['{"polluted":true}', 'x', 'y', '1', '甲', '小学', '公办', 'z'],
    ]);
    const result = await loadCsv({
      source: Buffer.from(text),
      spec: schoolSpec,
      options: { mapping: { __proto__: null } },
    });
    expect(result.rows).toEqual([{ id: '1', name: '甲', type: 'primary', ownership: 'public' }]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.rows[0])).toBe(Object.prototype);
  });

  it('streams a large file to onRow with flat memory', async () => {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const heap = () => {
      collect();
      return process.memoryUsage().heapUsed;
    };
    const samples: number[] = [];
    let accepted = 0;
    let students = 0;
    const pulled = { chunks: 0 };
    const rows = 1_200_000; // about 60 MB of CSV
    const result = await loadCsv({
      source: generatedCsv(rows, pulled),
      spec: schoolSpec,
      options: {
        onRow: (row) => {
          accepted++;
          students += (row.primary as { students?: number } | undefined)?.students ?? 0;
        },
        onProgress: ({ rows: read }) => {
          if (read % 200_000 < 1000 && samples.length < 6) samples.push(heap());
        },
      },
    });
    expect(result.counts).toEqual({ read: rows + 1, accepted: rows, rejected: 0, skipped: 1 });
    expect(result.rows).toEqual([]);
    expect(accepted).toBe(rows);
    expect(students).toBe(1_199_400_000);
    expect(samples.length).toBeGreaterThanOrEqual(4);
    // A million rows kept would take hundreds of MB; streamed, the heap stays within a few MB.
    const growth = Math.max(...samples) - Math.min(...samples);
    expect(growth).toBeLessThan(16 * 1024 * 1024);
  }, 120_000);
});
