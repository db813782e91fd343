import { InvalidInputError, InvalidOptionError } from '@edukpi/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallTable } from '../_test/small-table';
import { displayWidth } from '../layout/display-width';
import { createTable } from '../table/create-table';
import type { Table } from '../table/table';
import { toMarkdown } from './to-markdown';

describe('toMarkdown', () => {
  it('writes caption, units in headers, alignment row, padded cells and notes', () => {
    expect(toMarkdown(smallTable())).toBe(
      [
        '**课后服务参与情况**',
        '',
        '| 学校             | 参与率(%) | 在校生(人) |     增减 | 是否达标 |',
        '| :--------------- | --------: | ---------: | -------: | :------: |',
        '| 城关小学         |     92.88 |       1860 |     -3.5 |  ✓ 达标  |',
        '| 西山乡后沟教学点 |         — |         32 |      0.0 | ✗ 未达标 |',
        '| **全县**         | **91.50** |   **1892** | **-3.4** |          |',
        '',
        '教学点未开展课后服务。',
        '',
      ].join('\n'),
    );
  });

  it('lines the source up by display width, CJK counting two', () => {
    const lines = toMarkdown(smallTable()).split('\n').slice(2, 6);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });

  it('escapes pipes, emphasis, tags and line breaks, so a cell never breaks the table', () => {
    const table = createTable({
      caption: 'a|b',
      columns: [{ label: '名称' }],
      rows: [['<img src=x onerror=alert(1)> | *粗* `码` [链接](http://x) a_b _c_ 1 < 2 &amp;\n第二行']],
    });
    expect(toMarkdown(table, { align: false })).toBe(
      [
        '**a\\|b**',
        '',
        '| 名称 |',
        '| :-- |',
        '| &lt;img src=x onerror=alert(1)> \\| \\*粗\\* \\`码\\` [链接\\](http://x) a_b \\_c\\_ 1 < 2 &amp;amp;<br>第二行 |',
        '',
      ].join('\n'),
    );
  });

  it('gives sections a heading and keeps a long cell from widening every row', () => {
    const table: Table = createTable({
      caption: '表',
      columns: [{ label: 'a' }, { label: 'b' }],
      rows: [
        ['x', 'y'],
        ['z'.repeat(10), 'w'],
      ],
    });
    expect(toMarkdown([{ id: 's', title: '# 第一节', tables: [table] }], { headingLevel: 3, maxColumnWidth: 4 })).toBe(
      [
        '### \\# 第一节',
        '',
        '**表**',
        '',
        '| a    | b   |',
        '| :--- | :-- |',
        '| x    | y   |',
        '| zzzzzzzzzz | w   |',
        '',
      ].join('\n'),
    );
  });

  it('keeps one row per line and one cell per column whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { minLength: 1, maxLength: 5 }), (rows) => {
        const table = createTable({
          caption: 'p',
          columns: [{ label: 'a' }, { label: 'b' }],
          rows: rows.map((row) => [...row]),
        });
        const lines = toMarkdown(table).split('\n').slice(2, -1);
        expect(lines).toHaveLength(rows.length + 2);
        for (const line of lines) {
          // pipes not escaped by a backslash (a backslash is itself escaped as \\)
          const separators = line.replace(/\\\\/g, '').replace(/\\\|/g, '').match(/\|/g) ?? [];
          expect(separators).toHaveLength(3);
        }
      }),
    );
  });

  it('rejects malformed tables and options', () => {
    const table = smallTable();
    const broken = { ...table, rows: [{ cells: [], summary: false }] } as Table;
    expect(() => toMarkdown(broken)).toThrow(InvalidInputError);
    expect(() => toMarkdown(table, { headingLevel: 7 })).toThrow(InvalidOptionError);
    expect(() => toMarkdown(table, { heading: 2 } as never)).toThrow(/Unknown field "heading"/);
  });
});
