import { defineTableSpec } from '@edukpi/core';

/** A school table like the standards one, small enough for the loader tests (schema made from the fields). */
export const schoolSpec = defineTableSpec({
  name: 'school',
  label: { zh: '学校', en: 'school' },
  fields: [
    { name: 'id', label: { zh: '学校标识码', en: 'school id' }, kind: 'text', required: true },
    {
      name: 'name',
      label: { zh: '学校名称', en: 'school name' },
      aliases: { en: ['school'] },
      kind: 'text',
      required: true,
    },
    {
      name: 'type',
      label: { zh: '学校类型', en: 'school type' },
      aliases: { zh: ['办学类型'] },
      kind: 'enum',
      values: { primary: ['小学'], junior: ['初中'], nine_year: ['九年一贯制学校'] },
      required: true,
    },
    {
      name: 'ownership',
      label: { zh: '办学性质', en: 'ownership' },
      aliases: { zh: ['举办者'] },
      kind: 'enum',
      values: { public: ['公办'], private: ['民办'] },
      required: true,
    },
    {
      name: 'primary.students',
      label: { zh: '小学在校生数', en: 'primary students' },
      kind: 'count',
      allowScale: true,
      units: ['人'],
    },
    { name: 'primary.classes', label: { zh: '小学班级数', en: 'primary classes' }, kind: 'count' },
    {
      name: 'junior.students',
      label: { zh: '初中在校生数', en: 'junior students' },
      kind: 'count',
      allowScale: true,
      units: ['人'],
    },
    { name: 'junior.classes', label: { zh: '初中班级数', en: 'junior classes' }, kind: 'count' },
    {
      name: 'equipmentValueWan',
      label: { zh: '教学仪器设备值(万元)', en: 'equipment value (10,000 yuan)' },
      kind: 'decimal',
    },
    { name: 'equipmentValue', label: { zh: '教学仪器设备值(元)', en: 'equipment value (yuan)' }, kind: 'money' },
    { name: 'passRate', label: { zh: '体质健康合格率', en: 'fitness pass rate' }, kind: 'percent' },
    { name: 'boarding', label: { zh: '寄宿制学校', en: 'boarding' }, kind: 'boolean' },
  ],
});

/** The headers of the 事业统计-like fixture: a title, a unit line, and a two-row header. */
export const shiyeHeader: readonly (readonly string[])[] = [
  ['2023年某县中小学校基本情况统计表', '', '', '', '', '', '', '', '', '', '', ''],
  ['单位:人、万元、元', '', '', '', '', '', '', '', '', '', '', ''],
  [
    '学校标识码',
    '学校名称',
    '办学类型',
    '举办者',
    '小学',
    '',
    '初中',
    '',
    '教学仪器设备值(万元)',
    '教学仪器设备值(元)',
    '体质健康合格率',
    '寄宿制学校',
  ],
  ['', '', '', '', '在校生数', '班级数', '在校生数', '班级数', '', '', '', ''],
];

/**
 * The body of the fixture: good rows in the ways Excel writes numbers (thousands separators,
 * full-width digits, 万, percents), blank rows, a totals row, a footnote, and every kind of bad cell.
 */
export const shiyeBody: readonly (readonly string[])[] = [
  ['3601010001', '阳光小学', '小学', '公办', '1,234', '28', '', '', '256.8', '', '96.5%', '否'],
  ['3601010002', '希望学校', '九年一贯制学校', '公办', '３２０', '８', '280', '6', '88', '', '92.88', '是'],
  ['', '', '', '', '', '', '', '', '', '', '', ''],
  ['3601010003', '育才中学', '初中', '民办', '', '', '1.2万', '18', '', '6.91万', '', '是'],
  ['3601010004', '"引号"小学, 东校区', '小学', '公办', '0', '0', '', '', '0', '', '', ''],
  ['3601010005', '错误示范小学', '大学', '公立', '三百', '12.5', '', '', '-3', '12美元', '9%9', '也许'],
  ['3601010006', '公式错误小学', '小学', '公办', '#DIV/0!', '#REF!', '', '', '1万', '5万人', '101%', ''],
  ['', '缺标识码小学', '小学', '公办', '100', '', '', '', '', '', '', ''],
  ['', '', '', '', '', '', '', '', '', '', '', ''],
  ['', '全县合计', '', '', '1,554', '36', '280', '24', '344.8', '69100', '', ''],
  ['注:本表数据截至2023年9月1日', '', '', '', '', '', '', '', '', '', '', ''],
];
