import { Decimal } from '../_lib/decimal';
import { decimalJson } from './_lib/decimal-json';
import type { EquityScale, EquitySchool, ExcludedSchool } from './_lib/equity-school';
import { parseEquitySchools } from './_lib/parse-equity-schools';
import { resolveEquityOptions } from './_lib/resolve-equity-options';

/** Options of {@link coefficientOfVariation}. */
export interface CoefficientOfVariationOptions {
  /**
   * The unit a school's `total` is turned into: `1` per student, `100` per 100 students (as
   * 每百名学生拥有计算机台数). Default `1`. The CV does not depend on it; `mean`,
   * `standardDeviation` and each contribution's `value` are reported in it. A school given by
   * `value` is taken as already in this unit.
   */
  readonly scale?: EquityScale;
}

/**
 * Why a coefficient of variation has no value:
 *
 * - `no_schools`: no school has students (the list is empty or every school has 0 students).
 * - `zero_mean`: the weighted mean X̄ is 0 (every school's figure is 0), so S ÷ X̄ is undefined.
 */
export type CoefficientOfVariationNoValueReason = 'no_schools' | 'zero_mean';

/** How much one included school adds to the between-school variance. */
export interface CoefficientOfVariationContribution {
  /** The school's position in the input array. */
  readonly index: number;
  /** The school's `id`, or `null` when it had none. */
  readonly id: string | null;
  /** Pᵢ. */
  readonly students: number;
  /** Xᵢ, in the unit of `scale`: exact for a `value` school, total × scale ÷ Pᵢ to 64 significant digits for a `total` school. */
  readonly value: Decimal;
  /** Pᵢ ÷ ΣP, the school's weight. */
  readonly weight: Decimal;
  /** Xᵢ − X̄: negative for a school below the county figure. */
  readonly deviation: Decimal;
  /**
   * (Pᵢ/ΣP)(Xᵢ − X̄)² ÷ S²: the school's share of the variance, from 0 to 1, summing to 1 over
   * the schools. The largest shares are the schools that pull the CV up. `null` when the
   * variance is 0 (every school has the mean), where no school contributes anything.
   */
  readonly varianceShare: Decimal | null;
}

/** The JSON form of a {@link CoefficientOfVariationContribution}: decimals as strings. */
export interface CoefficientOfVariationContributionJson {
  readonly index: number;
  readonly id: string | null;
  readonly students: number;
  readonly value: string;
  readonly weight: string;
  readonly deviation: string;
  readonly varianceShare: string | null;
}

/** The JSON form of a {@link CoefficientOfVariationResult}: every decimal a full-precision string. */
export interface CoefficientOfVariationJson {
  readonly coefficientOfVariation: string | null;
  readonly mean: string | null;
  readonly variance: string | null;
  readonly standardDeviation: string | null;
  readonly reason: CoefficientOfVariationNoValueReason | null;
  readonly scale: EquityScale;
  readonly schoolCount: number;
  readonly totalStudents: number;
  readonly excluded: readonly ExcludedSchool[];
  readonly contributions: readonly CoefficientOfVariationContributionJson[];
}

/**
 * The 差异系数 of one indicator over the schools of one stage, with its parts. No value is
 * ever rounded: round for display only (the 公报 prints 3 decimals) and compare the unrounded
 * `coefficientOfVariation` with thresholds.
 */
export interface CoefficientOfVariationResult {
  /** CV = S ÷ X̄, unrounded (to 64 significant digits); `null` with a `reason` when there is no value. */
  readonly coefficientOfVariation: Decimal | null;
  /**
   * X̄ = ΣPᵢXᵢ ÷ ΣPᵢ, the county aggregate ratio (Σtotal × scale ÷ ΣP over the schools that
   * take part); `null` when no school has students.
   */
  readonly mean: Decimal | null;
  /** S² = Σ(Pᵢ/ΣP)(Xᵢ − X̄)², the weighted population variance; `null` when no school has students. */
  readonly variance: Decimal | null;
  /** S = √S²; `null` when no school has students. */
  readonly standardDeviation: Decimal | null;
  /** Why `coefficientOfVariation` is `null`; `null` when it has a value. */
  readonly reason: CoefficientOfVariationNoValueReason | null;
  /** The unit totals were turned into. */
  readonly scale: EquityScale;
  /** The number of schools with students, which take part. */
  readonly schoolCount: number;
  /** ΣPᵢ over the schools that take part. */
  readonly totalStudents: number;
  /** Schools left out before the ratio (no students), with why. */
  readonly excluded: readonly ExcludedSchool[];
  /** One entry per school that takes part, in input order; see {@link rankContributions} for the largest first. */
  readonly contributions: readonly CoefficientOfVariationContribution[];
  /** Plain JSON with decimals as full-precision strings. */
  toJSON(): CoefficientOfVariationJson;
}

/**
 * 差异系数 — the enrolment-weighted coefficient of variation of a per-student resource between
 * the schools of one stage in a county, as the balance evaluations use it:
 *
 * ```text
 * X̄  = Σ PᵢXᵢ / Σ Pᵢ                 (= county total resource ÷ county total students)
 * S  = √( Σ (Pᵢ / ΣP) (Xᵢ − X̄)² )     (population form, weighted by enrolment)
 * CV = S / X̄
 * ```
 *
 * Source: 教督〔2012〕3号 (县域义务教育均衡发展督导评估暂行办法) and 教督〔2017〕6号
 * (县域义务教育优质均衡发展督导评估办法), as restated in their calculation notes. The unweighted form
 * and the n − 1 (sample) form give different, wrong answers here.
 *
 * Each school gives its enrolment and either its figure (`value`) or its resource total
 * (`total`, then Xᵢ = total × scale ÷ students). Everything is exact decimal arithmetic: with
 * totals, X̄ is exactly Σtotal × scale ÷ ΣP, and the variance is computed as
 * Σ (PᵢXᵢ·ΣP − ΣPX·Pᵢ)² / Pᵢ ÷ (ΣP)³ before a single square root, so no per-school figure is
 * rounded first. Schools with 0 students are left out before the ratio and listed in
 * `excluded`. A single school gives 0; so do schools that all have the same figure.
 *
 * @param schools - The schools of one stage: `{ students, value }` or `{ students, total }`, optional `id`.
 * @param options - `scale`: 1 (per student, the default) or 100 (per 100 students) for totals.
 * @returns The CV with its mean, variance, standard deviation and per-school contributions.
 *   `coefficientOfVariation` is `null` with reason `'no_schools'` when no school has students,
 *   and `'zero_mean'` when X̄ = 0; never 0, NaN or Infinity in its place.
 * @throws {InvalidInputError} when `schools` is not an array, or a school has a negative or
 *   fractional `students`, a negative or non-decimal figure, both `value` and `total` or
 *   neither, or an unknown field; paths are `['schools', i, field]`.
 * @throws {InvalidOptionError} when `scale` is not 1 or 100, or an option is unknown.
 *
 * @example
 * ```ts
 * const result = coefficientOfVariation([
 *   { id: 'A', students: 100, value: 4 },
 *   { id: 'B', students: 200, value: 5 },
 *   { id: 'C', students: 700, value: 6 },
 * ]);
 * result.mean?.toString();                    // '5.6'
 * result.variance?.toString();                // '0.44'
 * result.coefficientOfVariation?.toFixed(3);  // '0.118'
 * result.coefficientOfVariation?.toString();  // '0.1184508853698357088969618834525245244259674480567626284663815052'
 * ```
 */
export function coefficientOfVariation(
  schools: readonly EquitySchool[],
  options?: CoefficientOfVariationOptions,
): CoefficientOfVariationResult {
  const { scale } = resolveEquityOptions(options, ['scale']);
  const population = parseEquitySchools(schools, { indicatorId: 'coefficient_of_variation', scale });
  const totalStudents = population.totalStudents;
  const totalMass = population.totalMass;
  const base = {
    scale,
    schoolCount: population.schools.length,
    totalStudents: totalStudents.toNumber(),
    excluded: population.excluded,
  };
  if (population.schools.length === 0) {
    return withJson({
      ...base,
      coefficientOfVariation: null,
      mean: null,
      variance: null,
      standardDeviation: null,
      reason: 'no_schools',
      contributions: [],
    });
  }
  // With mᵢ = PᵢXᵢ (exact), P = ΣPᵢ and M = Σmᵢ: Pᵢ(Xᵢ − X̄)² = (mᵢP − MPᵢ)² / (PᵢP²), so
  // Σ(Pᵢ/P)(Xᵢ − X̄)² = Σ qᵢ / P³ with qᵢ = (mᵢP − MPᵢ)² / Pᵢ. Each difference is exact.
  const parts = population.schools.map((school) => {
    const difference = school.mass.times(totalStudents).minus(totalMass.times(school.students));
    return { school, difference, term: difference.pow(2).div(school.students) };
  });
  const termSum = parts.reduce((sum, part) => sum.plus(part.term), new Decimal(0));
  const mean = totalMass.div(totalStudents);
  const variance = termSum.div(totalStudents.pow(3));
  const standardDeviation = variance.sqrt();
  const contributions = parts.map(
    ({ school, difference, term }): CoefficientOfVariationContribution => ({
      index: school.index,
      id: school.id,
      students: school.studentCount,
      value: school.value,
      weight: school.students.div(totalStudents),
      deviation: difference.div(school.students.times(totalStudents)),
      varianceShare: termSum.isZero() ? null : term.div(termSum),
    }),
  );
  const zeroMean = totalMass.isZero();
  return withJson({
    ...base,
    // CV² = S² / X̄² = Σqᵢ / (P · M²): one division, then one square root.
    coefficientOfVariation: zeroMean ? null : termSum.div(totalStudents.times(totalMass.pow(2))).sqrt(),
    mean,
    variance,
    standardDeviation,
    reason: zeroMean ? 'zero_mean' : null,
    contributions,
  });
}

function withJson(result: Omit<CoefficientOfVariationResult, 'toJSON'>): CoefficientOfVariationResult {
  return {
    ...result,
    toJSON: (): CoefficientOfVariationJson => ({
      coefficientOfVariation: decimalJson(result.coefficientOfVariation),
      mean: decimalJson(result.mean),
      variance: decimalJson(result.variance),
      standardDeviation: decimalJson(result.standardDeviation),
      reason: result.reason,
      scale: result.scale,
      schoolCount: result.schoolCount,
      totalStudents: result.totalStudents,
      excluded: result.excluded,
      contributions: result.contributions.map((contribution) => ({
        index: contribution.index,
        id: contribution.id,
        students: contribution.students,
        value: contribution.value.toString(),
        weight: contribution.weight.toString(),
        deviation: contribution.deviation.toString(),
        varianceShare: decimalJson(contribution.varianceShare),
      })),
    }),
  };
}
