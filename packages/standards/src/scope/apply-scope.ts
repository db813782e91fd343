import type { BilingualText } from '@edukpi/core';
import type { SchoolRecord } from '../school/school-record';
import { type ResolvedScopeOptions, resolveScopeOptions, type ScopeOptions } from './scope-options';

/** Why a school is outside the scope of an evaluation. */
export type ExclusionReason = 'special_education' | 'vocational' | 'small_teaching_point' | 'private';

/** A school left out of an evaluation, and why. */
export interface ExcludedSchool {
  readonly schoolId: string;
  readonly name: string;
  readonly reason: ExclusionReason;
  readonly message: BilingualText;
}

/** What {@link applyScope} returns. */
export interface ScopedSchools {
  readonly options: ResolvedScopeOptions;
  readonly included: readonly SchoolRecord[];
  readonly excluded: readonly ExcludedSchool[];
}

function studentsOf(school: SchoolRecord): number {
  return (school.primary?.students ?? 0) + (school.junior?.students ?? 0) + (school.senior?.students ?? 0);
}

/**
 * Applies the scope rules of an evaluation: leaves out special-education and vocational schools,
 * teaching points under the minimum enrolment and, if asked, private schools — each with the
 * reason in Chinese and English.
 *
 * @param schools - Validated school records.
 * @param options - The scope rules; defaults are the 2017 regime's ({@link defaultScopeOptions}).
 * @returns The options applied, the schools in scope and those left out.
 * @throws {InvalidOptionError} for an unknown or malformed scope rule.
 *
 * @example
 * ```ts
 * const { included, excluded } = applyScope(schools, { includePrivate: false });
 * excluded.map((school) => school.reason); // ['special_education', 'small_teaching_point', 'private']
 * ```
 */
export function applyScope(schools: readonly SchoolRecord[], options: ScopeOptions = {}): ScopedSchools {
  const resolved = resolveScopeOptions(options);
  const included: SchoolRecord[] = [];
  const excluded: ExcludedSchool[] = [];
  for (const school of schools) {
    const exclude = (reason: ExclusionReason, message: BilingualText) =>
      excluded.push({ schoolId: school.id, name: school.name, reason, message });
    if (school.type === 'special_education' && resolved.excludeSpecialEducation) {
      exclude('special_education', {
        zh: '特殊教育学校不参加资源配置评估',
        en: 'special-education schools are outside the scope',
      });
    } else if (school.type === 'vocational' && resolved.excludeVocational) {
      exclude('vocational', { zh: '职业学校不参加评估', en: 'vocational schools are outside the scope' });
    } else if (school.type === 'teaching_point' && studentsOf(school) < resolved.teachingPointMinimumStudents) {
      exclude('small_teaching_point', {
        zh: `教学点在校生 ${studentsOf(school)} 人,少于 ${resolved.teachingPointMinimumStudents} 人,不参加评估`,
        en: `a teaching point with ${studentsOf(school)} students, fewer than ${resolved.teachingPointMinimumStudents}, is outside the scope`,
      });
    } else if (school.ownership === 'private' && !resolved.includePrivate) {
      exclude('private', { zh: '按所选口径不含民办学校', en: 'private schools are left out, as the options ask' });
    } else {
      included.push(school);
    }
  }
  return { options: resolved, included, excluded };
}
