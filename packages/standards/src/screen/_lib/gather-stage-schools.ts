import type { SchoolType } from '../../school/school-record';
import type { ExclusionReason } from '../../scope/apply-scope';
import type { ResolvedScopeOptions } from '../../scope/scope-options';
import { floatStageWeights } from '../../split/_lib/split-school-lazily';
import { isGiven, type SchoolColumns } from '../school-columns';
import type { CountiesScreen } from '../screen-counties';

const stageNames = ['primary', 'junior', 'senior'] as const;

/** The stage schools of a table in columns, index `j`, in table order (a school's primary stage first). */
export interface GatheredStageSchools {
  readonly count: number;
  readonly rows: Uint32Array;
  readonly countyOf: Uint32Array;
  readonly studentsOf: Float64Array;
  /** 0 primary, 1 junior. */
  readonly stageCode: Uint8Array;
  /** 1 when the school is split between stages. */
  readonly splitOf: Uint8Array;
  /** The stage's share of the school's resources as a double (1 for a whole school). */
  readonly shareOf: Float64Array;
  readonly countyIds: readonly string[];
  readonly given: readonly number[];
  readonly excludedCount: readonly number[];
  readonly excluded: CountiesScreen['excluded'][number][];
  readonly stagesNotEvaluated: CountiesScreen['stagesNotEvaluated'][number][];
}

/**
 * Row by row: each school's county, the scope rules, and the stage schools of each school in scope
 * with its share of the school's resources — the same floating-point steps as the engine's lazy
 * split (`splitSchoolLazily`), so the doubles agree bit for bit.
 */
export function gatherStageSchools(
  columns: SchoolColumns,
  length: number,
  scope: ResolvedScopeOptions,
): GatheredStageSchools {
  const countyIndex = new Map<string, number>();
  const countyIds: string[] = [];
  const given: number[] = [];
  const excludedCount: number[] = [];
  const excluded: GatheredStageSchools['excluded'] = [];
  const stagesNotEvaluated: GatheredStageSchools['stagesNotEvaluated'] = [];
  // At most two stage schools per school: a senior stage is never compared.
  const capacity = length * 2;
  const rows = new Uint32Array(capacity);
  const countyOf = new Uint32Array(capacity);
  const studentsOf = new Float64Array(capacity);
  const stageCode = new Uint8Array(capacity);
  const splitOf = new Uint8Array(capacity);
  const shareOf = new Float64Array(capacity);
  const stageStudents = [columns.primary?.students, columns.junior?.students, columns.senior?.students];
  const presentCode = new Uint8Array(3);
  const presentStudents = new Float64Array(3);
  const { county: counties, type: types, ownership } = columns;
  const nameOf = (row: number) => (columns.name?.[row] ?? columns.id[row]) as string;
  let count = 0;
  let lastCountyId: string | undefined;
  let lastCounty = 0;
  for (let row = 0; row < length; row++) {
    const countyId = counties[row] as string;
    // Tables sorted by county look each county up once.
    let county = countyId === lastCountyId ? lastCounty : countyIndex.get(countyId);
    if (county === undefined) {
      county = countyIds.length;
      countyIndex.set(countyId, county);
      countyIds.push(countyId);
      given.push(0);
      excludedCount.push(0);
    }
    lastCountyId = countyId;
    lastCounty = county;
    given[county] = (given[county] as number) + 1;
    const type = types[row];
    let present = 0;
    let allStudents = 0;
    for (let code = 0; code < 3; code++) {
      const students = stageStudents[code]?.[row];
      if (!isGiven(students)) continue;
      presentCode[present] = code;
      presentStudents[present] = students;
      present += 1;
      allStudents += students;
    }
    const reason: ExclusionReason | null =
      type === 'special_education' && scope.excludeSpecialEducation
        ? 'special_education'
        : type === 'vocational' && scope.excludeVocational
          ? 'vocational'
          : type === 'teaching_point' && allStudents < scope.teachingPointMinimumStudents
            ? 'small_teaching_point'
            : ownership[row] === 'private' && !scope.includePrivate
              ? 'private'
              : null;
    if (reason !== null) {
      excluded.push({ row, schoolId: columns.id[row] as string, name: nameOf(row), county: countyId, reason });
      excludedCount[county] = (excludedCount[county] as number) + 1;
      continue;
    }
    const split = present > 1;
    const weights = floatStageWeights(type as SchoolType);
    let total = 0;
    if (split) {
      for (let index = 0; index < present; index++) {
        total += weights[stageNames[presentCode[index] as number] as 'primary'] * (presentStudents[index] as number);
      }
    }
    for (let index = 0; index < present; index++) {
      const code = presentCode[index] as number;
      const students = presentStudents[index] as number;
      if (code === 2 || students === 0) {
        stagesNotEvaluated.push({
          row,
          schoolId: columns.id[row] as string,
          name: nameOf(row),
          county: countyId,
          stage: stageNames[code] as 'primary' | 'junior' | 'senior',
          reason: code === 2 ? 'senior_stage' : 'no_students',
        });
        continue;
      }
      rows[count] = row;
      countyOf[count] = county;
      studentsOf[count] = students;
      stageCode[count] = code;
      splitOf[count] = split ? 1 : 0;
      shareOf[count] = !split
        ? 1
        : total === 0
          ? index === 0
            ? 1
            : 0
          : (weights[stageNames[code] as 'primary'] * students) / total;
      count += 1;
    }
  }
  return {
    count,
    rows,
    countyOf,
    studentsOf,
    stageCode,
    splitOf,
    shareOf,
    countyIds,
    given,
    excludedCount,
    excluded,
    stagesNotEvaluated,
  };
}
