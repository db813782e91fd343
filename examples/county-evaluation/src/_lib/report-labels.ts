import { getIndicatorDefinition, type ThresholdComparator } from '@edukpi/core';
import type { ExclusionReason, ItemStatus, RegimePart, ResourceIndicatorId } from '@edukpi/standards';

/** A name in Chinese and English, printed side by side. */
export interface ReportName {
  readonly zh: string;
  readonly en: string;
}

/** `中文 English`, the way every label of the report is printed. */
export function bilingual(name: ReportName): string {
  return `${name.zh} ${name.en}`;
}

/** The stages the resource part compares, plus 高中 for the senior stages the report lists as left out. */
export const stageNames: { readonly [Stage in 'primary' | 'junior' | 'senior']: ReportName } = {
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初中', en: 'junior' },
  senior: { zh: '高中', en: 'senior' },
};

/** Short English names of the resource indicators (the catalogue's full names are long for a table). */
const indicatorShortNames: { readonly [Id in ResourceIndicatorId]: string } = {
  qualified_teachers_per_100_students: 'qualified teachers /100 students',
  key_teachers_per_100_students: 'key teachers /100 students',
  pe_arts_teachers_per_100_students: 'PE & arts teachers /100 students',
  teaching_space_per_student: 'teaching space m²/student',
  sports_space_per_student: 'sports space m²/student',
  equipment_value_per_student: 'equipment yuan/student',
  multimedia_classrooms_per_100_students: 'multimedia rooms /100 students',
  computers_per_100_students: 'computers /100 students',
  books_per_student: 'books/student',
  teacher_student_ratio: 'teachers/student',
  qualified_teachers_per_student: 'qualified teachers/student',
  senior_title_teachers_per_student: 'senior-title teachers/student',
};

/**
 * A resource indicator's name: the catalogue's Chinese label and a short English one.
 *
 * @example
 * ```ts
 * indicatorName('sports_space_per_student'); // { zh: '生均体育运动场馆面积', en: 'sports space m²/student' }
 * ```
 */
export function indicatorName(indicator: ResourceIndicatorId): ReportName {
  return { zh: getIndicatorDefinition(indicator).labels['zh-CN'], en: indicatorShortNames[indicator] };
}

/** The unit a resource indicator's value is printed in. */
export const indicatorUnits: { readonly [Id in ResourceIndicatorId]: string } = {
  qualified_teachers_per_100_students: '',
  key_teachers_per_100_students: '',
  pe_arts_teachers_per_100_students: '',
  teaching_space_per_student: ' m²',
  sports_space_per_student: ' m²',
  equipment_value_per_student: ' 元',
  multimedia_classrooms_per_100_students: '',
  computers_per_100_students: '',
  books_per_student: ' 册',
  teacher_student_ratio: '',
  qualified_teachers_per_student: '',
  senior_title_teachers_per_student: '',
};

/**
 * What a school lacks, by the input the engine names in a shortfall: the unit, what is missing, and
 * how many decimals to print (head and room counts are whole; the engine already rounds them up).
 */
export const shortfallUnits: Readonly<Record<string, { readonly unit: ReportName; readonly decimals: number }>> = {
  qualifiedTeachers: { unit: { zh: '名高于规定学历教师', en: 'more qualified teachers' }, decimals: 0 },
  keyTeachers: { unit: { zh: '名县级以上骨干教师', en: 'more key teachers' }, decimals: 0 },
  peArtsTeachers: { unit: { zh: '名体育、艺术教师', en: 'more PE/arts teachers' }, decimals: 0 },
  teachingArea: { unit: { zh: 'm² 教学及辅助用房', en: 'm² more teaching space' }, decimals: 2 },
  sportsArea: { unit: { zh: 'm² 体育运动场馆', en: 'm² more sports space' }, decimals: 2 },
  equipmentValue: { unit: { zh: '元 教学仪器设备', en: 'yuan more equipment' }, decimals: 0 },
  multimediaClassrooms: { unit: { zh: '间网络多媒体教室', en: 'more multimedia classrooms' }, decimals: 0 },
};

/** The parts of a regime. */
export const partNames: { readonly [Part in RegimePart]: ReportName } = {
  resources: { zh: '资源配置', en: 'resources' },
  government: { zh: '政府保障', en: 'government' },
  quality: { zh: '教育质量', en: 'quality' },
  recognition: { zh: '社会认可', en: 'recognition' },
  preschool: { zh: '学前教育', en: 'preschool' },
};

/** Short names of the items of the 2017 and 2012 regimes; other items fall back to their own labels. */
export const itemShortNames: Readonly<Record<string, ReportName>> = {
  layout_planned: { zh: '学校布局规划', en: 'school layout plan' },
  unified_standards: { zh: '城乡标准统一', en: 'unified urban-rural standards' },
  music_art_rooms: { zh: '音乐美术专用教室', en: 'music and art rooms' },
  school_size: { zh: '学校规模', en: 'school size' },
  class_size: { zh: '班额', en: 'class size' },
  small_schools_funded: { zh: '小规模学校按 100 人拨款', en: 'small schools funded as 100' },
  special_education_funding: { zh: '特教生均公用经费', en: 'special-education funding/student' },
  teacher_pay: { zh: '教师工资不低于公务员', en: 'teacher pay vs civil servants' },
  teacher_training: { zh: '教师 360 学时培训', en: 'teacher training 360 h' },
  staffing_allocated: { zh: '编制统筹配置', en: 'staffing allocated' },
  teacher_rotation: { zh: '教师交流轮岗', en: 'teacher rotation' },
  key_teacher_rotation: { zh: '骨干教师交流', en: 'key-teacher rotation' },
  teacher_certification: { zh: '教师持证上岗', en: 'teacher certification' },
  nearby_enrolment_primary: { zh: '小学就近入学', en: 'nearby enrolment, primary' },
  nearby_enrolment_junior: { zh: '初中就近入学', en: 'nearby enrolment, junior' },
  quota_allocation: { zh: '优质高中名额分配', en: 'senior-high quota allocation' },
  migrant_children: { zh: '随迁子女公办就读', en: 'migrant children in public schools' },
  left_behind_care: { zh: '留守儿童关爱', en: 'left-behind children care' },
  junior_consolidation: { zh: '初中三年巩固率', en: 'junior consolidation' },
  disabled_children_enrolment: { zh: '残疾儿童入学率', en: 'disabled children enrolment' },
  charter_and_information_systems: { zh: '章程与信息化', en: 'charters and IT systems' },
  training_budget: { zh: '培训经费占比', en: 'training budget share' },
  teachers_use_it: { zh: '教师信息化教学', en: 'teachers use IT' },
  moral_education: { zh: '德育与校园文化', en: 'moral education, school culture' },
  curriculum_complete: { zh: '课程开齐开足', en: 'full curriculum' },
  homework_burden: { zh: '无过重课业负担', en: 'no excessive homework' },
  quality_monitoring_difference: { zh: '质量监测校际差异', en: 'monitoring: between-school difference' },
  quality_monitoring_attainment: { zh: '质量监测达Ⅲ级', en: 'monitoring: level III attainment' },
  social_recognition: { zh: '社会认可度', en: 'social recognition' },
  no_admission_by_examination: { zh: '无考试招生', en: 'no admission by examination' },
  no_illegal_school_choice: { zh: '无违规择校', en: 'no illegal school choice' },
  no_key_schools_or_classes: { zh: '无重点校、重点班', en: 'no key schools or classes' },
  government_work_score: { zh: '县政府工作评估得分', en: 'county-government work score' },
  schools_meet_basic_standard: { zh: '学校达到省定基本标准', en: 'schools at the basic standard' },
  public_satisfaction: { zh: '公众满意度', en: 'public satisfaction' },
};

/**
 * What the numerator of an indicator item counts, for its shortfall (`还差 5 名持证教师`); the
 * engine says only "the numerator" for catalogue indicators.
 */
export const itemNumeratorUnits: Readonly<Record<string, ReportName>> = {
  teacher_pay: { zh: '元教师平均工资', en: "yuan of teachers' average pay" },
  teacher_training: { zh: '名教师完成培训', en: 'teachers trained' },
  teacher_rotation: { zh: '名教师交流轮岗', en: 'teachers rotated' },
  key_teacher_rotation: { zh: '名骨干教师交流轮岗', en: 'key teachers rotated' },
  teacher_certification: { zh: '名教师持证', en: 'certified teachers' },
  migrant_children: { zh: '名随迁子女在公办或购买学位就读', en: 'migrant children in public or purchased places' },
  junior_consolidation: { zh: '名毕业生', en: 'graduates' },
  disabled_children_enrolment: { zh: '名残疾儿童入学', en: 'disabled children enrolled' },
  social_recognition: { zh: '份满意答卷', en: 'satisfied responses' },
  public_satisfaction: { zh: '份满意答卷', en: 'satisfied responses' },
};

/** How each item status is printed. */
export const statusNames: { readonly [Status in ItemStatus]: string } = {
  passed: '✓ 达标 pass',
  failed: '✗ 未达标 fail',
  not_supplied: '… 未提供 not supplied',
  not_applicable: '– 不适用 not applicable',
};

/** Pass, fail or no value, for a check that may have none. */
export function passName(passed: boolean | null): string {
  return passed === null ? '— 无值 no value' : passed ? '✓ 达标 pass' : '✗ 未达标 fail';
}

/** Why a school is out of scope. */
export const exclusionNames: { readonly [Reason in ExclusionReason]: ReportName } = {
  special_education: { zh: '特殊教育学校', en: 'special education' },
  vocational: { zh: '职业学校', en: 'vocational' },
  small_teaching_point: { zh: '小规模教学点', en: 'small teaching point' },
  private: { zh: '民办学校', en: 'private' },
};

const comparatorSymbols: { readonly [Comparator in ThresholdComparator]: string } = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

/** A comparator as printed: `≥` for `>=`, `≤` for `<=`. */
export function comparatorSymbol(comparator: ThresholdComparator): string {
  return comparatorSymbols[comparator];
}
