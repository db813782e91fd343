import { InvalidInputError } from '@edukpi/core';
import { describe, expect, it } from 'vitest';
import { createEmptyCell } from './create-empty-cell';
import { createNumberCell } from './create-number-cell';
import { createTable } from './create-table';
import { createTextCell } from './create-text-cell';

describe('createTable', () => {
  it('fills in defaults: ids, units, alignment by kind, the first text column heading its rows', () => {
    const table = createTable({
      caption: '表',
      columns: [
        { label: '学校' },
        { label: '参与率', unit: '%', kind: 'percent' },
        { label: '结果', kind: 'status' },
        { id: 'n', label: '人数', kind: 'number', align: 'left' },
      ],
      rows: [['城关小学', createNumberCell({ value: '92.8766', decimals: 2 }), '✓', null]],
    });
    expect(table).toEqual({
      id: 'table',
      caption: '表',
      locale: 'zh-CN',
      columns: [
        { id: 'column-1', label: '学校', unit: null, kind: 'text', align: 'left', rowHeader: true },
        { id: 'column-2', label: '参与率', unit: '%', kind: 'percent', align: 'right', rowHeader: false },
        { id: 'column-3', label: '结果', unit: null, kind: 'status', align: 'center', rowHeader: false },
        { id: 'n', label: '人数', unit: null, kind: 'number', align: 'left', rowHeader: false },
      ],
      rows: [
        {
          cells: [
            { kind: 'text', text: '城关小学', status: null },
            {
              kind: 'number',
              value: '92.8766',
              decimals: 2,
              rounding: 'half_up',
              text: '92.88',
              notation: 'plain',
              status: null,
            },
            { kind: 'text', text: '✓', status: null },
            { kind: 'empty', text: '—', status: 'missing' },
          ],
          summary: false,
        },
      ],
      notes: [],
    });
  });

  it('reports every row without one cell per column, duplicate ids and malformed cells', () => {
    let caught: unknown;
    try {
      createTable({
        caption: '表',
        columns: [
          { id: 'a', label: 'A' },
          { id: 'a', label: 'B' },
        ],
        rows: [['1'], ['1', '2', '3'], ['1', { kind: 'number', value: 'abc' } as never]],
      });
    } catch (error) {
      caught = error;
    }
    expect(InvalidInputError.isInstance(caught)).toBe(true);
    expect((caught as InvalidInputError).issues.map((issue) => issue.path)).toEqual([
      ['table', 'columns', 1, 'id'],
      ['table', 'rows', 0],
      ['table', 'rows', 1],
      ['table', 'rows', 2, 1],
    ]);
    expect((caught as InvalidInputError).messageEn).toContain('the column id "a" is used twice');
  });

  it('requires a caption and columns, and checks field types', () => {
    expect(() => createTable({ columns: [], rows: [] } as never)).toThrow(/caption is missing/);
    expect(() => createTable({ caption: 't', columns: [], rows: [] })).toThrow(/at least one column/);
    expect(() => createTable({ caption: 't', columns: [{ label: 'a', kind: 'date' as never }], rows: [] })).toThrow(
      InvalidInputError,
    );
    expect(() => createTable({ caption: 't', locale: 'ja' as never, columns: [{ label: 'a' }], rows: [] })).toThrow(
      /locale/,
    );
  });
});

describe('cells', () => {
  it('createNumberCell keeps the exact value and prints it rounded in the locale, with its notation', () => {
    expect(createNumberCell({ value: '1234567.891', decimals: 2, locale: 'en' }).text).toBe('1,234,567.89');
    expect(createNumberCell({ value: '1234567.891', decimals: 2 }).text).toBe('1234567.89');
    expect(createNumberCell({ value: 16.185, decimals: 2, notation: 'ratio_to_one' }).text).toBe('16.19:1');
    expect(createNumberCell({ value: '14.19', decimals: 1, notation: 'one_to_ratio' }).text).toBe('1:14.2');
    expect(createNumberCell({ value: '5.301', decimals: 0, rounding: 'up' }).text).toBe('6');
    expect(createNumberCell({ value: '-0.001', decimals: 2 }).text).toBe('0.00');
    expect(createNumberCell({ value: '1e-7', decimals: 8 }).value).toBe('0.0000001');
  });

  it('createNumberCell rejects what is not a finite decimal and bad decimals', () => {
    expect(() => createNumberCell({ value: 'abc', decimals: 2 })).toThrow(InvalidInputError);
    expect(() => createNumberCell({ value: Number.NaN, decimals: 2 })).toThrow(/finite decimal/);
    expect(() => createNumberCell({ value: '1', decimals: 1.5 })).toThrow(/decimals/);
    expect(() => createNumberCell({ value: '1', decimals: 21 })).toThrow(/decimals/);
  });

  it('createTextCell and createEmptyCell', () => {
    expect(createTextCell({ text: '✗ 未达标', status: 'failed' })).toEqual({
      kind: 'text',
      text: '✗ 未达标',
      status: 'failed',
    });
    expect(createEmptyCell()).toEqual({ kind: 'empty', text: '—', status: 'missing' });
    expect(createEmptyCell({ text: '未提供', status: null })).toEqual({ kind: 'empty', text: '未提供', status: null });
    expect(() => createTextCell({ text: 3 } as never)).toThrow(InvalidInputError);
    expect(() => createTextCell({ text: 'x', status: 'bad' } as never)).toThrow(InvalidInputError);
  });
});
