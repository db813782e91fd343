import { buildTable, type RawRow } from '@edukpi/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schoolRecordSchema } from './school-record';
import { schoolTableSpec } from './school-table-spec';

function sheet(rows: readonly (readonly unknown[])[]) {
  return {
    name: '基础基层表',
    rows: rows.map((cells, index): RawRow => ({ row: index + 1, cells: cells as RawRow['cells'] })),
  };
}

const stageHeader = [
  '在校生数',
  '班级数',
  '专任教师数',
  '高于规定学历教师数',
  '县级及以上骨干教师数',
  '体育专任教师数',
  '音乐专任教师数',
  '美术专任教师数',
  '中级及以上职称教师数',
];

/** A 事业统计-like sheet: a title, a unit line, a two-row header with 小学 and 初中 groups. */
const exportRows = [
  ['2023年某县中小学校基本情况统计表'],
  ['单位:人、平方米、万元'],
  [
    '学校标识码',
    '学校名称',
    '乡镇',
    '城乡分类',
    '办学类型',
    '举办者',
    '小学',
    ...Array(8).fill(''),
    '初中',
    ...Array(8).fill(''),
    '教学及辅助用房面积',
    '体育运动场馆面积',
    '教学仪器设备值(万元)',
    '计算机台数',
    '图书册数',
    '网络多媒体教室数',
  ],
  ['', '', '', '', '', '', ...stageHeader, ...stageHeader, '', '', '', '', '', ''],
  [
    '3601010001',
    '阳光小学',
    '城关镇',
    '城区',
    '小学',
    '公办',
    '1,234',
    '28',
    '70',
    '60',
    '12',
    '5',
    '3',
    '3',
    '40',
    ...Array(9).fill(0),
    '5,600.5',
    '9000',
    '256.8',
    '150',
    '3.2万',
    '28',
  ],
  [
    '3601010002',
    '希望学校',
    '石桥镇',
    '乡村',
    '九年一贯制学校',
    '公办',
    '320',
    '8',
    '20',
    '18',
    '2',
    '1',
    '1',
    '1',
    '10',
    '280',
    '6',
    '25',
    '24',
    '3',
    '2',
    '1',
    '1',
    '12',
    '3200',
    '6000',
    '88',
    '60',
    '12000',
    '12',
  ],
  [
    '3601010003',
    '育才中学',
    '城关镇',
    '镇区',
    '初中',
    '民办',
    ...Array(9).fill(''),
    '900',
    '18',
    '60',
    '58',
    '6',
    '4',
    '2',
    '2',
    '30',
    '4000',
    '12000',
    '6.91万',
    '90',
    '30000',
    '18',
  ],
  [
    '',
    '全县合计',
    '',
    '',
    '',
    '',
    '1,554',
    '36',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '1,180',
    '24',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
];

describe('schoolTableSpec', () => {
  it('loads a two-row-header 事业统计 export into school records, and reports a 万 in a 万元 column', async () => {
    const result = await buildTable({ sheets: sheet(exportRows), spec: schoolTableSpec });
    expect(result.counts).toEqual({ read: 8, accepted: 2, rejected: 1, skipped: 5 });
    const figures = (values: readonly number[]) => ({
      students: values[0],
      classes: values[1],
      teachers: values[2],
      qualifiedTeachers: values[3],
      keyTeachers: values[4],
      peTeachers: values[5],
      musicTeachers: values[6],
      artTeachers: values[7],
      intermediateOrAboveTitleTeachers: values[8],
    });
    expect(result.rows).toEqual([
      {
        id: '3601010001',
        name: '阳光小学',
        township: '城关镇',
        area: 'urban',
        type: 'primary',
        ownership: 'public',
        primary: figures([1234, 28, 70, 60, 12, 5, 3, 3, 40]),
        teachingArea: '5600.5',
        sportsArea: '9000',
        equipmentValueWan: '256.8',
        computers: '150',
        books: '32000',
        multimediaClassrooms: '28',
      },
      {
        id: '3601010002',
        name: '希望学校',
        township: '石桥镇',
        area: 'rural',
        type: 'nine_year',
        ownership: 'public',
        primary: figures([320, 8, 20, 18, 2, 1, 1, 1, 10]),
        junior: figures([280, 6, 25, 24, 3, 2, 1, 1, 12]),
        teachingArea: '3200',
        sportsArea: '6000',
        equipmentValueWan: '88',
        computers: '60',
        books: '12000',
        multimediaClassrooms: '12',
      },
    ]);
    expect(result.rejections).toEqual([
      {
        sheet: '基础基层表',
        row: 7,
        column: '教学仪器设备值(万元)',
        columnIndex: 26,
        field: 'equipmentValueWan',
        value: '6.91万',
        code: 'scale_not_allowed',
        reason: {
          zh: '教学仪器设备值(万元)列不接受"万""亿"等数量级,请填写完整数字(收到「6.91万」)',
          en: 'equipment value (10,000 yuan) does not accept 万 / 亿 suffixes; enter the full number (got "6.91万").',
        },
      },
    ]);
    expect(result.columns.filter(({ field }) => field === null)).toEqual([]);
    expect(result.columns[6]).toEqual({
      sheet: '基础基层表',
      index: 6,
      header: '小学 / 在校生数',
      field: 'primary.students',
      matchedBy: 'alias',
    });
  });

  it('reads English headers and 万 or 元 in a 元 column, and reports every missing figure of a stage', async () => {
    const result = await buildTable({
      sheets: sheet([
        [
          'school id',
          'school name',
          'type',
          'ownership',
          'primary students',
          'primary classes',
          'junior students',
          'teaching area',
          'sports area',
          'equipment value',
          'computers',
          'books',
          'multimedia classrooms',
        ],
        ['1', 'A', '小学', '公办', '10', '1', '', '100', '200', '6.91万', '1', '1', '1'],
        ['2', 'B', '小学', '公办', '10', '1', '5', '100', '200', '69100元', '1', '1', '1'],
      ]),
      spec: schoolTableSpec,
      options: {},
    });
    expect(result.rows).toEqual([]);
    expect(result.rejections.map(({ row, field, code }) => [row, field, code])).toEqual([
      [2, 'primary.teachers', 'missing_value'],
      [2, 'primary.qualifiedTeachers', 'missing_value'],
      [2, 'primary.keyTeachers', 'missing_value'],
      [2, 'primary.peTeachers', 'missing_value'],
      [2, 'primary.musicTeachers', 'missing_value'],
      [2, 'primary.artTeachers', 'missing_value'],
      [2, 'primary.intermediateOrAboveTitleTeachers', 'missing_value'],
      [3, 'primary.teachers', 'missing_value'],
      [3, 'primary.qualifiedTeachers', 'missing_value'],
      [3, 'primary.keyTeachers', 'missing_value'],
      [3, 'primary.peTeachers', 'missing_value'],
      [3, 'primary.musicTeachers', 'missing_value'],
      [3, 'primary.artTeachers', 'missing_value'],
      [3, 'primary.intermediateOrAboveTitleTeachers', 'missing_value'],
      [3, 'junior.classes', 'missing_value'],
      [3, 'junior.teachers', 'missing_value'],
      [3, 'junior.qualifiedTeachers', 'missing_value'],
      [3, 'junior.keyTeachers', 'missing_value'],
      [3, 'junior.peTeachers', 'missing_value'],
      [3, 'junior.musicTeachers', 'missing_value'],
      [3, 'junior.artTeachers', 'missing_value'],
      [3, 'junior.intermediateOrAboveTitleTeachers', 'missing_value'],
    ]);
  });

  const count = fc.nat({ max: 5000 });
  const decimal = fc.oneof(fc.constantFrom('0', '12', '660.5', '.5', '5.'), fc.nat({ max: 100_000 }).map(String));
  const stage = fc.record(
    {
      students: count,
      classes: count,
      teachers: count,
      qualifiedTeachers: count,
      keyTeachers: count,
      peTeachers: count,
      musicTeachers: count,
      artTeachers: count,
      intermediateOrAboveTitleTeachers: count,
      certifiedTeachers: count,
    },
    {
      requiredKeys: [
        'students',
        'classes',
        'teachers',
        'qualifiedTeachers',
        'keyTeachers',
        'peTeachers',
        'musicTeachers',
        'artTeachers',
        'intermediateOrAboveTitleTeachers',
      ],
    },
  );
  // A mostly valid school (the type's stages, one equipment value), then one random change.
  const school = fc
    .record(
      {
        id: fc.constantFrom('S1', '3601010001'),
        name: fc.constantFrom('甲校', 'A'),
        township: fc.constantFrom('城关镇'),
        area: fc.constantFrom('urban', 'town', 'rural'),
        type: fc.constantFrom(
          'primary',
          'junior',
          'nine_year',
          'twelve_year',
          'complete_secondary',
          'teaching_point',
          'special_education',
          'vocational',
        ),
        ownership: fc.constantFrom('public', 'private'),
        boarding: fc.boolean(),
        primary: stage,
        junior: stage,
        senior: stage,
        teachingArea: decimal,
        sportsArea: decimal,
        equipmentValue: decimal,
        computers: decimal,
        books: decimal,
        multimediaClassrooms: decimal,
        musicRooms: count,
        musicRoomArea: decimal,
        artRooms: count,
        artRoomArea: decimal,
      },
      {
        requiredKeys: [
          'id',
          'name',
          'type',
          'ownership',
          'teachingArea',
          'sportsArea',
          'equipmentValue',
          'computers',
          'books',
          'multimediaClassrooms',
        ],
      },
    )
    .map((row) => {
      const taught =
        {
          primary: ['primary'],
          junior: ['junior'],
          nine_year: ['primary', 'junior'],
          twelve_year: ['primary', 'junior', 'senior'],
          complete_secondary: ['junior', 'senior'],
          teaching_point: ['primary'],
        }[row.type as string] ?? [];
      const copy: Record<string, unknown> = { ...row };
      for (const key of ['primary', 'junior', 'senior'])
        if (!taught.includes(key) && taught.length > 0) delete copy[key];
      if (taught[0] !== undefined && copy[taught[0]] === undefined)
        copy[taught[0]] = row.primary ?? {
          students: 1,
          classes: 1,
          teachers: 1,
          qualifiedTeachers: 1,
          keyTeachers: 1,
          peTeachers: 1,
          musicTeachers: 1,
          artTeachers: 1,
          intermediateOrAboveTitleTeachers: 1,
        };
      return copy;
    });
  const field = fc.constantFrom(
    'id',
    'name',
    'township',
    'area',
    'type',
    'ownership',
    'boarding',
    'primary',
    'junior',
    'senior',
    'teachingArea',
    'sportsArea',
    'equipmentValue',
    'equipmentValueWan',
    'computers',
    'books',
    'multimediaClassrooms',
    'musicRooms',
    'musicRoomArea',
    'artRooms',
    'artRoomArea',
    'unknown',
  );
  const badValue = fc.constantFrom<unknown>(
    undefined,
    '',
    '-1',
    '-0',
    '1e3',
    ' 1',
    'x',
    -1,
    0.5,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    7,
    true,
    null,
    {},
    [],
    'city',
    'college',
    'mixed',
    { students: 1 },
    '5',
  );
  const stageField = fc.constantFrom('students', 'certifiedTeachers', 'classSizes', 'extra');
  const change = fc.oneof(
    fc.constant(null),
    fc.tuple(field, badValue),
    fc.tuple(fc.constantFrom('primary', 'junior', 'senior'), stageField, badValue),
  );
  const mutated = fc.tuple(school, change).map(([row, edit]) => {
    if (edit === null) return row;
    if (edit.length === 2) return { ...row, [edit[0]]: edit[1] };
    const [stageName, key, value] = edit;
    const figures = row[stageName];
    return typeof figures === 'object' && figures !== null
      ? { ...row, [stageName]: { ...figures, [key]: value } }
      : row;
  });

  it('quickCheck vouches only for rows the schema accepts unchanged (property)', () => {
    let vouched = 0;
    let declined = 0;
    fc.assert(
      fc.property(mutated, (row) => {
        const parsed = schoolRecordSchema.safeParse(row);
        if (schoolTableSpec.quickCheck?.(row) !== true) {
          declined++;
          return;
        }
        vouched++;
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(row);
      }),
      { numRuns: 20_000 },
    );
    expect(vouched).toBeGreaterThan(1000);
    expect(declined).toBeGreaterThan(1000);
  });

  it('quickCheck vouches for the valid rows a loader builds, so the schema rarely runs', () => {
    const valid = {
      id: '1',
      name: '甲',
      type: 'nine_year',
      ownership: 'public',
      primary: {
        students: 1,
        classes: 1,
        teachers: 1,
        qualifiedTeachers: 1,
        keyTeachers: 0,
        peTeachers: 0,
        musicTeachers: 0,
        artTeachers: 0,
        intermediateOrAboveTitleTeachers: 0,
      },
      teachingArea: '1',
      sportsArea: '2.5',
      equipmentValue: '100',
      computers: '1',
      books: '1',
      multimediaClassrooms: '0',
    };
    expect(schoolRecordSchema.safeParse(valid).success).toBe(true);
    expect(schoolTableSpec.quickCheck?.(valid)).toBe(true);
    expect(schoolTableSpec.quickCheck?.({ ...valid, type: 'junior' })).toBe(false);
    expect(schoolTableSpec.quickCheck?.({ ...valid, equipmentValueWan: '1' })).toBe(false);
  });
});
