import { Decimal } from '../_lib/decimal';
import { decimalJson } from './_lib/decimal-json';
import type { EquityScale, EquitySchool, ExcludedSchool } from './_lib/equity-school';
import { parseEquitySchools } from './_lib/parse-equity-schools';
import { resolveEquityOptions } from './_lib/resolve-equity-options';
import { hasSameValue, sortByValue } from './_lib/sort-by-value';

/** Options of {@link mcLooneIndex}. */
export interface McLooneIndexOptions {
  /**
   * The unit a school's `total` is turned into: `1` per student, `100` per 100 students.
   * Default `1`. The index does not depend on it; `median` and `mean` are reported in it.
   */
  readonly scale?: EquityScale;
}

/**
 * Why a McLoone index has no value:
 *
 * - `no_schools`: no school has students.
 * - `zero_median`: the weighted median is 0 (at least half the students are in schools with a
 *   figure of 0), so the ratio to it is undefined.
 */
export type McLooneIndexNoValueReason = 'no_schools' | 'zero_median';

/** The JSON form of a {@link McLooneIndexResult}. */
export interface McLooneIndexJson {
  readonly value: string | null;
  readonly median: string | null;
  readonly mean: string | null;
  readonly reason: McLooneIndexNoValueReason | null;
  readonly scale: EquityScale;
  readonly studentsAtOrBelowMedian: number;
  readonly schoolCount: number;
  readonly totalStudents: number;
  readonly excluded: readonly ExcludedSchool[];
}

/** An enrolment-weighted McLoone index and the median it is measured against. */
export interface McLooneIndexResult {
  /** The index, from 0 to 1 (1: no student below the median is short of it), unrounded; `null` with a `reason` when there is no value. */
  readonly value: Decimal | null;
  /** M, the enrolment-weighted median of the school figures, in the unit of `scale`; `null` when no school has students. */
  readonly median: Decimal | null;
  /** X̄ = ΣPᵢXᵢ ÷ ΣPᵢ, for reference; `null` when no school has students. */
  readonly mean: Decimal | null;
  /** Why `value` is `null`; `null` when it has a value. */
  readonly reason: McLooneIndexNoValueReason | null;
  readonly scale: EquityScale;
  /** ΣPᵢ over the schools with Xᵢ ≤ M (0 when there are no schools). */
  readonly studentsAtOrBelowMedian: number;
  /** The number of schools with students, which take part. */
  readonly schoolCount: number;
  /** ΣPᵢ over the schools that take part. */
  readonly totalStudents: number;
  /** Schools left out before the ratio (no students), with why. */
  readonly excluded: readonly ExcludedSchool[];
  /** Plain JSON with decimals as full-precision strings. */
  toJSON(): McLooneIndexJson;
}

/**
 * 麦克伦指数 — the enrolment-weighted McLoone index of a per-student resource: what the students
 * at or below the median have, as a share of what they would have if all were brought up to it.
 *
 * ```text
 * M       = the enrolment-weighted median of the Xᵢ: the smallest school figure x such that
 *           the students of the schools with Xᵢ ≤ x number at least half of ΣP
 *           (Σ_{Xᵢ ≤ x} Pᵢ ≥ ΣP / 2; with exactly half, M is the lower of the two middle values)
 * McLoone = Σ_{Xᵢ ≤ M} PᵢXᵢ / (M · Σ_{Xᵢ ≤ M} Pᵢ)
 * ```
 *
 * "At or below the median" includes every school whose figure equals M, so all students of a
 * school are on the same side: the median school counts fully. Source: McLoone (1974), as
 * defined in Berne & Stiefel (1984); no Chinese regime sets it. Schools are ordered by exact
 * comparison of their figures; the numerator and denominator are exact products and are
 * divided once. 0 ≤ McLoone ≤ 1; schools with 0 students are left out first and listed in `excluded`.
 *
 * @param schools - The schools: `{ students, value }` or `{ students, total }`, optional `id`.
 * @param options - `scale`: 1 (per student, default) or 100 (per 100 students) for totals.
 * @returns The index, unrounded; `null` with reason `'no_schools'` when no school has students
 *   and `'zero_median'` when M = 0.
 * @throws {InvalidInputError} on malformed schools (paths `['schools', i, field]`).
 * @throws {InvalidOptionError} when `scale` is not 1 or 100, or an option is unknown.
 *
 * @example
 * ```ts
 * // Cumulative students 100, 200, 500 of 1000 reach half at X = 5, so M = 5.
 * const result = mcLooneIndex([
 *   { students: 100, value: 2 },
 *   { students: 100, value: 4 },
 *   { students: 300, value: 5 },
 *   { students: 500, value: 8 },
 * ]);
 * result.median?.toString(); // '5'
 * result.value?.toString();  // '0.84'  ((200 + 400 + 1500) / (5 × 500))
 * ```
 */
export function mcLooneIndex(schools: readonly EquitySchool[], options?: McLooneIndexOptions): McLooneIndexResult {
  const { scale } = resolveEquityOptions(options, ['scale']);
  const population = parseEquitySchools(schools, { indicatorId: 'mcloone_index', scale });
  const { totalStudents, totalMass } = population;
  const sorted = sortByValue(population.schools);
  let studentsAtOrBelow = new Decimal(0);
  let massAtOrBelow = new Decimal(0);
  let median: Decimal | null = null;
  let value: Decimal | null = null;
  for (let position = 0; position < sorted.length; position += 1) {
    const school = sorted[position];
    if (school === undefined) break;
    studentsAtOrBelow = studentsAtOrBelow.plus(school.students);
    massAtOrBelow = massAtOrBelow.plus(school.mass);
    const next = sorted[position + 1];
    // Take a whole run of equal figures before testing, so "Xᵢ ≤ M" includes all of them.
    if (next !== undefined && hasSameValue(school, next)) continue;
    if (studentsAtOrBelow.times(2).gte(totalStudents)) {
      median = school.value;
      // M = mₖ/Pₖ for a school k at the median: Σm / (M ΣP) = Σm · Pₖ / (mₖ · ΣP), one division.
      value = school.mass.isZero()
        ? null
        : massAtOrBelow.times(school.students).div(school.mass.times(studentsAtOrBelow));
      break;
    }
  }
  const noSchools = sorted.length === 0;
  const result = {
    value,
    median,
    mean: noSchools ? null : totalMass.div(totalStudents),
    reason: noSchools ? ('no_schools' as const) : value === null ? ('zero_median' as const) : null,
    scale,
    studentsAtOrBelowMedian: studentsAtOrBelow.toNumber(),
    schoolCount: sorted.length,
    totalStudents: totalStudents.toNumber(),
    excluded: population.excluded,
  };
  return {
    ...result,
    toJSON: (): McLooneIndexJson => ({
      ...result,
      value: decimalJson(result.value),
      median: decimalJson(result.median),
      mean: decimalJson(result.mean),
    }),
  };
}
