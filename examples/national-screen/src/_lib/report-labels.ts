import { Decimal, getIndicatorDefinition } from '@edukpi/core';
import type { ExclusionReason, ResourceIndicatorId } from '@edukpi/standards';

/** A name in Chinese and English, printed side by side. */
export interface ReportName {
  readonly zh: string;
  readonly en: string;
}

/** `中文 English`, the way every label of the report is printed. */
export function bilingual(name: ReportName): string {
  return `${name.zh} ${name.en}`;
}

/** The stages of the report. */
export const stageNames: { readonly [Stage in 'primary' | 'junior' | 'senior']: ReportName } = {
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初中', en: 'junior' },
  senior: { zh: '高中', en: 'senior' },
};

/** Short English names of the seven 2017 indicators (the catalogue's full names are long for a table). */
const indicatorShortNames: Readonly<Partial<Record<ResourceIndicatorId, string>>> = {
  qualified_teachers_per_100_students: 'qualified teachers /100 students',
  key_teachers_per_100_students: 'key teachers /100 students',
  pe_arts_teachers_per_100_students: 'PE & arts teachers /100 students',
  teaching_space_per_student: 'teaching space m²/student',
  sports_space_per_student: 'sports space m²/student',
  equipment_value_per_student: 'equipment yuan/student',
  multimedia_classrooms_per_100_students: 'multimedia rooms /100 students',
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
  const { labels } = getIndicatorDefinition(indicator);
  return { zh: labels['zh-CN'], en: indicatorShortNames[indicator] ?? labels.en };
}

/** The unit a resource indicator's value is printed with. */
export function indicatorUnit(indicator: ResourceIndicatorId): string {
  if (indicator === 'teaching_space_per_student' || indicator === 'sports_space_per_student') return ' m²';
  return indicator === 'equipment_value_per_student' ? ' 元' : '';
}

/** Why a school is left out. */
export const exclusionNames: { readonly [Reason in ExclusionReason]: ReportName } = {
  special_education: { zh: '特殊教育学校', en: 'special education' },
  vocational: { zh: '职业学校', en: 'vocational' },
  small_teaching_point: { zh: '不足 50 人的教学点', en: 'teaching point under 50 students' },
  private: { zh: '民办学校', en: 'private' },
};

/** Pass, fail, or nothing compared. */
export function passName(passed: boolean | null): string {
  return passed === null ? '— 无可比较 nothing compared' : passed ? '✓ 达标 pass' : '✗ 未达标 fail';
}

/**
 * An exact decimal rounded half up (四舍五入) to a number of places.
 *
 * @example
 * ```ts
 * formatDecimal('0.80', 1, 100); // '80.0' (as a percentage)
 * formatDecimal('2283.456', 2);  // '2283.46'
 * ```
 */
export function formatDecimal(value: string, decimals: number, scale = 1): string {
  return new Decimal(value).times(scale).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
}
