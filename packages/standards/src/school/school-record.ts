import { inputSchemas } from '@edukpi/core';
import { z } from 'zod';

/**
 * The kinds of school the statistics system files. 九年一贯制, 十二年一贯制 and 完全中学 report one
 * set of resource totals for several stages and are split before evaluation.
 */
export const schoolTypes = [
  'primary',
  'junior',
  'nine_year',
  'twelve_year',
  'complete_secondary',
  'teaching_point',
  'special_education',
  'vocational',
] as const;

/** A school type: 小学, 初中, 九年一贯制, 十二年一贯制, 完全中学, 教学点, 特殊教育学校, 职业学校. */
export type SchoolType = (typeof schoolTypes)[number];

/** The stages a school may teach. */
export const schoolStages = ['primary', 'junior', 'senior'] as const;

/** 小学, 初中, 高中. */
export type SchoolStageName = (typeof schoolStages)[number];

/**
 * The stages a school of each type teaches: a 九年一贯制 小学 and 初中, a 完全中学 初中 and 高中…;
 * special-education and vocational schools any (an empty list).
 */
export const stagesOfSchoolType: Readonly<Record<SchoolType, readonly SchoolStageName[]>> = {
  primary: ['primary'],
  junior: ['junior'],
  nine_year: ['primary', 'junior'],
  twelve_year: ['primary', 'junior', 'senior'],
  complete_secondary: ['junior', 'senior'],
  teaching_point: ['primary'],
  special_education: [],
  vocational: [],
};

/** The counts every stage reports, in the order `stageFiguresSchema` lists them. */
export const stageCountFields = [
  'students',
  'classes',
  'teachers',
  'qualifiedTeachers',
  'keyTeachers',
  'peTeachers',
  'musicTeachers',
  'artTeachers',
  'intermediateOrAboveTitleTeachers',
] as const;

const count = inputSchemas.count;
const amount = inputSchemas.nonNegativeDecimal;

/**
 * What a school reports for one stage: students and classes, and its full-time teachers
 * (专任教师) with the counts the resource indicators need. Teachers are reported per stage and
 * are never split.
 */
export const stageFiguresSchema = z.strictObject({
  /** 在校生数 (学籍 at the start of the school year). */
  students: count,
  /** 班级数. */
  classes: count,
  /** 专任教师数. */
  teachers: count,
  /** 高于规定学历的专任教师 (小学 大专及以上, 初中 本科及以上). */
  qualifiedTeachers: count,
  /** 县级及以上骨干教师. */
  keyTeachers: count,
  /** 体育专任教师. */
  peTeachers: count,
  /** 音乐专任教师. */
  musicTeachers: count,
  /** 美术专任教师. */
  artTeachers: count,
  /** 中级及以上专业技术职务教师. */
  intermediateOrAboveTitleTeachers: count,
  /** 持教师资格证的专任教师; optional. */
  certifiedTeachers: count.optional(),
  /** The size of each class, for the class-size items; optional. */
  classSizes: z.array(count).optional(),
});

/** One stage's figures; see {@link stageFiguresSchema}. */
export type StageFigures = z.input<typeof stageFiguresSchema>;

/**
 * One school as the county files it with the statistics system: identity, type, ownership and
 * location, the figures of each stage it teaches, and its resource totals (areas in m², the
 * equipment value in 元 or 万元 — give exactly one —, computers, books, networked multimedia
 * classrooms, music and art rooms with their areas).
 */
export const schoolRecordSchema = z
  .strictObject({
    id: z.string().min(1),
    name: z.string().min(1),
    township: z.string().optional(),
    /** 城区, 镇区 or 乡村. */
    area: z.enum(['urban', 'town', 'rural']).optional(),
    type: z.enum(schoolTypes),
    ownership: z.enum(['public', 'private']),
    boarding: z.boolean().optional(),
    primary: stageFiguresSchema.optional(),
    junior: stageFiguresSchema.optional(),
    senior: stageFiguresSchema.optional(),
    /** 教学及辅助用房面积, m². */
    teachingArea: amount,
    /** 体育运动场馆面积, m². */
    sportsArea: amount,
    /** 教学仪器设备值, 元. */
    equipmentValue: amount.optional(),
    /** 教学仪器设备值, 万元. */
    equipmentValueWan: amount.optional(),
    /** 计算机台数. */
    computers: amount,
    /** 图书册数. */
    books: amount,
    /** 网络多媒体教室数. */
    multimediaClassrooms: amount,
    /** 音乐专用教室间数. */
    musicRooms: count.optional(),
    /** 音乐专用教室面积 (the smallest room), m². */
    musicRoomArea: amount.optional(),
    /** 美术专用教室间数. */
    artRooms: count.optional(),
    /** 美术专用教室面积 (the smallest room), m². */
    artRoomArea: amount.optional(),
  })
  .superRefine((school, context) => {
    if ((school.equipmentValue === undefined) === (school.equipmentValueWan === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['equipmentValue'],
        params: {
          zh: '教学仪器设备值须以元(equipmentValue)或万元(equipmentValueWan)之一给出',
          en: 'give the equipment value in yuan (equipmentValue) or in 10,000 yuan (equipmentValueWan), exactly one.',
        },
      });
    }
    const allowed = stagesOfSchoolType[school.type];
    for (const stage of schoolStages) {
      if (school[stage] !== undefined && allowed.length > 0 && !allowed.includes(stage)) {
        context.addIssue({
          code: 'custom',
          path: [stage],
          params: {
            zh: `${school.type} 类学校不应有 ${stage} 学段的数据`,
            en: `a ${school.type} school has no ${stage} stage.`,
          },
        });
      }
    }
    if (allowed.length > 0 && !allowed.some((stage) => school[stage] !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: [allowed[0] ?? 'type'],
        params: {
          zh: `${school.type} 类学校至少要有一个学段(${allowed.join('、')})的数据`,
          en: `a ${school.type} school needs the figures of at least one of its stages (${allowed.join(', ')}).`,
        },
      });
    }
  });

/** A school as given; see {@link schoolRecordSchema}. */
export type SchoolRecord = z.input<typeof schoolRecordSchema>;
