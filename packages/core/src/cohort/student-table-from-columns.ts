import { describeValue } from '../_lib/describe-value';
import { InvalidInputError } from '../errors/invalid-input-error';
import type { BilingualText } from '../i18n/localized-text';
import { studentFlags, studentStatuses } from './student-status';
import type { ExcludedRecord, ExcludedRecordReason, StudentGroupKey, StudentTable } from './student-table';

/** Columns of student records, one entry per record, already encoded as numbers. */
export interface StudentColumns {
  /** The school year of each record, by its autumn year. */
  readonly schoolYear: ArrayLike<number>;
  /** The grade, 1–12. */
  readonly grade: ArrayLike<number>;
  /** The status code: the index in {@link studentStatuses}. */
  readonly status: ArrayLike<number>;
  /** Bit i set when flag i of {@link studentFlags} holds. Defaults to no flags. */
  readonly flags?: ArrayLike<number>;
  /** The group index of each record, into `groups`. Defaults to one group. */
  readonly group?: ArrayLike<number>;
  /** A numeric student id (safe integer ≥ 0) per record, to follow students across years. */
  readonly studentId?: ArrayLike<number>;
}

/** The groups of {@link studentTableFromColumns}: the dimensions and the key of each group index. */
export interface StudentColumnGroups {
  readonly dimensions: readonly string[];
  readonly groups: readonly StudentGroupKey[];
}

const statusCount = studentStatuses.length;
const flagLimit = 1 << studentFlags.length;

function asTyped<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(
  values: ArrayLike<number>,
  Typed: { new (length: number): T; from(values: ArrayLike<number>): T },
): T {
  return values instanceof Typed ? values : Typed.from(values);
}

/**
 * Builds a {@link StudentTable} from columns you already hold — typed arrays from a database
 * driver, a Parquet reader or your own encoder — without an object per record. Every value is
 * checked in one pass; a record with a value out of range is left out and listed in `excluded`
 * (`recordsRead === length + excluded.length`). Typed arrays of the right kind are used as they
 * are, not copied, when every record is valid.
 *
 * @param columns - The columns, all of the same length.
 * @param groups - The grouping dimensions and the key of each group index; defaults to one group.
 * @returns The table.
 * @throws {InvalidInputError} when the columns differ in length.
 *
 * @example
 * ```ts
 * const table = studentTableFromColumns(
 *   { schoolYear: [2022, 2022], grade: [7, 7], status: [0, 4], group: [0, 0] },
 *   { dimensions: ['county'], groups: [{ county: '示范县' }] },
 * );
 * table.length; // 2
 * ```
 */
export function studentTableFromColumns(
  columns: StudentColumns,
  groups: StudentColumnGroups = { dimensions: [], groups: [{}] },
): StudentTable {
  const length = columns.schoolYear.length;
  for (const [name, column] of Object.entries(columns)) {
    if (column !== undefined && (column as ArrayLike<number>).length !== length) {
      throw new InvalidInputError({
        issues: [
          {
            path: ['columns', name],
            messageZh: `列 ${name} 的长度(${(column as ArrayLike<number>).length})与 schoolYear(${length})不同`,
            messageEn: `column ${name} has ${(column as ArrayLike<number>).length} entries, schoolYear has ${length}.`,
          },
        ],
      });
    }
  }
  const excluded: ExcludedRecord[] = [];
  const message = (reason: ExcludedRecordReason, detail: string): BilingualText => ({
    zh: `第 ${detail} 条记录的值超出范围(${reason})`,
    en: `record ${detail} has a value out of range (${reason}).`,
  });
  const { schoolYear, grade, status, flags, group, studentId } = columns;
  const yearsSeen = new Set<number>();
  let lastYearSeen = -1;
  for (let index = 0; index < length; index++) {
    const year = schoolYear[index] as number;
    const gradeValue = grade[index] as number;
    const statusValue = status[index] as number;
    const flagValue = flags === undefined ? 0 : (flags[index] as number);
    const groupValue = group === undefined ? 0 : (group[index] as number);
    const idValue = studentId === undefined ? 0 : (studentId[index] as number);
    let reason: ExcludedRecordReason | null = null;
    if (!(year >= 1900 && year <= 2999 && Number.isInteger(year))) reason = 'invalid_school_year';
    else if (!(gradeValue >= 1 && gradeValue <= 12 && Number.isInteger(gradeValue))) reason = 'grade_out_of_range';
    else if (!(statusValue >= 0 && statusValue < statusCount && Number.isInteger(statusValue)))
      reason = 'unknown_status';
    else if (!(flagValue >= 0 && flagValue < flagLimit && Number.isInteger(flagValue))) reason = 'invalid_flag';
    else if (!(groupValue >= 0 && groupValue < groups.groups.length && Number.isInteger(groupValue))) {
      reason = 'invalid_dimension';
    } else if (!(idValue >= 0 && Number.isSafeInteger(idValue))) reason = 'missing_student_id';
    else if (statusValue === 1 && gradeValue !== 6 && gradeValue !== 9 && gradeValue !== 12) {
      reason = 'contradictory_status';
    }
    if (reason === null) {
      if (year !== lastYearSeen) {
        yearsSeen.add(year);
        lastYearSeen = year;
      }
    } else {
      excluded.push({
        index,
        studentId: studentId === undefined ? null : idValue,
        reason,
        message: message(reason, `${index} (${describeValue(year)}, ${describeValue(gradeValue)})`),
      });
    }
  }
  const keep = (values: ArrayLike<number>) => {
    if (excluded.length === 0) return values;
    const skip = new Set(excluded.map((record) => record.index));
    return Array.from(values).filter((_, index) => !skip.has(index));
  };
  const placed = length - excluded.length;
  return {
    length: placed,
    schoolYear: asTyped(keep(schoolYear), Uint16Array),
    grade: asTyped(keep(grade), Uint8Array),
    status: asTyped(keep(status), Uint8Array),
    flags: flags === undefined ? new Uint8Array(placed) : asTyped(keep(flags), Uint8Array),
    group: group === undefined ? new Uint32Array(placed) : asTyped(keep(group), Uint32Array),
    studentId: studentId === undefined ? null : asTyped(keep(studentId), Float64Array),
    dimensions: groups.dimensions,
    groups: groups.groups,
    schoolYears: [...yearsSeen].sort((left, right) => left - right),
    recordsRead: length,
    excluded,
  };
}
