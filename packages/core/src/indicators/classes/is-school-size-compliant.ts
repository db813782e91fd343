import type { z } from 'zod';
import { describeIssue } from '../../_lib/describe-issue';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { type SchoolSizeType, schoolEnrolmentItemLabels, schoolEnrolmentSchema } from './_lib/school-enrolment-schema';

export type { SchoolSizeType } from './_lib/school-enrolment-schema';

/**
 * One school as {@link isSchoolSizeCompliant} takes it: its type and its students. For a
 * 九年一贯制 or 十二年一贯制 school, `students` is the compulsory part only (primary + junior
 * students, without the senior-secondary ones of a 十二年一贯制 school).
 */
export type SchoolEnrolment = z.input<typeof schoolEnrolmentSchema>;

/**
 * 学校规模上限 — the most students a school may have under the 2017 high-quality balance regime:
 * 小学 and 初中 2000; 九年一贯制 and 十二年一贯制 2500 in the compulsory part. A school at the cap
 * complies (2000 does, 2001 does not).
 *
 * Source: 教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号), 政府保障程度 item 4.
 *
 * @example
 * ```ts
 * SCHOOL_SIZE_CAPS.nine_year; // 2500
 * ```
 */
export const SCHOOL_SIZE_CAPS: { readonly [T in SchoolSizeType]: number } = {
  primary: 2000,
  junior: 2000,
  nine_year: 2500,
  twelve_year: 2500,
};

const labelOf = (name: string) => {
  const labels = schoolEnrolmentItemLabels[name as keyof typeof schoolEnrolmentItemLabels];
  return labels === undefined ? { zh: name, en: name } : { zh: labels['zh-CN'], en: labels.en };
};

/**
 * 学校规模达标 (per school) — whether one school's enrolment is within the cap of its type
 * ({@link SCHOOL_SIZE_CAPS}): students ≤ 2000 for `primary` and `junior`, compulsory-part
 * students ≤ 2500 for `nine_year` and `twelve_year`. The county share is the indicator
 * `school_size_compliance`.
 *
 * @param school - `{ type, students }`; for through-train schools, the compulsory-part students.
 * @returns `true` when the school is within its cap.
 * @throws {InvalidInputError} when `type` is not one of the four, or `students` is not a whole
 *   number ≥ 0.
 *
 * @example
 * ```ts
 * isSchoolSizeCompliant({ type: 'primary', students: 2000 }); // true
 * isSchoolSizeCompliant({ type: 'junior', students: 2001 }); // false
 * isSchoolSizeCompliant({ type: 'nine_year', students: 2500 }); // true
 * ```
 */
export function isSchoolSizeCompliant(school: SchoolEnrolment): boolean {
  const parsed = schoolEnrolmentSchema.safeParse(school);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues.map((issue) => describeIssue(issue, school, labelOf, ['school']));
    if (first !== undefined)
      throw new InvalidInputError({ issues: [first, ...rest], indicatorId: 'school_size_compliance' });
  }
  const { type, students } = school;
  return students <= SCHOOL_SIZE_CAPS[type];
}
