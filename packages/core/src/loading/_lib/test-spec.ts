import { z } from 'zod';
import { inputSchemas } from '../../validation/input-schemas';
import { defineTableSpec } from '../define-table-spec';
import type { RawRow, RawSheet } from '../raw-row';

/** A small school table for the loading tests: text, enum, count (nested), decimal, percent, boolean. */
export const testSpec = defineTableSpec({
  name: 'school',
  label: { zh: '学校', en: 'school' },
  fields: [
    {
      name: 'id',
      label: { zh: '学校标识码', en: 'school id' },
      aliases: { en: ['code'] },
      kind: 'text',
      required: true,
    },
    {
      name: 'name',
      label: { zh: '学校名称', en: 'school name' },
      aliases: { zh: ['学校', '单位名称'] },
      kind: 'text',
      required: true,
    },
    {
      name: 'type',
      label: { zh: '学校类型', en: 'school type' },
      kind: 'enum',
      values: { primary: ['小学'], junior: ['初中'] },
      required: true,
    },
    {
      name: 'stage.students',
      label: { zh: '在校生数', en: 'students' },
      aliases: { zh: ['学生数'] },
      kind: 'count',
      allowScale: true,
      units: ['人'],
    },
    { name: 'stage.classes', label: { zh: '班级数', en: 'classes' }, kind: 'count' },
    {
      name: 'equipment',
      label: { zh: '教学仪器设备值(万元)', en: 'equipment value (10,000 yuan)' },
      kind: 'decimal',
    },
    { name: 'rate', label: { zh: '达标率', en: 'compliance rate' }, kind: 'percent' },
    { name: 'boarding', label: { zh: '是否寄宿制', en: 'boarding' }, kind: 'boolean' },
  ],
  schema: z.strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    type: z.enum(['primary', 'junior']),
    stage: z.strictObject({ students: inputSchemas.count, classes: inputSchemas.count }).optional(),
    equipment: inputSchemas.nonNegativeDecimal.optional(),
    rate: z.string().optional(),
    boarding: z.boolean().optional(),
  }),
});

/** Rows numbered from 1. */
export function numbered(rows: readonly (readonly unknown[])[]): RawRow[] {
  return rows.map((cells, index) => ({ row: index + 1, cells: cells as RawRow['cells'] }));
}

/** A sheet of numbered rows. */
export function sheetOf(rows: readonly (readonly unknown[])[], name = 'Sheet1'): RawSheet {
  return { name, rows: numbered(rows) };
}
