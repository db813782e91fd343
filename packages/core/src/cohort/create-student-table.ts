import { describeValue } from '../_lib/describe-value';
import type { GroupValue } from '../aggregate/aggregate-indicator';
import { InvalidOptionError } from '../errors/invalid-option-error';
import type { BilingualText } from '../i18n/localized-text';
import type { SchoolYear } from '../school-year/school-year';
import { autumnYearOf } from './_lib/autumn-year-of';
import { type StudentFlag, type StudentStatus, studentFlags, studentStatuses } from './student-status';
import type { ExcludedRecord, ExcludedRecordReason, StudentGroupKey, StudentTable } from './student-table';

/** One student's 学籍 record for one school year. */
export type StudentRecord = {
  /** The student's id (学籍号): a string or a whole number. */
  readonly studentId: string | number;
  /** The school year: its autumn year (2021), a label (`2021-2022学年`, `2021/22`) or a {@link SchoolYear}. */
  readonly schoolYear: number | string | SchoolYear;
  /** The grade, 1–12. */
  readonly grade: number;
  readonly status: StudentStatus;
} & { readonly [F in StudentFlag]?: boolean } & { readonly [field: string]: unknown };

/** Options of {@link createStudentTable}. */
export interface CreateStudentTableOptions {
  /** The fields to group by, e.g. `['county', 'schoolId']`. Defaults to none: one group. */
  readonly by?: readonly string[];
  /** The grades records may have; others are excluded. Defaults to 1–12. */
  readonly grades?: { readonly from: number; readonly to: number };
  /** The school years to keep (autumn years, inclusive); records outside are excluded. Defaults to all. */
  readonly schoolYears?: { readonly from?: number; readonly to?: number };
}

const statusCodes = new Map<unknown, number>(studentStatuses.map((status, code) => [status, code]));
const finalGrades = new Set([6, 9, 12]);

const reasonMessages: { readonly [K in ExcludedRecordReason]: (detail: string) => BilingualText } = {
  not_an_object: (detail) => ({ zh: `记录应为对象,收到 ${detail}`, en: `a record must be an object (got ${detail}).` }),
  missing_student_id: (detail) => ({
    zh: `缺少学籍号(studentId),收到 ${detail}`,
    en: `missing student id (studentId): got ${detail}.`,
  }),
  invalid_school_year: (detail) => ({
    zh: `学年(schoolYear)无法识别:${detail}`,
    en: `school year (schoolYear) not recognised: ${detail}.`,
  }),
  school_year_out_of_range: (detail) => ({
    zh: `学年 ${detail} 不在所选范围内`,
    en: `school year ${detail} is outside the range asked for.`,
  }),
  grade_out_of_range: (detail) => ({ zh: `年级(grade)超出范围:${detail}`, en: `grade out of range: ${detail}.` }),
  unknown_status: (detail) => ({
    zh: `未知的学籍状态(status):${detail};可用:${studentStatuses.join('、')}`,
    en: `unknown status: ${detail}; known statuses: ${studentStatuses.join(', ')}.`,
  }),
  invalid_flag: (detail) => ({
    zh: `标记应为 true 或 false:${detail}`,
    en: `a flag must be true or false: ${detail}.`,
  }),
  invalid_dimension: (detail) => ({
    zh: `分组字段应为文本、数字、布尔值或空:${detail}`,
    en: `a grouping field must be text, a number, a boolean or blank: ${detail}.`,
  }),
  contradictory_status: (detail) => ({
    zh: `状态与年级矛盾:${detail}`,
    en: `status contradicts the grade: ${detail}.`,
  }),
  duplicate_record: (detail) => ({
    zh: `同一学生同一学年有多条记录:${detail}`,
    en: `the same student has more than one record in one school year: ${detail}.`,
  }),
};

function checkRange(range: { readonly from: number; readonly to: number }, path: string, limits: [number, number]) {
  const [lowest, highest] = limits;
  if (
    !Number.isInteger(range.from) ||
    !Number.isInteger(range.to) ||
    range.from < lowest ||
    range.to > highest ||
    range.from > range.to
  ) {
    throw new InvalidOptionError({
      path: ['options', path],
      messageZh: `${path} 应为 ${lowest}–${highest} 内的整数区间,收到 ${describeValue(range.from)}–${describeValue(range.to)}`,
      messageEn: `${path} must be a range of whole numbers within ${lowest}–${highest} (got ${describeValue(range.from)}–${describeValue(range.to)}).`,
    });
  }
}

/**
 * Turns 学籍 records into a columnar {@link StudentTable}, checking every record. A record that
 * cannot be placed — no student id, a school year that cannot be read or is outside the range,
 * a grade out of range, an unknown status, a flag that is not a boolean, a graduation outside the
 * last grade of a stage, a second record of the same student in the same year — is left out and
 * listed in `excluded` with its index and the reason in Chinese and English. Counts reconcile:
 * `recordsRead === length + excluded.length`.
 *
 * @param records - One record per student per school year.
 * @param options - The grouping dimensions, and the grades and school years to keep.
 * @returns The table.
 * @throws {InvalidOptionError} when a range option is malformed.
 *
 * @example
 * ```ts
 * const table = createStudentTable(
 *   [
 *     { studentId: 'G001', schoolYear: 2022, grade: 7, status: 'enrolled', county: '示范县' },
 *     { studentId: 'G002', schoolYear: '2022-2023学年', grade: 7, status: 'dropped_out', county: '示范县' },
 *     { studentId: 'G003', schoolYear: 2022, grade: 13, status: 'enrolled', county: '示范县' },
 *   ],
 *   { by: ['county'] },
 * );
 * table.length;               // 2
 * table.excluded[0]?.reason;  // 'grade_out_of_range'
 * ```
 */
export function createStudentTable(
  records: Iterable<StudentRecord>,
  options: CreateStudentTableOptions = {},
): StudentTable {
  const grades = options.grades ?? { from: 1, to: 12 };
  checkRange(grades, 'grades', [1, 12]);
  const yearRange = { from: options.schoolYears?.from ?? 1900, to: options.schoolYears?.to ?? 2999 };
  checkRange(yearRange, 'schoolYears', [1900, 2999]);
  const dimensions = [...(options.by ?? [])];

  const yearColumn: number[] = [];
  const gradeColumn: number[] = [];
  const statusColumn: number[] = [];
  const flagColumn: number[] = [];
  const groupColumn: number[] = [];
  const idColumn: number[] = [];
  const excluded: ExcludedRecord[] = [];
  const groups: StudentGroupKey[] = [];
  const groupIndexes = new Map<string, number>();
  const idCodes = new Map<string | number, number>();
  const seen = new Set<string>();

  let index = -1;
  for (const record of records) {
    index += 1;
    const exclude = (reason: ExcludedRecordReason, detail: string, studentId: string | number | null) => {
      excluded.push({ index, studentId, reason, message: reasonMessages[reason](detail) });
    };
    if (typeof record !== 'object' || record === null) {
      exclude('not_an_object', describeValue(record), null);
      continue;
    }
    const rawId = record.studentId;
    const validId =
      (typeof rawId === 'string' && rawId.trim() !== '') ||
      (typeof rawId === 'number' && Number.isSafeInteger(rawId) && rawId >= 0);
    if (!validId) {
      exclude('missing_student_id', describeValue(rawId), null);
      continue;
    }
    const studentId = rawId as string | number;
    const year = autumnYearOf(record.schoolYear);
    if (year === null) {
      exclude('invalid_school_year', describeValue(record.schoolYear), studentId);
      continue;
    }
    if (year < yearRange.from || year > yearRange.to) {
      exclude('school_year_out_of_range', String(year), studentId);
      continue;
    }
    const grade = record.grade;
    if (!Number.isInteger(grade) || grade < grades.from || grade > grades.to) {
      exclude('grade_out_of_range', `${describeValue(grade)} (${grades.from}–${grades.to})`, studentId);
      continue;
    }
    const statusCode = statusCodes.get(record.status);
    if (statusCode === undefined) {
      exclude('unknown_status', describeValue(record.status), studentId);
      continue;
    }
    if (record.status === 'graduated' && !finalGrades.has(grade)) {
      exclude('contradictory_status', `graduated in grade ${grade} (only grades 6, 9 and 12 graduate)`, studentId);
      continue;
    }
    let flags = 0;
    let badFlag: string | undefined;
    studentFlags.forEach((flag, bit) => {
      const value = record[flag];
      if (value === true) flags |= 1 << bit;
      else if (value !== undefined && value !== false) badFlag ??= `${flag} = ${describeValue(value)}`;
    });
    if (badFlag !== undefined) {
      exclude('invalid_flag', badFlag, studentId);
      continue;
    }
    const key: Record<string, GroupValue> = {};
    let badDimension: string | undefined;
    for (const dimension of dimensions) {
      const value = record[dimension];
      if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) {
        key[dimension] = value as GroupValue;
      } else {
        badDimension ??= `${dimension} = ${describeValue(value)}`;
      }
    }
    if (badDimension !== undefined) {
      exclude('invalid_dimension', badDimension, studentId);
      continue;
    }
    const yearKey = `${year}\u0000${typeof studentId}\u0000${studentId}`;
    if (seen.has(yearKey)) {
      exclude('duplicate_record', `${studentId}, ${year}`, studentId);
      continue;
    }
    seen.add(yearKey);

    const groupId = JSON.stringify(dimensions.map((dimension) => key[dimension] ?? null));
    let group = groupIndexes.get(groupId);
    if (group === undefined) {
      group = groups.length;
      groups.push(key);
      groupIndexes.set(groupId, group);
    }
    const idKey = typeof studentId === 'string' ? `s${studentId}` : studentId;
    let idCode = idCodes.get(idKey);
    if (idCode === undefined) {
      idCode = idCodes.size;
      idCodes.set(idKey, idCode);
    }
    yearColumn.push(year);
    gradeColumn.push(grade);
    statusColumn.push(statusCode);
    flagColumn.push(flags);
    groupColumn.push(group);
    idColumn.push(idCode);
  }

  return {
    length: yearColumn.length,
    schoolYear: Uint16Array.from(yearColumn),
    grade: Uint8Array.from(gradeColumn),
    status: Uint8Array.from(statusColumn),
    flags: Uint8Array.from(flagColumn),
    group: Uint32Array.from(groupColumn),
    studentId: Float64Array.from(idColumn),
    dimensions,
    groups,
    schoolYears: [...new Set(yearColumn)].sort((left, right) => left - right),
    recordsRead: index + 1,
    excluded,
  };
}
