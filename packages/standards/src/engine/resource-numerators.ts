import type { LocalizedText } from '@edukpi/core';
import { Decimal } from '@edukpi/core';
import type { ResourceIndicatorId } from '../regimes/regime';
import type { SplitResource, StageSchool } from '../split/stage-school';

/** A stage's teacher counts a numerator may add up. */
export type StageCountField =
  | 'teachers'
  | 'qualifiedTeachers'
  | 'keyTeachers'
  | 'peTeachers'
  | 'musicTeachers'
  | 'artTeachers'
  | 'intermediateOrAboveTitleTeachers';

/** What a resource indicator divides by the students: the input, its labels, and whether it is a head count. */
export interface ResourceNumerator {
  readonly input: string;
  readonly labels: LocalizedText;
  /** Head counts (teachers) round a shortfall up to a whole person; amounts are exact. */
  readonly whole: boolean;
  readonly of: (school: StageSchool) => Decimal;
  /** The same amount as a JavaScript number, for comparisons that are clear by a wide margin. */
  readonly number: (school: StageSchool) => number;
  /**
   * Where the amount comes from, for engines that read columns: the stage's teacher counts added
   * up in this order, or one of the school's resources (split between stages). `number` is exactly
   * this sum, or this resource's number.
   */
  readonly source: { readonly stageCounts: readonly StageCountField[] } | { readonly resource: SplitResource };
}

const teachers = (input: StageCountField, zh: string, tw: string, en: string): ResourceNumerator => ({
  input,
  labels: { 'zh-CN': zh, 'zh-TW': tw, en },
  whole: true,
  of: (school) => new Decimal(school[input]),
  number: (school) => school[input],
  source: { stageCounts: [input] },
});

const resource = (
  input: keyof StageSchool['resources'],
  zh: string,
  tw: string,
  en: string,
  whole = false,
): ResourceNumerator => ({
  input,
  labels: { 'zh-CN': zh, 'zh-TW': tw, en },
  whole,
  of: (school) => school.resources[input],
  number: (school) => school.resourceNumbers[input],
  source: { resource: input },
});

/** The numerator of every resource indicator, read from a stage school. */
export const resourceNumerators: Readonly<Record<ResourceIndicatorId, ResourceNumerator>> = {
  qualified_teachers_per_100_students: teachers(
    'qualifiedTeachers',
    '高于规定学历教师',
    '高於規定學歷教師',
    'teachers above the required qualification',
  ),
  key_teachers_per_100_students: teachers('keyTeachers', '县级以上骨干教师', '縣級以上骨幹教師', 'key teachers'),
  pe_arts_teachers_per_100_students: {
    input: 'peArtsTeachers',
    labels: { 'zh-CN': '体育、艺术专任教师', 'zh-TW': '體育、藝術專任教師', en: 'PE and arts teachers' },
    whole: true,
    of: (school) => new Decimal(school.peTeachers + school.musicTeachers + school.artTeachers),
    number: (school) => school.peTeachers + school.musicTeachers + school.artTeachers,
    source: { stageCounts: ['peTeachers', 'musicTeachers', 'artTeachers'] },
  },
  teaching_space_per_student: resource(
    'teachingArea',
    '教学及辅助用房面积(m²)',
    '教學及輔助用房面積(m²)',
    'teaching floor area (m²)',
  ),
  sports_space_per_student: resource('sportsArea', '体育运动场馆面积(m²)', '體育運動場館面積(m²)', 'sports area (m²)'),
  equipment_value_per_student: resource(
    'equipmentValue',
    '教学仪器设备值(元)',
    '教學儀器設備值(元)',
    'equipment value (yuan)',
  ),
  multimedia_classrooms_per_100_students: resource(
    'multimediaClassrooms',
    '网络多媒体教室(间)',
    '網路多媒體教室(間)',
    'networked multimedia classrooms',
    true,
  ),
  computers_per_100_students: resource('computers', '计算机(台)', '電腦(台)', 'computers', true),
  books_per_student: resource('books', '图书(册)', '圖書(冊)', 'books', true),
  teacher_student_ratio: teachers('teachers', '专任教师', '專任教師', 'full-time teachers'),
  qualified_teachers_per_student: teachers(
    'qualifiedTeachers',
    '高于规定学历教师',
    '高於規定學歷教師',
    'teachers above the required qualification',
  ),
  senior_title_teachers_per_student: teachers(
    'intermediateOrAboveTitleTeachers',
    '中级及以上职称教师',
    '中級及以上職稱教師',
    'intermediate-or-higher-title teachers',
  ),
};
