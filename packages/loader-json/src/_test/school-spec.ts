import { defineTableSpec } from '@edukpi/core';

/** A small school table for the JSON loader tests (schema made from the fields). */
export const schoolSpec = defineTableSpec({
  name: 'school',
  label: { zh: '学校', en: 'school' },
  fields: [
    { name: 'id', label: { zh: '学校标识码', en: 'school id' }, kind: 'text', required: true },
    { name: 'name', label: { zh: '学校名称', en: 'school name' }, kind: 'text', required: true },
    {
      name: 'type',
      label: { zh: '学校类型', en: 'school type' },
      kind: 'enum',
      values: { primary: ['小学'], junior: ['初中'] },
      required: true,
    },
    { name: 'primary.students', label: { zh: '小学在校生数', en: 'primary students' }, kind: 'count' },
    { name: 'primary.classes', label: { zh: '小学班级数', en: 'primary classes' }, kind: 'count' },
    { name: 'equipmentValue', label: { zh: '教学仪器设备值(元)', en: 'equipment value' }, kind: 'money' },
  ],
});
