import type { DecimalInput } from '../../_lib/decimal';
import type { BilingualText } from '../../i18n/localized-text';

/** What every school given to an equity measure carries besides its figure. */
interface EquitySchoolBase {
  /** The school's code or name, echoed in contributions and exclusions. Optional. */
  readonly id?: string;
  /** Enrolled students Pᵢ (students with a registered 学籍 at the start of the school year): a whole number ≥ 0. */
  readonly students: number;
  /**
   * The group the school belongs to (e.g. `'urban'`, `'rural'`), read only by
   * {@link theilIndex} with `groupBy: true`; every other measure ignores it.
   */
  readonly group?: string;
}

/**
 * A school given by its figure Xᵢ: the per-student (or per-100-students) value, e.g. 生均教学
 * 用房面积 `4.35` m² or 每百名学生拥有网络多媒体教室数 `2.1`. `scale` does not apply to it: give it in
 * the unit you want the mean reported in.
 */
export interface EquitySchoolWithValue extends EquitySchoolBase {
  /** The school's figure Xᵢ, ≥ 0. */
  readonly value: DecimalInput;
  readonly total?: undefined;
}

/**
 * A school given by its resource total (floor area, equipment value, computers, books,
 * teachers…); its figure is Xᵢ = total × scale ÷ students, kept exact (no per-school rounding).
 */
export interface EquitySchoolWithTotal extends EquitySchoolBase {
  /** The school's resource total, ≥ 0. */
  readonly total: DecimalInput;
  readonly value?: undefined;
}

/**
 * One school of one stage in a county, as every equity measure (差异系数, Gini, Theil, McLoone)
 * takes it: its enrolment and either its figure (`value`) or its resource total (`total`),
 * exactly one of the two. Schools may mix the two forms.
 *
 * @example
 * ```ts
 * const schools: EquitySchool[] = [
 *   { id: '城关一小', students: 1200, total: '5400' }, // m² of teaching space
 *   { id: '李庄小学', students: 80, value: '6.1' },   // m² per student
 * ];
 * ```
 */
export type EquitySchool = EquitySchoolWithValue | EquitySchoolWithTotal;

/**
 * A school left out before any ratio is taken, with why:
 *
 * - `no_students`: it has 0 enrolled students, so it has no per-student figure and no weight.
 */
export interface ExcludedSchool {
  /** The school's position in the input array. */
  readonly index: number;
  /** The school's `id`, or `null` when it had none. */
  readonly id: string | null;
  readonly reason: 'no_students';
  readonly message: BilingualText;
}

/** Per student (`1`) or per 100 students (`100`): the unit a school's `total` is turned into. */
export type EquityScale = 1 | 100;
