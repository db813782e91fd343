import type { GroupValue } from '../aggregate/aggregate-indicator';
import type { BilingualText } from '../i18n/localized-text';

/** Why a record could not be placed in a {@link StudentTable}. */
export type ExcludedRecordReason =
  | 'not_an_object'
  | 'missing_student_id'
  | 'invalid_school_year'
  | 'school_year_out_of_range'
  | 'grade_out_of_range'
  | 'unknown_status'
  | 'invalid_flag'
  | 'invalid_dimension'
  | 'contradictory_status'
  | 'duplicate_record';

/** A record left out of a {@link StudentTable}: where it was, whose it was, and why. */
export interface ExcludedRecord {
  /** Its position in the input. */
  readonly index: number;
  /** Its student id as given, or `null`. */
  readonly studentId: string | number | null;
  readonly reason: ExcludedRecordReason;
  readonly message: BilingualText;
}

/** A grouping key: the values of the dimensions a table was grouped by. */
export type StudentGroupKey = Readonly<Record<string, GroupValue>>;

/**
 * Student records in columnar form: one typed array per field, one entry per placed record.
 * Build one with {@link createStudentTable} (from record objects) or
 * {@link studentTableFromColumns} (from columns you already have); the cohort computations read
 * it in one pass, with integer counts and no object per record.
 */
export interface StudentTable {
  /** The number of placed records. */
  readonly length: number;
  /** The school year of each record, by its autumn year (2021 for 2021-2022学年). */
  readonly schoolYear: Uint16Array;
  /** The grade, 1–12 (1–6 小学, 7–9 初中, 10–12 高中). */
  readonly grade: Uint8Array;
  /** The status code: the index in {@link studentStatuses}. */
  readonly status: Uint8Array;
  /** The flags: bit i is flag i of {@link studentFlags}. */
  readonly flags: Uint8Array;
  /** The group of each record: an index into `groups`. */
  readonly group: Uint32Array;
  /** A numeric student id per record, for following students across years; `null` when not known. */
  readonly studentId: Float64Array | null;
  /** The grouping dimensions, e.g. `['county']`. */
  readonly dimensions: readonly string[];
  /** The key of each group index. */
  readonly groups: readonly StudentGroupKey[];
  /** The school years that hold at least one placed record, ascending. */
  readonly schoolYears: readonly number[];
  /** How many records were read (placed + excluded). */
  readonly recordsRead: number;
  /** The records that could not be placed, with the reason; none is dropped silently. */
  readonly excluded: readonly ExcludedRecord[];
}
