import { buildResult } from '../_lib/build-result';
import { describeValue } from '../_lib/describe-value';
import { resolveOptions } from '../_lib/resolve-options';
import type { IndicatorMethod } from '../catalogue/indicator-definitions';
import { indicatorDefinitions } from '../catalogue/indicator-definitions';
import type { CanonicalInput, IndicatorDefinition } from '../definition/define-indicator';
import type { FieldSpecs } from '../definition/field-spec';
import { InvalidOptionError } from '../errors/invalid-option-error';
import type { BilingualText } from '../i18n/localized-text';
import type { IndicatorResult } from '../result/indicator-result';
import type { SchoolYear } from '../school-year/school-year';
import { autumnYearOf } from './_lib/autumn-year-of';
import { countCube, cubeReader } from './_lib/count-cube';
import { type CreateStudentTableOptions, createStudentTable, type StudentRecord } from './create-student-table';
import type { StudentStatus } from './student-status';
import type { ExcludedRecord, StudentGroupKey, StudentTable } from './student-table';

/** The indicators {@link computeCohortIndicators} computes from student records. */
export type CohortIndicatorId =
  | 'nine_year_consolidation_rate'
  | 'junior_three_year_consolidation_rate'
  | 'annual_dropout_rate'
  | 'progression_rate'
  | 'grade_retention_rate'
  | 'student_aid_coverage_rate'
  | 'after_school_participation_rate';

/** Options of {@link computeCohortIndicators}. */
export interface ComputeCohortIndicatorsOptions extends CreateStudentTableOptions {
  /** The school year to report on: its autumn year, a label (`2022-2023学年`) or a {@link SchoolYear}. */
  readonly schoolYear: number | string | SchoolYear;
  /** The variant of both consolidation rates. Defaults to `raw`. */
  readonly consolidationMethod?: IndicatorMethod<'nine_year_consolidation_rate'>;
  /** The variant of the dropout rate. Defaults to `strict`. */
  readonly dropoutMethod?: IndicatorMethod<'annual_dropout_rate'>;
  /**
   * Which transition the progression rate follows: grade-6 graduates into grade 7
   * (`primary_to_junior`, default) or grade-9 graduates into grade 10 (`junior_to_senior`).
   */
  readonly progression?: 'primary_to_junior' | 'junior_to_senior';
  /** The grades the dropout, aid and after-school figures cover. Defaults to 1–9 (compulsory). */
  readonly scopeGrades?: { readonly from: number; readonly to: number };
}

/** One grade's 年巩固率: autumn count of the next grade ÷ spring count of this one. */
export interface GradeRetention {
  readonly grade: number;
  readonly result: IndicatorResult<'grade_retention_rate'>;
}

/** The cohort indicators of one group (or of all records together). */
export interface CohortIndicatorResults {
  readonly annual_dropout_rate: IndicatorResult<'annual_dropout_rate'>;
  readonly student_aid_coverage_rate: IndicatorResult<'student_aid_coverage_rate'>;
  readonly after_school_participation_rate: IndicatorResult<'after_school_participation_rate'>;
  /** Present when the data hold grade 7 three school years back (2 labels earlier). */
  readonly junior_three_year_consolidation_rate?: IndicatorResult<'junior_three_year_consolidation_rate'>;
  /** Present when the data hold grade 1 nine school years back (8 labels earlier). */
  readonly nine_year_consolidation_rate?: IndicatorResult<'nine_year_consolidation_rate'>;
  /** Present when the data hold the next school year and student ids. */
  readonly progression_rate?: IndicatorResult<'progression_rate'>;
  /** Present when the data hold the next school year: one entry per grade with a next grade. */
  readonly grade_retention_rate?: readonly GradeRetention[];
}

/** An indicator that could not be computed from the data, and why. */
export interface UnavailableCohortIndicator {
  readonly indicator: CohortIndicatorId;
  readonly reason: 'missing_school_year' | 'missing_student_ids';
  /** The school years the indicator needs that the data lack. */
  readonly missingYears: readonly number[];
  readonly message: BilingualText;
}

/** What {@link computeCohortIndicators} returns. */
export interface CohortIndicatorReport {
  /** The school year reported on, by its autumn year. */
  readonly schoolYear: number;
  /** The school years found in the data. */
  readonly schoolYearsInData: readonly number[];
  /** One entry per group, in the order groups first appear. */
  readonly groups: readonly { readonly key: StudentGroupKey; readonly results: CohortIndicatorResults }[];
  /** All records together: ratios of the summed counts, never a mean of group rates. */
  readonly total: CohortIndicatorResults;
  readonly unavailable: readonly UnavailableCohortIndicator[];
  /** Records read, placed and left out; `read === placed + excluded.length`. */
  readonly records: { readonly read: number; readonly placed: number; readonly excluded: readonly ExcludedRecord[] };
}

type AnyDefinition = IndicatorDefinition<string, FieldSpecs, string>;

const atStart: StudentStatus[] = ['enrolled', 'graduated', 'transferred_out', 'dropped_out', 'suspended', 'deceased'];
const atEnd: StudentStatus[] = ['enrolled', 'graduated', 'transferred_in'];
const everyone: StudentStatus[] = [...atStart, 'transferred_in'];

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, offset) => from + offset);
}

/**
 * Computes every cohort indicator of one school year from 学籍 records, for every group and for
 * all records together, in one call:
 *
 * - 年辍学率 (`annual_dropout_rate`, strict or netted) — dropouts ÷ enrolment at the start of the
 *   year, over `scopeGrades` (default 1–9);
 * - 初中三年巩固率 and 九年巩固率 — this year's grade-9 graduates ÷ the cohort's grade-7 intake two
 *   labels earlier, or its grade-1 intake eight labels earlier (the "three" and "nine" years count
 *   calendar years from entry to graduation); transfers and deaths for the netted variants are
 *   counted on the cohort's diagonal (grade 7 in Y−2, 8 in Y−1, 9 in Y);
 * - 升学率 (`progression_rate`) — this year's graduates found in the next stage's first grade in
 *   the next school year, by student id;
 * - 年巩固率 (`grade_retention_rate`) per grade — autumn count of grade k+1 next year ÷ spring
 *   count of grade k this year;
 * - 资助覆盖率 — aided ÷ identified as in financial difficulty, over this year's records;
 * - 课后服务参与率 — participants ÷ students there at the end of the year.
 *
 * Records are counted once, in a columnar pass (typed arrays, integer counts); decimals are made
 * per group only. Groups follow each record's own dimensions (an intake is grouped by its
 * intake-year record). Records that cannot be placed are listed in `records.excluded`;
 * indicators the data cannot support (a school year missing) are listed in `unavailable`.
 *
 * @param data - Record objects, or a {@link StudentTable} already built.
 * @param options - The school year, the grouping (for records), the variants and scopes.
 * @returns The report.
 * @throws {InvalidOptionError} when the school year or a range cannot be read.
 *
 * @example
 * ```ts
 * const report = computeCohortIndicators(records, { schoolYear: '2022-2023学年', by: ['county'] });
 * report.total.annual_dropout_rate.formattedValue; // '0.12'
 * report.groups[0]?.results.junior_three_year_consolidation_rate?.formattedValue; // '96.40'
 * report.unavailable; // [{ indicator: 'nine_year_consolidation_rate', reason: 'missing_school_year', … }]
 * ```
 */
export function computeCohortIndicators(
  data: Iterable<StudentRecord> | StudentTable,
  options: ComputeCohortIndicatorsOptions,
): CohortIndicatorReport {
  const year = autumnYearOf(options.schoolYear);
  if (year === null) {
    throw new InvalidOptionError({
      path: ['options', 'schoolYear'],
      messageZh: `无法识别学年 ${describeValue(options.schoolYear)}`,
      messageEn: `school year ${describeValue(options.schoolYear)} cannot be read.`,
    });
  }
  const table = isStudentTable(data) ? data : createStudentTable(data, options);
  const scope = options.scopeGrades ?? { from: 1, to: 9 };
  if (
    !Number.isInteger(scope.from) ||
    !Number.isInteger(scope.to) ||
    scope.from < 1 ||
    scope.to > 12 ||
    scope.from > scope.to
  ) {
    throw new InvalidOptionError({
      path: ['options', 'scopeGrades'],
      messageZh: 'scopeGrades 应为 1–12 内的整数区间',
      messageEn: 'scopeGrades must be a range of whole numbers within 1–12.',
    });
  }
  const cube = countCube(table);
  const read = cubeReader(cube);
  const scopeGrades = range(scope.from, scope.to);
  const transition = options.progression ?? 'primary_to_junior';
  const [fromGrade, toGrade] = transition === 'primary_to_junior' ? [6, 7] : [9, 10];

  const definitions = indicatorDefinitions as unknown as Record<CohortIndicatorId, AnyDefinition>;
  const resolved = {
    annual_dropout_rate: resolveOptions(definitions.annual_dropout_rate, { method: options.dropoutMethod ?? 'strict' }),
    junior: resolveOptions(definitions.junior_three_year_consolidation_rate, {
      method: options.consolidationMethod ?? 'raw',
    }),
    nine: resolveOptions(definitions.nine_year_consolidation_rate, { method: options.consolidationMethod ?? 'raw' }),
    progression_rate: resolveOptions(definitions.progression_rate),
    grade_retention_rate: resolveOptions(definitions.grade_retention_rate),
    student_aid_coverage_rate: resolveOptions(definitions.student_aid_coverage_rate),
    after_school_participation_rate: resolveOptions(definitions.after_school_participation_rate),
  };

  const unavailable: UnavailableCohortIndicator[] = [];
  const needYears = (indicator: CohortIndicatorId, years: readonly number[]) => {
    const missing = years.filter((needed) => !cube.years.has(needed));
    if (missing.length > 0) {
      unavailable.push({
        indicator,
        reason: 'missing_school_year',
        missingYears: missing,
        message: {
          zh: `缺少 ${missing.map((missingYear) => `${missingYear}-${missingYear + 1}学年`).join('、')}的学籍数据,无法计算 ${indicator}`,
          en: `${indicator} needs the ${missing.map((missingYear) => `${missingYear}/${String(missingYear + 1).slice(2)}`).join(', ')} school year data, which is missing.`,
        },
      });
    }
    return missing.length === 0;
  };
  const consolidationIsNetted = (options.consolidationMethod ?? 'raw') !== 'raw';
  const cohortYears = (span: number) => (consolidationIsNetted ? range(year - span, year) : [year - span, year]);
  const hasDropout = needYears('annual_dropout_rate', [year]);
  const hasJunior = needYears('junior_three_year_consolidation_rate', cohortYears(2));
  const hasNine = needYears('nine_year_consolidation_rate', cohortYears(8));
  const hasNext = needYears('grade_retention_rate', [year, year + 1]);
  let hasProgression = needYears('progression_rate', [year, year + 1]);
  if (hasProgression && table.studentId === null) {
    hasProgression = false;
    unavailable.push({
      indicator: 'progression_rate',
      reason: 'missing_student_ids',
      missingYears: [],
      message: {
        zh: '数据没有学生标识,无法跟踪毕业生是否升入下一学段',
        en: 'the data have no student ids, so graduates cannot be followed into the next stage.',
      },
    });
  }
  if (!hasDropout) {
    // Without the year itself nothing can be reported; say so once, clearly.
    throw new InvalidOptionError({
      path: ['options', 'schoolYear'],
      messageZh: `数据中没有 ${year}-${year + 1}学年的记录;数据中的学年:${[...cube.years].join('、') || '无'}`,
      messageEn: `the data hold no record of the ${year}/${String(year + 1).slice(2)} school year; years in the data: ${[...cube.years].join(', ') || 'none'}.`,
    });
  }

  // Graduates that reach the next stage's first grade next year, per group of the graduation record.
  const admittedByGroup = new Float64Array(cube.groupCount);
  if (hasProgression && table.studentId !== null) {
    const { schoolYear, grade, status, group, studentId, length } = table;
    const continuing = idSet(studentId, length, (index) => schoolYear[index] === year + 1 && grade[index] === toGrade);
    for (let index = 0; index < length; index++) {
      if (
        schoolYear[index] === year &&
        grade[index] === fromGrade &&
        status[index] === 1 &&
        continuing.has(studentId[index] as number)
      ) {
        const member = group[index] as number;
        admittedByGroup[member] = (admittedByGroup[member] as number) + 1;
      }
    }
  }

  const compute = <Id extends string>(
    definition: AnyDefinition,
    input: CanonicalInput,
    resolvedOptions: ReturnType<typeof resolveOptions>,
  ) => buildResult(definition as AnyDefinition & { id: Id }, input, resolvedOptions);

  const resultsFor = (group: number | null): CohortIndicatorResults => {
    const sumOver = (grades: readonly number[], statuses: StudentStatus[]) =>
      grades.reduce((total, grade) => total + read.count(group, year, grade, statuses), 0);
    const flaggedOver = (
      grades: readonly number[],
      statuses: StudentStatus[],
      flag: Parameters<typeof read.countFlag>[4],
    ) => grades.reduce((total, grade) => total + read.countFlag(group, year, grade, statuses, flag), 0);
    const diagonal = (firstGrade: number, span: number, statuses: StudentStatus[]) =>
      range(0, span).reduce(
        (total, step) => total + read.count(group, year - span + step, firstGrade + step, statuses),
        0,
      );

    const results: {
      -readonly [K in keyof CohortIndicatorResults]: CohortIndicatorResults[K];
    } = {
      annual_dropout_rate: compute(
        definitions.annual_dropout_rate,
        {
          enrolledAtStart: sumOver(scopeGrades, atStart),
          dropouts: sumOver(scopeGrades, ['dropped_out']),
          suspended: sumOver(scopeGrades, ['suspended']),
          withdrawn: sumOver(scopeGrades, ['dropped_out']),
          deaths: sumOver(scopeGrades, ['deceased']),
          transfersOut: sumOver(scopeGrades, ['transferred_out']),
          otherDecreases: 0,
          transfersIn: sumOver(scopeGrades, ['transferred_in']),
          otherIncreases: 0,
        },
        resolved.annual_dropout_rate,
      ) as IndicatorResult<'annual_dropout_rate'>,
      student_aid_coverage_rate: compute(
        definitions.student_aid_coverage_rate,
        {
          aided: flaggedOver(scopeGrades, everyone, 'aided'),
          eligible: flaggedOver(scopeGrades, everyone, 'financialDifficulty'),
        },
        resolved.student_aid_coverage_rate,
      ) as IndicatorResult<'student_aid_coverage_rate'>,
      after_school_participation_rate: compute(
        definitions.after_school_participation_rate,
        { participants: flaggedOver(scopeGrades, atEnd, 'afterSchool'), enrolled: sumOver(scopeGrades, atEnd) },
        resolved.after_school_participation_rate,
      ) as IndicatorResult<'after_school_participation_rate'>,
    };
    const consolidation = (firstGrade: number, span: number): CanonicalInput => ({
      graduates: read.count(group, year, 9, ['graduated']),
      entrants: read.count(group, year - span, firstGrade, atStart),
      transfersIn: diagonal(firstGrade, span, ['transferred_in']),
      transfersOut: diagonal(firstGrade, span, ['transferred_out']),
      deaths: diagonal(firstGrade, span, ['deceased']),
    });
    if (hasJunior) {
      results.junior_three_year_consolidation_rate = compute(
        definitions.junior_three_year_consolidation_rate,
        consolidation(7, 2),
        resolved.junior,
      ) as IndicatorResult<'junior_three_year_consolidation_rate'>;
    }
    if (hasNine) {
      results.nine_year_consolidation_rate = compute(
        definitions.nine_year_consolidation_rate,
        consolidation(1, 8),
        resolved.nine,
      ) as IndicatorResult<'nine_year_consolidation_rate'>;
    }
    if (hasProgression) {
      const admitted =
        group === null
          ? admittedByGroup.reduce((total, count) => total + count, 0)
          : (admittedByGroup[group] as number);
      results.progression_rate = compute(
        definitions.progression_rate,
        { admitted, graduates: read.count(group, year, fromGrade, ['graduated']) },
        resolved.progression_rate,
      ) as IndicatorResult<'progression_rate'>;
    }
    if (hasNext) {
      results.grade_retention_rate = range(1, 11).map((grade) => ({
        grade,
        result: compute(
          definitions.grade_retention_rate,
          {
            nextGradeAutumn: read.count(group, year + 1, grade + 1, atStart),
            gradeSpring: read.count(group, year, grade, atEnd),
          },
          resolved.grade_retention_rate,
        ) as IndicatorResult<'grade_retention_rate'>,
      }));
    }
    return results;
  };

  return {
    schoolYear: year,
    schoolYearsInData: [...cube.years].sort((left, right) => left - right),
    groups: table.groups.map((key, group) => ({ key, results: resultsFor(group) })),
    total: resultsFor(null),
    unavailable,
    records: { read: table.recordsRead, placed: table.length, excluded: table.excluded },
  };
}

/**
 * The ids of the records that pass `keep`: a bitmap when ids are dense whole numbers (as a table
 * built by createStudentTable has), a Set otherwise.
 */
function idSet(ids: Float64Array, length: number, keep: (index: number) => boolean): { has(id: number): boolean } {
  let largest = 0;
  for (let index = 0; index < length; index++) {
    const id = ids[index] as number;
    if (id > largest) largest = id;
  }
  if (largest <= Math.max(length * 4, 1 << 20)) {
    const bitmap = new Uint8Array(largest + 1);
    for (let index = 0; index < length; index++) if (keep(index)) bitmap[ids[index] as number] = 1;
    return { has: (id) => bitmap[id] === 1 };
  }
  const set = new Set<number>();
  for (let index = 0; index < length; index++) if (keep(index)) set.add(ids[index] as number);
  return set;
}

function isStudentTable(data: unknown): data is StudentTable {
  return typeof data === 'object' && data !== null && (data as StudentTable).schoolYear instanceof Uint16Array;
}
