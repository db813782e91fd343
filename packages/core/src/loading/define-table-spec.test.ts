import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catchError } from '../_test/catch-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { defineTableSpec } from './define-table-spec';
import { normalizeHeader } from './normalize-header';

const schema = z.object({});
const label = { zh: '表', en: 'table' };

describe('defineTableSpec', () => {
  it('returns a frozen spec', () => {
    const spec = defineTableSpec({
      name: 't',
      label,
      fields: [{ name: 'a', label: { zh: '甲', en: 'a' }, kind: 'text' }],
      schema,
    });
    expect(Object.isFrozen(spec)).toBe(true);
    expect(spec.fields).toHaveLength(1);
  });

  it.each([
    [
      'a header meaning two fields',
      [
        { name: 'a', label: { zh: '甲', en: 'a' }, kind: 'text' },
        { name: 'b', label: { zh: '乙', en: 'b' }, aliases: { zh: ['甲'] }, kind: 'text' },
      ],
      'header "甲" would mean both a and b.',
    ],
    [
      'a duplicate name',
      [
        { name: 'a', label: { zh: '甲', en: 'a' }, kind: 'text' },
        { name: 'a', label: { zh: '乙', en: 'b' }, kind: 'text' },
      ],
      'field name a appears twice.',
    ],
    [
      'a polluting path',
      [{ name: 'x.__proto__', label: { zh: '甲', en: 'a' }, kind: 'text' }],
      'field name "x.__proto__" is not allowed: path segments must be non-empty and not __proto__, constructor or prototype.',
    ],
    [
      'an enum without values',
      [{ name: 'a', label: { zh: '甲', en: 'a' }, kind: 'enum' }],
      'enum field a needs values.',
    ],
    [
      'an unknown kind',
      [{ name: 'a', label: { zh: '甲', en: 'a' }, kind: 'date' }],
      'field a has an invalid kind "date"; the kinds are: text, count, decimal, money, percent, boolean, enum.',
    ],
    [
      'an enum text meaning two values',
      [{ name: 'a', label: { zh: '甲', en: 'a' }, kind: 'enum', values: { x: ['是'], y: ['是'] } }],
      'enum field a: "是" means both x and y.',
    ],
  ])('rejects %s', (_, fields, message) => {
    const error = catchError(() => defineTableSpec({ name: 't', label, fields: fields as never, schema }));
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionError).messageEn).toBe(message);
  });
});

describe('normalizeHeader', () => {
  it.each([
    ['教学仪器设备值（万元）', '教学仪器设备值万元'],
    [' School_Name ', 'schoolname'],
    ['schoolName', 'schoolname'],
    ['小学 / 在校生数', '小学在校生数'],
    ['＊学校名称', '学校名称'],
    ['【学校】\n名称', '学校名称'],
    ['ＳＣＨＯＯＬ　ＩＤ', 'schoolid'],
    ['', ''],
  ])('%j → %j', (header, key) => {
    expect(normalizeHeader(header)).toBe(key);
  });
});

describe('defineTableSpec without a schema', () => {
  const spec = defineTableSpec({
    name: 't',
    label,
    fields: [
      { name: 'name', label: { zh: '名称', en: 'name' }, kind: 'text', required: true },
      { name: 'stage.students', label: { zh: '学生数', en: 'students' }, kind: 'count' },
      { name: 'change', label: { zh: '增减', en: 'change' }, kind: 'decimal', allowNegative: true },
      { name: 'area', label: { zh: '面积', en: 'area' }, kind: 'decimal' },
      { name: 'open', label: { zh: '开放', en: 'open' }, kind: 'boolean' },
      { name: 'kind', label: { zh: '类别', en: 'kind' }, kind: 'enum', values: { a: ['甲'] } },
    ],
  });

  it('validates rows with a schema made from the fields', () => {
    expect(
      spec.schema.safeParse({ name: 'x', stage: { students: 3 }, change: '-1.5', area: '2', open: true, kind: 'a' })
        .success,
    ).toBe(true);
    expect(spec.schema.safeParse({ name: 'x' }).success).toBe(true);
    expect(spec.schema.safeParse({}).success).toBe(false);
    expect(spec.schema.safeParse({ name: 'x', stage: { students: 1.5 } }).success).toBe(false);
    expect(spec.schema.safeParse({ name: 'x', area: '-1' }).success).toBe(false);
    expect(spec.schema.safeParse({ name: 'x', kind: 'b' }).success).toBe(false);
    expect(spec.schema.safeParse({ name: 'x', other: 1 }).success).toBe(false);
  });
});
