import { defineTableSpec, type TableFieldSpec } from '@edukpi/core';
import { schoolFieldNames } from './school-field-names';
import {
  type SchoolStageName,
  type SchoolType,
  schoolRecordSchema,
  schoolStages,
  schoolTypes,
  stageCountFields,
  stagesOfSchoolType,
} from './school-record';

const areaUnits = ['平方米', '㎡', 'm²', 'm2'];

const stageLabels: Readonly<Record<SchoolStageName, { zh: string; en: string }>> = {
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初中', en: 'junior' },
  senior: { zh: '高中', en: 'senior' },
};

/** The per-stage figures: canonical name, label, Chinese and English header variants. */
const stageFigures: readonly {
  readonly name: string;
  readonly zh: readonly [string, ...string[]];
  readonly en: readonly [string, ...string[]];
  readonly units: readonly string[];
}[] = [
  {
    name: 'students',
    zh: ['在校生数', '学生数', '在校学生数', '在校生'],
    en: ['students', 'enrolment'],
    units: ['人'],
  },
  { name: 'classes', zh: ['班级数', '班数', '教学班数'], en: ['classes'], units: ['个', '班'] },
  {
    name: 'teachers',
    zh: ['专任教师数', '专任教师', '教师数/专任教师', '教职工数/专任教师'],
    en: ['teachers', 'full-time teachers'],
    units: ['人'],
  },
  {
    name: 'qualifiedTeachers',
    zh: ['高于规定学历教师数', '高于规定学历的专任教师数', '高于规定学历专任教师数', '专任教师/高于规定学历'],
    en: ['qualified teachers'],
    units: ['人'],
  },
  {
    name: 'keyTeachers',
    zh: ['县级及以上骨干教师数', '县级以上骨干教师数', '骨干教师数'],
    en: ['key teachers'],
    units: ['人'],
  },
  { name: 'peTeachers', zh: ['体育专任教师数', '体育教师数', '专任教师/体育'], en: ['pe teachers'], units: ['人'] },
  {
    name: 'musicTeachers',
    zh: ['音乐专任教师数', '音乐教师数', '专任教师/音乐'],
    en: ['music teachers'],
    units: ['人'],
  },
  { name: 'artTeachers', zh: ['美术专任教师数', '美术教师数', '专任教师/美术'], en: ['art teachers'], units: ['人'] },
  {
    name: 'intermediateOrAboveTitleTeachers',
    zh: ['中级及以上职称教师数', '中级及以上专业技术职务教师数', '中级及以上职称专任教师数'],
    en: ['intermediate or above title teachers'],
    units: ['人'],
  },
  {
    name: 'certifiedTeachers',
    zh: ['持证专任教师数', '持教师资格证专任教师数', '具有教师资格证的专任教师数'],
    en: ['certified teachers'],
    units: ['人'],
  },
];

function stageFields(stage: SchoolStageName): TableFieldSpec[] {
  const stageLabel = stageLabels[stage];
  return stageFigures.map((figure) => {
    const label = schoolFieldNames[figure.name] ?? { zh: figure.zh[0], en: figure.en[0] };
    return {
      name: `${stage}.${figure.name}`,
      label: { zh: `${stageLabel.zh}${label.zh}`, en: `${stageLabel.en} ${label.en}` },
      aliases: {
        zh: figure.zh.map((variant) => `${stageLabel.zh}${variant}`),
        en: figure.en.map((variant) => `${stage} ${variant}`),
      },
      kind: 'count',
      units: figure.units,
    };
  });
}

const typeValues: Readonly<Record<SchoolType, readonly string[]>> = {
  primary: ['小学', '211'],
  junior: ['初中', '初级中学', '311'],
  nine_year: ['九年一贯制学校', '九年一贯制', '312'],
  twelve_year: ['十二年一贯制学校', '十二年一贯制', '345'],
  complete_secondary: ['完全中学', '341'],
  teaching_point: ['教学点', '小学教学点', '218'],
  special_education: ['特殊教育学校', '特教学校', '特殊教育'],
  vocational: ['职业学校', '中等职业学校', '职业高中', '中职'],
};

const fields: readonly TableFieldSpec[] = [
  {
    name: 'id',
    label: { zh: '学校标识码', en: 'school id' },
    aliases: { zh: ['学校代码', '学校识别码', '标识码', '学校编码'], en: ['school_id', 'school code', 'code'] },
    kind: 'text',
    required: true,
  },
  {
    name: 'name',
    label: { zh: '学校名称', en: 'school name' },
    aliases: { zh: ['学校', '校名', '单位名称', '学校(机构)名称'], en: ['school'] },
    kind: 'text',
    required: true,
  },
  {
    name: 'township',
    label: { zh: '乡镇', en: 'township' },
    aliases: { zh: ['所在乡镇', '乡镇(街道)', '乡(镇、街道)', '乡镇街道', '所在地'], en: ['town'] },
    kind: 'text',
  },
  {
    name: 'area',
    label: { zh: '城乡分类', en: 'urban/rural' },
    aliases: { zh: ['城乡类型', '城乡属性', '城乡', '城乡分类代码'], en: ['urban rural', 'locality'] },
    kind: 'enum',
    values: {
      urban: ['城区', '主城区', '城乡结合区', '城市', '111', '112'],
      town: ['镇区', '镇中心区', '镇乡结合区', '特殊区域', '县镇', '121', '122', '123'],
      rural: ['乡村', '乡中心区', '村庄', '农村', '210', '220'],
    },
  },
  {
    name: 'type',
    label: { zh: '学校类型', en: 'school type' },
    aliases: { zh: ['办学类型', '学校类别', '学校办别'], en: ['type', 'kind'] },
    kind: 'enum',
    values: typeValues,
    required: true,
  },
  {
    name: 'ownership',
    label: { zh: '办学性质', en: 'ownership' },
    aliases: { zh: ['举办者', '举办者类型', '公办/民办', '公民办', '办学体制'], en: ['owner', 'public or private'] },
    kind: 'enum',
    values: {
      public: ['公办', '公立', '教育部门', '其他部门', '地方企业', '事业单位', '部队', '集体'],
      private: ['民办', '私立', '民办学校'],
    },
    required: true,
  },
  {
    name: 'boarding',
    label: { zh: '寄宿制学校', en: 'boarding' },
    aliases: { zh: ['是否寄宿制学校', '是否寄宿制', '寄宿制'], en: ['boarding school'] },
    kind: 'boolean',
  },
  ...schoolStages.flatMap(stageFields),
  {
    name: 'teachingArea',
    label: { zh: '教学及辅助用房面积', en: 'teaching and auxiliary floor area' },
    aliases: {
      zh: ['教学及辅助用房面积(平方米)', '教学辅助用房面积', '教学及辅助用房'],
      en: ['teaching area', 'teaching floor area'],
    },
    kind: 'decimal',
    units: areaUnits,
    required: true,
  },
  {
    name: 'sportsArea',
    label: { zh: '体育运动场馆面积', en: 'sports ground and gym area' },
    aliases: {
      zh: ['体育运动场馆面积(平方米)', '体育运动场(馆)面积', '运动场馆面积', '体育运动场地面积'],
      en: ['sports area'],
    },
    kind: 'decimal',
    units: areaUnits,
    required: true,
  },
  {
    name: 'equipmentValue',
    label: { zh: '教学仪器设备值(元)', en: 'equipment value (yuan)' },
    aliases: {
      zh: ['教学仪器设备资产值(元)', '教学仪器设备总值(元)', '教学仪器设备值'],
      en: ['equipment value', 'equipment value yuan'],
    },
    kind: 'money',
  },
  {
    name: 'equipmentValueWan',
    label: { zh: '教学仪器设备值(万元)', en: 'equipment value (10,000 yuan)' },
    aliases: {
      zh: ['教学仪器设备资产值(万元)', '教学仪器设备总值(万元)'],
      en: ['equipment value wan', 'equipment value 10000 yuan'],
    },
    kind: 'decimal',
    units: ['万元'],
  },
  {
    name: 'computers',
    label: { zh: '计算机台数', en: 'computers' },
    aliases: { zh: ['计算机数', '教学用计算机台数', '计算机(台)', '计算机'], en: ['computer count'] },
    kind: 'decimal',
    units: ['台'],
    required: true,
  },
  {
    name: 'books',
    label: { zh: '图书册数', en: 'books' },
    aliases: { zh: ['图书(册)', '图书藏量', '图书数', '图书'], en: ['book count'] },
    kind: 'decimal',
    allowScale: true,
    units: ['册'],
    required: true,
  },
  {
    name: 'multimediaClassrooms',
    label: { zh: '网络多媒体教室数', en: 'networked multimedia classrooms' },
    aliases: { zh: ['网络多媒体教室', '多媒体教室数', '网络多媒体教室(间)'], en: ['multimedia classrooms'] },
    kind: 'decimal',
    units: ['间', '个'],
    required: true,
  },
  {
    name: 'musicRooms',
    label: { zh: '音乐专用教室数', en: 'music rooms' },
    aliases: { zh: ['音乐专用教室间数', '音乐教室数', '音乐专用教室'], en: ['music room count'] },
    kind: 'count',
    units: ['间', '个'],
  },
  {
    name: 'musicRoomArea',
    label: { zh: '音乐专用教室面积', en: 'music room area' },
    aliases: { zh: ['音乐专用教室面积(平方米)', '音乐教室面积'], en: [] },
    kind: 'decimal',
    units: areaUnits,
  },
  {
    name: 'artRooms',
    label: { zh: '美术专用教室数', en: 'art rooms' },
    aliases: { zh: ['美术专用教室间数', '美术教室数', '美术专用教室'], en: ['art room count'] },
    kind: 'count',
    units: ['间', '个'],
  },
  {
    name: 'artRoomArea',
    label: { zh: '美术专用教室面积', en: 'art room area' },
    aliases: { zh: ['美术专用教室面积(平方米)', '美术教室面积'], en: [] },
    kind: 'decimal',
    units: areaUnits,
  },
];

const typeSet: ReadonlySet<unknown> = new Set(schoolTypes);
const stageCounts = stageCountFields;
const stageKeys: ReadonlySet<string> = new Set([...stageCounts, 'certifiedTeachers']);
const requiredDecimals = ['teachingArea', 'sportsArea', 'computers', 'books', 'multimediaClassrooms'] as const;
const topKeys: ReadonlySet<string> = new Set([
  'id',
  'name',
  'township',
  'area',
  'type',
  'ownership',
  'boarding',
  ...schoolStages,
  ...requiredDecimals,
  'equipmentValue',
  'equipmentValueWan',
  'musicRooms',
  'musicRoomArea',
  'artRooms',
  'artRoomArea',
]);
// The strings nonNegativeDecimal accepts, minus the sign: a plain non-negative decimal.
const plainDecimal = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isDecimalText(value: unknown): boolean {
  return typeof value === 'string' && plainDecimal.test(value);
}

function isStage(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const stage = value as Record<string, unknown>;
  for (const key in stage) if (!stageKeys.has(key)) return false;
  for (const key of stageCounts) if (!isCount(stage[key])) return false;
  return stage.certifiedTeachers === undefined || isCount(stage.certifiedTeachers);
}

/**
 * `true` only for a row {@link schoolRecordSchema} accepts unchanged, checked in plain JS (no
 * Decimal, no zod): the schema runs only for the rest, so acceptance is exactly the schema's.
 */
function quickCheckSchool(row: Readonly<Record<string, unknown>>): boolean {
  for (const key in row) if (!topKeys.has(key)) return false;
  const { id, name, type } = row;
  if (typeof id !== 'string' || id === '' || typeof name !== 'string' || name === '') return false;
  if (!typeSet.has(type)) return false;
  if (row.ownership !== 'public' && row.ownership !== 'private') return false;
  if (row.township !== undefined && typeof row.township !== 'string') return false;
  if (row.area !== undefined && row.area !== 'urban' && row.area !== 'town' && row.area !== 'rural') return false;
  if (row.boarding !== undefined && typeof row.boarding !== 'boolean') return false;
  for (const key of requiredDecimals) if (!isDecimalText(row[key])) return false;
  const yuan = row.equipmentValue;
  const wan = row.equipmentValueWan;
  if ((yuan === undefined) === (wan === undefined)) return false;
  if (!isDecimalText(yuan ?? wan)) return false;
  if (row.musicRooms !== undefined && !isCount(row.musicRooms)) return false;
  if (row.artRooms !== undefined && !isCount(row.artRooms)) return false;
  if (row.musicRoomArea !== undefined && !isDecimalText(row.musicRoomArea)) return false;
  if (row.artRoomArea !== undefined && !isDecimalText(row.artRoomArea)) return false;
  const allowed = stagesOfSchoolType[type as SchoolType];
  let taught = 0;
  for (const stage of schoolStages) {
    const figures = row[stage];
    if (figures === undefined) continue;
    if (allowed.length > 0 && !allowed.includes(stage)) return false;
    if (!isStage(figures)) return false;
    taught++;
  }
  return allowed.length === 0 || taught > 0;
}

/** Drops the all-zero figures an export prints for a stage the school type does not teach. */
function dropEmptyStages(row: Record<string, unknown>): Record<string, unknown> {
  const allowed = stagesOfSchoolType[row.type as SchoolType];
  if (allowed === undefined || allowed.length === 0) return row;
  for (const stage of schoolStages) {
    const figures = row[stage];
    if (figures === undefined || allowed.includes(stage)) continue;
    if (Object.values(figures as Record<string, unknown>).every((value) => value === 0)) delete row[stage];
  }
  return row;
}

/**
 * The school table as the statistics system (教育事业统计) exports it, for the loaders: the
 * columns of {@link schoolRecordSchema} under their Chinese and English headers — 学校标识码,
 * 学校名称, 乡镇, 城乡分类, 学校类型 / 办学类型 (小学, 初中, 九年一贯制学校, 十二年一贯制学校,
 * 完全中学, 教学点, 特殊教育学校, 职业学校, or their 办学类型 codes 211, 311, 312, 345, 341,
 * 218), 办学性质 / 举办者 (公办 / 民办, or the 举办者 教育部门, 其他部门…), 寄宿制学校, each stage's
 * figures as `小学在校生数` or a two-row header `小学 / 在校生数` (and 班级数, 专任教师数, 高于规定
 * 学历教师数, 县级及以上骨干教师数, 体育/音乐/美术专任教师数, 中级及以上职称教师数, 持证专任教师数),
 * 教学及辅助用房面积, 体育运动场馆面积, 教学仪器设备值(元) or 教学仪器设备值(万元), 计算机台数,
 * 图书册数, 网络多媒体教室数 and the music and art rooms with their areas.
 *
 * Money in 元 accepts `万` / `亿` (`6.91万` → 69100); the 万元 column does not (`6.91万` there is a
 * mistake). A stage the school type does not teach, exported as all zeros, is dropped; any
 * other figure for it is rejected. Every row is validated by {@link schoolRecordSchema}, with a
 * plain-JS quick check that accepts exactly what the schema accepts.
 *
 * @example
 * ```ts
 * import { buildTable } from '@edukpi/core';
 * import { schoolTableSpec } from '@edukpi/standards';
 *
 * const { rows, rejections } = await buildTable({ sheets, spec: schoolTableSpec });
 * rows[0]; // { id: '3601010001', name: '阳光小学', type: 'primary', ownership: 'public', primary: { students: 1234, … }, … }
 * ```
 */
export const schoolTableSpec = defineTableSpec({
  name: 'school',
  label: { zh: '学校基本情况', en: 'school' },
  fields,
  schema: schoolRecordSchema,
  fieldNames: schoolFieldNames,
  prepareRow: dropEmptyStages,
  quickCheck: quickCheckSchool,
});
