import { type SchoolType, stageCountFields } from '../school/school-record';

/** A column of numbers: an array or a typed array, one entry per school. */
export type NumberColumn = ArrayLike<number>;

/**
 * A column of numbers where a school may have no value: `null`, `undefined` or `NaN` (what a
 * `Float64Array` holds for a blank) are blank, never zero.
 */
export type OptionalNumberColumn = ArrayLike<number | null | undefined>;

/**
 * One stage's figures in columns, as in `stageFiguresSchema`. A school teaches the stage when its
 * `students` value is a number; a blank `students` means it does not (and its other figures of the
 * stage must then be blank too).
 */
export interface StageColumns {
  readonly students: OptionalNumberColumn;
  readonly classes: OptionalNumberColumn;
  readonly teachers: OptionalNumberColumn;
  readonly qualifiedTeachers: OptionalNumberColumn;
  readonly keyTeachers: OptionalNumberColumn;
  readonly peTeachers: OptionalNumberColumn;
  readonly musicTeachers: OptionalNumberColumn;
  readonly artTeachers: OptionalNumberColumn;
  readonly intermediateOrAboveTitleTeachers: OptionalNumberColumn;
}

/**
 * A school table in columns — a province's or the nation's, every county in one table — for
 * {@link screenCounties}: one entry per school in every column, in the same order. The fields are
 * those of `schoolRecordSchema` that the resource part reads, plus the county of each school.
 *
 * Counts are whole numbers. Amounts (areas, the equipment value, computers, books, classrooms) are
 * doubles, read exactly as their shortest decimal form (what `String(value)` gives: `4.5` is 4.5),
 * which is what a CSV, a Parquet DOUBLE or a DuckDB query hands over; decimals with more than about
 * 15 significant digits need the record form and `evaluateRegime`.
 *
 * @example
 * ```ts
 * const columns: SchoolColumns = {
 *   county: ['130281', '130281'],
 *   id: ['A01', 'A02'],
 *   type: ['primary', 'nine_year'],
 *   ownership: ['public', 'public'],
 *   primary: { students: [620, 480], classes: [14, 11], teachers: [40, 30], … },
 *   junior: { students: [null, 360], … },
 *   teachingArea: [3100, 4800], sportsArea: [5200, 6100], equipmentValue: [1_400_000, 2_600_000],
 *   computers: [80, 120], books: [18_000, 30_000], multimediaClassrooms: [15, 24],
 * };
 * ```
 */
export interface SchoolColumns {
  /** The county (区县) of each school, e.g. its code `130281`; counties are evaluated separately. */
  readonly county: ArrayLike<string>;
  /** 学校标识码. */
  readonly id: ArrayLike<string>;
  /** 学校名称; the id when left out. */
  readonly name?: ArrayLike<string>;
  readonly type: ArrayLike<SchoolType>;
  readonly ownership: ArrayLike<'public' | 'private'>;
  readonly primary?: StageColumns;
  readonly junior?: StageColumns;
  readonly senior?: StageColumns;
  /** 教学及辅助用房面积, m². */
  readonly teachingArea: NumberColumn;
  /** 体育运动场馆面积, m². */
  readonly sportsArea: NumberColumn;
  /** 教学仪器设备值, 元 — for each school exactly one of this and `equipmentValueWan`. */
  readonly equipmentValue?: OptionalNumberColumn;
  /** 教学仪器设备值, 万元. */
  readonly equipmentValueWan?: OptionalNumberColumn;
  readonly computers: NumberColumn;
  readonly books: NumberColumn;
  readonly multimediaClassrooms: NumberColumn;
}

/** The count columns of a stage, in the order `stageFiguresSchema` lists them. */
export const stageCountColumns = stageCountFields satisfies readonly (keyof StageColumns)[];

/** The required amount columns. */
export const amountColumns = [
  'teachingArea',
  'sportsArea',
  'computers',
  'books',
  'multimediaClassrooms',
] as const satisfies readonly (keyof SchoolColumns)[];

/** Whether a cell holds a number (not blank: `null`, `undefined` or `NaN`). */
export const isGiven = (value: number | null | undefined): value is number =>
  typeof value === 'number' && !Number.isNaN(value);
