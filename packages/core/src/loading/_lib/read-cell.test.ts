import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TableFieldSpec } from '../table-spec';
import { compileSpec } from './compile-spec';
import { createCellReader, readCell } from './read-cell';

const fields: TableFieldSpec[] = [
  { name: 'text', label: { zh: '文本', en: 'text' }, kind: 'text' },
  { name: 'count', label: { zh: '计数', en: 'count' }, kind: 'count', allowScale: true, units: ['人'] },
  { name: 'decimal', label: { zh: '小数', en: 'decimal' }, kind: 'decimal' },
  { name: 'money', label: { zh: '金额', en: 'money' }, kind: 'money' },
  { name: 'percent', label: { zh: '比率', en: 'percent' }, kind: 'percent', allowNegative: true },
];
const compiled = compileSpec({ name: 't', label: { zh: '表', en: 't' }, fields, schema: undefined as never });

describe('createCellReader', () => {
  it('reads every cell exactly as readCell does (property)', () => {
    const cell = fc.oneof(
      fc.string({
        unit: fc.constantFrom(
          '0',
          '1',
          '9',
          '.',
          ',',
          '-',
          ' ',
          '\u00a0',
          '\u3000',
          '#',
          '万',
          '人',
          '%',
          'a',
          '学',
          '\ufeff',
        ),
      }),
      fc.constantFrom('0', '007', '1.50', '1.5', '#N/A', '—', ' 12 ', '\u00a012', '学校\u2003', 'x'),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(cell, (value) => {
        for (const field of compiled.fields) {
          expect(createCellReader(field)(value)).toEqual(readCell(field, value));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
