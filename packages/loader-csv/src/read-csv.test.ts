import { LoadError } from '@edukpi/core';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chunked, toCsv } from './_test/to-csv';
import { readCsv } from './read-csv';

async function cellsOf(source: Parameters<typeof readCsv>[0]['source'], options = {}) {
  const sheet = await readCsv({ source, options });
  const rows: { row: number; cells: readonly unknown[] }[] = [];
  for await (const row of sheet.rows) rows.push({ row: row.row, cells: row.cells });
  return { sheet, rows };
}

describe('readCsv', () => {
  it('reads RFC 4180: quoted delimiters, doubled quotes, line breaks in quotes, CRLF and LF, a last line without a break', async () => {
    const text = 'a,b,c\r\n"1,5","say ""hi""","two\r\nlines"\n,,\n"",x,"end"\r\nlast,"q"uoted,tail';
    const { rows } = await cellsOf(Buffer.from(text));
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['1,5', 'say "hi"', 'two\r\nlines'] },
      { row: 3, cells: ['', '', ''] },
      { row: 4, cells: ['', 'x', 'end'] },
      { row: 5, cells: ['last', 'quoted', 'tail'] },
    ]);
  });

  it('keeps a quote inside an unquoted field and text after a closing quote, as Excel does', async () => {
    const { rows } = await cellsOf(Buffer.from('12"3,"ab"cd,"x"\n'));
    expect(rows).toEqual([{ row: 1, cells: ['12"3', 'abcd', 'x'] }]);
  });

  it('closes an unterminated quote at the end of the file with a warning', async () => {
    const { sheet, rows } = await cellsOf(Buffer.from('a,b\n1,"open\nrest'));
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', 'open\nrest'] },
    ]);
    expect(sheet.warnings.map(({ en }) => en)).toEqual([
      'record 2 of "CSV" opens a quote that is never closed; it was read to the end of the file.',
    ]);
  });

  it('detects tab and semicolon delimiters, and takes one when told', async () => {
    expect((await cellsOf(Buffer.from('a\tb\n1\t2\n'))).rows[1]?.cells).toEqual(['1', '2']);
    expect((await cellsOf(Buffer.from('a;b\n1,5;2\n'))).rows[1]?.cells).toEqual(['1,5', '2']);
    expect((await cellsOf(Buffer.from('a|b\n1|2\n'), { delimiter: '|' })).rows[1]?.cells).toEqual(['1', '2']);
  });

  it('writes then reads back the same cells, whatever the cells, encoding and chunking (property)', async () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', ' ', '学', '校', '，', '%', '万', '𠀋') }),
      fc.constantFrom('', '1,234', '"', '""', '\r\n', '６.９１万'),
    );
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom('utf-8', 'gb18030', 'utf-16le'),
        fc.array(fc.nat({ max: 400 }), { maxLength: 8 }),
        async (rows, encoding, cuts) => {
          // Rows of different widths are padded, as Excel writes them.
          const width = Math.max(...rows.map((row) => row.length));
          const padded = rows.map((row) => [...row, ...Array(width - row.length).fill('')]);
          const text = `${encoding === 'utf-16le' ? '\uFEFF' : ''}${toCsv(padded)}`;
          const bytes = iconv.encode(text, encoding);
          const { sheet, rows: read } = await cellsOf(chunked(bytes, cuts), { encoding, delimiter: ',' });
          expect(read.map((row) => row.cells)).toEqual(padded);
          expect(read.map((row) => row.row)).toEqual(padded.map((_, index) => index + 1));
          expect(sheet.warnings).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fails with file_too_large on a record longer than maxRecordChars', async () => {
    const sheet = await readCsv({
      source: Buffer.from(`a,b\n"${'x'.repeat(5000)}`),
      options: { maxRecordChars: 1000 },
    });
    const error = await (async () => {
      try {
        for await (const _ of sheet.rows);
      } catch (caught) {
        return caught as LoadError;
      }
      throw new Error('expected a failure');
    })();
    expect(LoadError.isInstance(error)).toBe(true);
    expect(error.code).toBe('file_too_large');
    expect(error.messageEn).toBe(
      'record 2 of "CSV" is longer than 1000 characters: a missing closing quote, or not a CSV file (raise maxRecordChars if it is real).',
    );
  });
});
