import { Decimal } from '../_lib/decimal';
import { decimalJson } from './_lib/decimal-json';
import type { EquityScale, EquitySchool, ExcludedSchool } from './_lib/equity-school';
import { parseEquitySchools } from './_lib/parse-equity-schools';
import { resolveEquityOptions } from './_lib/resolve-equity-options';
import { sortByValue } from './_lib/sort-by-value';

/** Options of {@link giniCoefficient}. */
export interface GiniCoefficientOptions {
  /**
   * The unit a school's `total` is turned into: `1` per student, `100` per 100 students.
   * Default `1`. The Gini coefficient does not depend on it; `mean` is reported in it.
   */
  readonly scale?: EquityScale;
}

/**
 * Why a Gini coefficient has no value:
 *
 * - `no_schools`: no school has students.
 * - `zero_mean`: the weighted mean is 0 (every school's figure is 0).
 */
export type GiniCoefficientNoValueReason = 'no_schools' | 'zero_mean';

/** The JSON form of a {@link GiniCoefficientResult}. */
export interface GiniCoefficientJson {
  readonly value: string | null;
  readonly mean: string | null;
  readonly reason: GiniCoefficientNoValueReason | null;
  readonly scale: EquityScale;
  readonly schoolCount: number;
  readonly totalStudents: number;
  readonly excluded: readonly ExcludedSchool[];
}

/** An enrolment-weighted Gini coefficient and what it was computed over. */
export interface GiniCoefficientResult {
  /** G, from 0 (every student has the same resource) towards 1, unrounded; `null` with a `reason` when there is no value. */
  readonly value: Decimal | null;
  /** X̄ = ΣPᵢXᵢ ÷ ΣPᵢ, in the unit of `scale`; `null` when no school has students. */
  readonly mean: Decimal | null;
  /** Why `value` is `null`; `null` when it has a value. */
  readonly reason: GiniCoefficientNoValueReason | null;
  readonly scale: EquityScale;
  /** The number of schools with students, which take part. */
  readonly schoolCount: number;
  /** ΣPᵢ over the schools that take part. */
  readonly totalStudents: number;
  /** Schools left out before the ratio (no students), with why. */
  readonly excluded: readonly ExcludedSchool[];
  /** Plain JSON with decimals as full-precision strings. */
  toJSON(): GiniCoefficientJson;
}

/**
 * 基尼系数 — the enrolment-weighted Gini coefficient of a per-student resource between schools:
 * half the mean absolute difference between two students' resources, over the mean.
 *
 * ```text
 * G = Σᵢ Σⱼ PᵢPⱼ |Xᵢ − Xⱼ| / (2 (ΣP)² X̄),   X̄ = ΣPᵢXᵢ / ΣPᵢ
 * ```
 *
 * Source: the school-finance equity literature (Berne & Stiefel, *The Measurement of Equity in
 * School Finance*, 1984), with every student of a school given the school's figure. No Chinese
 * regime sets it. Computed in O(n log n): with the schools sorted by Xᵢ, the double sum is
 * 2 Σᵢ (PᵢXᵢ · Σ_{j<i} Pⱼ − Pᵢ · Σ_{j<i} PⱼXⱼ), whose terms are exact because PᵢXᵢ is exact in
 * both input forms; the only rounding is the final division. 0 ≤ G < 1; schools with 0 students
 * are left out first and listed in `excluded`.
 *
 * @param schools - The schools: `{ students, value }` or `{ students, total }`, optional `id`.
 * @param options - `scale`: 1 (per student, default) or 100 (per 100 students) for totals.
 * @returns G, unrounded; `null` with reason `'no_schools'` when no school has students and
 *   `'zero_mean'` when X̄ = 0.
 * @throws {InvalidInputError} on malformed schools (paths `['schools', i, field]`).
 * @throws {InvalidOptionError} when `scale` is not 1 or 100, or an option is unknown.
 *
 * @example
 * ```ts
 * giniCoefficient([
 *   { students: 100, value: 4 },
 *   { students: 200, value: 5 },
 *   { students: 700, value: 6 },
 * ]).value?.toString(); // '0.05357142857142857142857142857142857142857142857142857142857142857' (3/56 to 64 digits)
 * ```
 */
export function giniCoefficient(
  schools: readonly EquitySchool[],
  options?: GiniCoefficientOptions,
): GiniCoefficientResult {
  const { scale } = resolveEquityOptions(options, ['scale']);
  const population = parseEquitySchools(schools, { indicatorId: 'gini_coefficient', scale });
  const { totalStudents, totalMass } = population;
  const noSchools = population.schools.length === 0;
  let value: Decimal | null = null;
  if (!noSchools && !totalMass.isZero()) {
    let studentsBelow = new Decimal(0);
    let massBelow = new Decimal(0);
    let halfSum = new Decimal(0);
    for (const school of sortByValue(population.schools)) {
      // Pᵢ Σ_{j<i} Pⱼ (Xᵢ − Xⱼ) = mᵢ · Σ_{j<i} Pⱼ − Pᵢ · Σ_{j<i} mⱼ, with mᵢ = PᵢXᵢ.
      halfSum = halfSum.plus(school.mass.times(studentsBelow)).minus(school.students.times(massBelow));
      studentsBelow = studentsBelow.plus(school.students);
      massBelow = massBelow.plus(school.mass);
    }
    // G = 2 · halfSum / (2 P² X̄) = halfSum / (P · ΣPᵢXᵢ).
    value = halfSum.div(totalStudents.times(totalMass));
  }
  const result = {
    value,
    mean: noSchools ? null : totalMass.div(totalStudents),
    reason: noSchools ? ('no_schools' as const) : totalMass.isZero() ? ('zero_mean' as const) : null,
    scale,
    schoolCount: population.schools.length,
    totalStudents: totalStudents.toNumber(),
    excluded: population.excluded,
  };
  return {
    ...result,
    toJSON: () => ({ ...result, value: decimalJson(result.value), mean: decimalJson(result.mean) }),
  };
}
