import { Decimal, type DecimalInput, ONE_HUNDRED } from '../../_lib/decimal';
import { rateWarnings } from './_lib/cohort-warnings';
import { decimalJson } from './_lib/decimal-json';
import { gradeStay } from './_lib/grade-stay';
import { type ParsedCohortGrade, parseCohortRates } from './_lib/parse-cohort-rates';
import { resolveCohortOptions } from './_lib/resolve-cohort-options';
import type { CohortWarning } from './cohort-warning';
import type { FlowRateNoValueReason } from './flow-rates-by-grade';
import type { GradeLabel } from './grade-label';
import type { MaxRepetitions } from './max-repetitions';

/**
 * The rates of one grade for {@link reconstructCohort}. A {@link GradeFlowRates} (from
 * {@link flowRatesByGrade}, or its JSON) is one; so is `{ promotion: '0.9', repetition: '0.05' }`.
 */
export interface CohortGradeRates {
  /** The grade's label. Default: its position, from 1. */
  readonly grade?: GradeLabel;
  /** p(g), a fraction of 1 (0.9 is 90%), ≥ 0; for the last grade the graduation rate. `null` when unknown. */
  readonly promotion: DecimalInput | null;
  /** r(g), a fraction of 1, ≥ 0. `null` when unknown. */
  readonly repetition: DecimalInput | null;
  /** Why a rate is `null`, passed on to the result; default `'missing_rate'`. */
  readonly reason?: FlowRateNoValueReason | null;
}

/** The rate table {@link reconstructCohort} follows: one entry per grade, grade 1 first. */
export interface CohortRatesInput {
  readonly grades: readonly CohortGradeRates[];
}

/** Options of {@link reconstructCohort}. */
export interface ReconstructCohortOptions {
  /**
   * The pupils of the notional cohort entering the first grade: a decimal > 0. Default `1000`,
   * as the UIS and UNESCO tables draw it. Shares (survival rates, efficiency) do not depend on it.
   */
  readonly cohortSize?: DecimalInput;
  /**
   * How many times a pupil may repeat one grade: `'unlimited'` (default) or a whole number from
   * 0 to 1000. See {@link MaxRepetitions}.
   */
  readonly maxRepetitions?: MaxRepetitions;
}

/**
 * Why a grade of the reconstructed cohort lacks some values:
 *
 * - `zero_enrolment`: the grade had no pupils in year t, so it has no rates.
 * - `graduates_not_given`: the last grade has no graduation rate (no `graduates` count).
 * - `missing_rate`: a rate was `null` without a reason.
 * - `repetition_rate_at_least_one`: r ≥ 1 with unlimited repetition: no one ever leaves the grade.
 * - `earlier_grade_has_no_value`: the cohort could not be followed through an earlier grade.
 */
export type CohortGradeNoValueReason =
  | FlowRateNoValueReason
  | 'missing_rate'
  | 'repetition_rate_at_least_one'
  | 'earlier_grade_has_no_value';

/**
 * Why a summary value of the reconstructed cohort is `null`: the first grade's reason (see
 * {@link CohortGradeNoValueReason}; `reasonGradeIndex` names the grade), or `zero_graduates`
 * when the cohort has no graduates, so that years-input per graduate is undefined.
 */
export type ReconstructedCohortNoValueReason =
  | Exclude<CohortGradeNoValueReason, 'earlier_grade_has_no_value'>
  | 'zero_graduates';

/** One grade of the reconstructed cohort. Counts are pupils of the notional cohort, exact decimals. */
export interface ReconstructedCohortGrade {
  /** The grade's position, from 0. */
  readonly index: number;
  readonly grade: GradeLabel;
  /** p(g), as used. */
  readonly promotion: Decimal | null;
  /** r(g), as used. */
  readonly repetition: Decimal | null;
  /** d(g) = 1 − p(g) − r(g). */
  readonly dropout: Decimal | null;
  /** The pupils of the cohort who reach the grade, whether or not they repeat it: reach(g). */
  readonly reached: Decimal | null;
  /** Survival rate to the grade: reach(g) ÷ cohort × 100, in %. 100 for the first grade. */
  readonly survivalRate: Decimal | null;
  /** Pupil-years spent in the grade, repetitions included. */
  readonly pupilYears: Decimal | null;
  /** Of those, the years of repetition: pupil-years − reach(g). */
  readonly repetitions: Decimal | null;
  /** The pupils promoted out of the grade: reach(g+1), or the graduates for the last grade. */
  readonly promoted: Decimal | null;
  /** The pupils who reach the grade and leave the cohort from it: reach(g) − promoted. */
  readonly dropouts: Decimal | null;
  /** Of the dropouts, those pushed out by the repetition cap; 0 when repetition is unlimited. */
  readonly cappedOut: Decimal | null;
  /** Why some value of the grade is `null`; `null` when all have values. */
  readonly reason: CohortGradeNoValueReason | null;
}

/** The JSON form of a {@link ReconstructedCohortGrade}. */
export interface ReconstructedCohortGradeJson {
  readonly index: number;
  readonly grade: GradeLabel;
  readonly promotion: string | null;
  readonly repetition: string | null;
  readonly dropout: string | null;
  readonly reached: string | null;
  readonly survivalRate: string | null;
  readonly pupilYears: string | null;
  readonly repetitions: string | null;
  readonly promoted: string | null;
  readonly dropouts: string | null;
  readonly cappedOut: string | null;
  readonly reason: CohortGradeNoValueReason | null;
}

/** The JSON form of a {@link ReconstructedCohortResult}: every decimal a full-precision string. */
export interface ReconstructedCohortJson {
  readonly cohortSize: string;
  readonly maxRepetitions: MaxRepetitions;
  readonly gradeCount: number;
  readonly grades: readonly ReconstructedCohortGradeJson[];
  readonly survivalRateToLastGrade: string | null;
  readonly cumulativeDropoutRate: string | null;
  readonly graduates: string | null;
  readonly graduationRate: string | null;
  readonly totalDropouts: string | null;
  readonly totalPupilYears: string | null;
  readonly graduatePupilYears: string | null;
  readonly dropoutPupilYears: string | null;
  readonly idealPupilYears: string | null;
  readonly coefficientOfEfficiency: string | null;
  readonly yearsInputPerGraduate: string | null;
  readonly reason: ReconstructedCohortNoValueReason | null;
  readonly reasonGradeIndex: number | null;
  readonly warnings: readonly CohortWarning[];
}

/**
 * A notional cohort followed through the grades. Nothing is rounded: round for display only
 * (the UIS prints 1 decimal of a percentage).
 */
export interface ReconstructedCohortResult {
  /** The pupils entering the first grade. */
  readonly cohortSize: Decimal;
  /** The cap on repetitions used. */
  readonly maxRepetitions: MaxRepetitions;
  /** n, the number of grades: the years a pupil needs without repeating. */
  readonly gradeCount: number;
  /** One entry per grade, in order. */
  readonly grades: readonly ReconstructedCohortGrade[];
  /** Survival rate to the last grade: reach(n) ÷ cohort × 100, in %. */
  readonly survivalRateToLastGrade: Decimal | null;
  /** UIS cumulative dropout rate to the last grade: 100 − the survival rate to it, in %. */
  readonly cumulativeDropoutRate: Decimal | null;
  /** The pupils of the cohort who graduate from the last grade. */
  readonly graduates: Decimal | null;
  /** Graduates ÷ cohort × 100, in %. */
  readonly graduationRate: Decimal | null;
  /** Σ dropouts over the grades; graduates + total dropouts = cohort. */
  readonly totalDropouts: Decimal | null;
  /** Σ pupil-years over the grades: everything the cohort spent, repetitions and dropouts included. */
  readonly totalPupilYears: Decimal | null;
  /** Of those, the pupil-years spent by the pupils who graduate (n each, plus their repetitions). */
  readonly graduatePupilYears: Decimal | null;
  /** Of those, the pupil-years spent by the pupils who drop out: total − graduate pupil-years. */
  readonly dropoutPupilYears: Decimal | null;
  /** Graduates × n: the pupil-years the graduates would need without repetition or dropout. */
  readonly idealPupilYears: Decimal | null;
  /** Coefficient of efficiency: ideal pupil-years ÷ total pupil-years × 100, in %. */
  readonly coefficientOfEfficiency: Decimal | null;
  /** Years-input per graduate: total pupil-years ÷ graduates; `null` when there are no graduates. */
  readonly yearsInputPerGraduate: Decimal | null;
  /** Why a summary value is `null`; `null` when every one has a value. */
  readonly reason: ReconstructedCohortNoValueReason | null;
  /** The grade `reason` comes from, or `null` (no reason, or `zero_graduates`). */
  readonly reasonGradeIndex: number | null;
  /** Negative dropout rates and repetition rates ≥ 1, grade by grade. */
  readonly warnings: readonly CohortWarning[];
  /** Plain JSON with decimals as full-precision strings. */
  toJSON(): ReconstructedCohortJson;
}

const ZERO = new Decimal(0);

function sumOrNull(values: readonly (Decimal | null)[]): Decimal | null {
  let total = ZERO;
  for (const value of values) {
    if (value === null) return null;
    total = total.plus(value);
  }
  return total;
}

/**
 * 重构队列法 — the UIS reconstructed cohort method: follows a notional cohort of pupils (1000 by
 * default) from the first grade to graduation with the promotion, repetition and dropout rates
 * of one pair of school years, and gives the survival rate to each grade, the graduates, the
 * dropouts and the pupil-years spent grade by grade, the coefficient of efficiency and the
 * years-input per graduate. It needs no student ids: the rates come from grade-by-grade
 * enrolment tables ({@link flowRatesByGrade}).
 *
 * Assumptions (those of the UIS model; the results are only as good as they are):
 *
 * 1. No new entrants after the first grade: the cohort is the pupils who enter grade 1; no one
 *    joins later, and a pupil who drops out never comes back.
 * 2. Pupils of a grade repeat, are promoted or drop out at the same rates whatever their past:
 *    a pupil repeating a grade for the second time has the rates of one there for the first.
 * 3. The rates of the one pair of years (t, t+1) hold for the cohort's whole life.
 * 4. Repetition: unlimited by default (`maxRepetitions: 'unlimited'`), the closed form of the
 *    UIS definitions, which state no cap. Some national procedures cap it (the Philippine
 *    cohort survival rate, as the PSA documents it, follows repeaters up to 6 times); pass
 *    `maxRepetitions: k` to let a pupil repeat a grade at most k times. With a cap, the pupils
 *    who would repeat once more leave the cohort and are counted as that grade's dropouts
 *    (`cappedOut`) — this library's convention, so that graduates + dropouts = the cohort.
 *    As k grows, every result converges
 *    to the closed form; with every d ≥ 0 the gap in graduates is at most
 *    cohort × n × r_max^(k+1): under 0.01 of a pupil for r ≤ 0.2, k = 8 and six grades.
 *
 * Formulas, with reach(1) = cohort and each grade's rates p, r, d = 1 − p − r:
 *
 * ```text
 * unlimited repetition (r < 1)                  cap of k repetitions (S = 1 + r + … + r^k)
 * pupil-years(g) = reach(g) ÷ (1 − r)           reach(g) × S
 * reach(g+1)     = reach(g) × (p ÷ (1 − r))     reach(g) × p × S
 * capped out(g)  = 0                            reach(g) × r^(k+1)
 * dropouts(g)    = reach(g) − reach(g+1)        (= pupil-years(g) × d + capped out(g))
 * graduates      = reach(n+1), the promoted of the last grade
 * survival rate to grade g   = reach(g) ÷ cohort × 100
 * coefficient of efficiency  = graduates × n ÷ Σ pupil-years × 100
 * years-input per graduate   = Σ pupil-years ÷ graduates
 * graduate pupil-years       = Σ over g of graduates ÷ (1 − r(g))
 *                              (cap: Σ graduates × T ÷ S, T = 1 + 2r + … + (k+1)r^k)
 * ```
 *
 * Source: UNESCO Institute for Statistics, Education Indicators: Technical Guidelines and UIS
 * Glossary (survival rate by grade, coefficient of efficiency, years-input per graduate,
 * cumulative dropout rate to the last grade); UNESCO Bangkok, EFA training module A3, annex 3
 * (cohort analysis). With non-negative dropout rates the survival rates never rise from one
 * grade to the next and the coefficient of efficiency is at most 100%; a negative dropout rate
 * (transfers in) can break both, with a `negative_dropout` warning.
 *
 * Exactness: every value is a {@link Decimal} (64 significant digits), each step a product or
 * quotient of the rates, so terminating rates give terminating, exact results, as in the
 * example below. The share promoted out of a grade, p ÷ (1 − r), is formed before it is
 * applied, so that with d ≥ 0 no grade ever gains pupils by a rounding in the last digit.
 *
 * @param rates - `{ grades }`: per grade in order, `promotion` and `repetition` as fractions of
 *   1 (or `null`): a {@link flowRatesByGrade} result, its JSON, or a table of published rates.
 * @param options - `cohortSize` (default 1000) and `maxRepetitions` (default `'unlimited'`).
 * @returns The cohort grade by grade and its summary. A grade whose rates are missing has no
 *   pupil-years or dropouts (its reason, e.g. `'zero_enrolment'`), and the grades after it no
 *   values at all (`'earlier_grade_has_no_value'`); the same happens from a grade with r ≥ 1
 *   under unlimited repetition (`'repetition_rate_at_least_one'`). A summary value that depends
 *   on a missing value is `null`, with `reason` and `reasonGradeIndex`; years-input per graduate
 *   is `null` with `'zero_graduates'` when no one graduates. Never NaN or Infinity.
 * @throws {InvalidInputError} when `rates` is not `{ grades: [...] }` with at least one grade,
 *   or a rate is missing, negative or not a decimal; paths are `['grades', i, field]`.
 * @throws {InvalidOptionError} when `cohortSize` is not a decimal > 0, `maxRepetitions` is not
 *   `'unlimited'` or a whole number from 0 to 1000, or an option is unknown.
 *
 * @example
 * ```ts
 * const rates = {
 *   grades: [
 *     { promotion: '0.72', repetition: '0.2' },
 *     { promotion: '0.855', repetition: '0.1' },
 *     { promotion: '0.76', repetition: '0.05' },
 *   ],
 * };
 * const cohort = reconstructCohort(rates);
 * cohort.grades.map((g) => g.reached?.toString());      // ['1000', '900', '855']
 * cohort.grades.map((g) => g.pupilYears?.toString());   // ['1250', '1000', '900']
 * cohort.survivalRateToLastGrade?.toString();           // '85.5'
 * cohort.graduates?.toString();                         // '684'
 * cohort.totalPupilYears?.toString();                   // '3150'
 * cohort.coefficientOfEfficiency?.toFixed(1);           // '65.1'  (684 × 3 ÷ 3150 × 100)
 * cohort.yearsInputPerGraduate?.toFixed(2);             // '4.61'  (3150 ÷ 684)
 * reconstructCohort(rates, { maxRepetitions: 1 }).graduates?.toString(); // '648.448416'
 * ```
 */
export function reconstructCohort(
  rates: CohortRatesInput,
  options?: ReconstructCohortOptions,
): ReconstructedCohortResult {
  const { cohortSize, maxRepetitions } = resolveCohortOptions(options);
  const parsed = parseCohortRates(rates);
  const gradeCount = parsed.length;
  const grades: ReconstructedCohortGrade[] = [];
  let reached: Decimal | null = cohortSize;
  for (const grade of parsed) {
    const work = followGrade(grade, reached, cohortSize, maxRepetitions);
    grades.push(work);
    reached = work.promoted;
  }
  const last = grades[grades.length - 1];
  const graduates = last?.promoted ?? null;
  const survivalRateToLastGrade = last?.survivalRate ?? null;
  const totalPupilYears = sumOrNull(grades.map((grade) => grade.pupilYears));
  const graduatePupilYears =
    graduates === null ? null : sumOrNull(grades.map((grade) => graduateYears(grade, graduates, maxRepetitions)));
  const idealPupilYears = graduates === null ? null : graduates.times(gradeCount);
  const firstProblem = grades.find((grade) => grade.reason !== null);
  let reason: ReconstructedCohortNoValueReason | null = null;
  let reasonGradeIndex: number | null = null;
  if (firstProblem !== undefined && firstProblem.reason !== 'earlier_grade_has_no_value') {
    reason = firstProblem.reason;
    reasonGradeIndex = firstProblem.index;
  } else if (graduates?.isZero() === true) {
    reason = 'zero_graduates';
  }
  const warnings = parsed.flatMap((grade) => rateWarnings(grade.index, grade.grade, grade));
  const result: Omit<ReconstructedCohortResult, 'toJSON'> = {
    cohortSize,
    maxRepetitions,
    gradeCount,
    grades,
    survivalRateToLastGrade,
    cumulativeDropoutRate: survivalRateToLastGrade === null ? null : ONE_HUNDRED.minus(survivalRateToLastGrade),
    graduates,
    graduationRate: graduates === null ? null : graduates.times(ONE_HUNDRED).div(cohortSize),
    totalDropouts: sumOrNull(grades.map((grade) => grade.dropouts)),
    totalPupilYears,
    graduatePupilYears,
    dropoutPupilYears:
      totalPupilYears === null || graduatePupilYears === null ? null : totalPupilYears.minus(graduatePupilYears),
    idealPupilYears,
    // Σ pupil-years ≥ the cohort's first year > 0, so the quotient always exists.
    coefficientOfEfficiency:
      idealPupilYears === null || totalPupilYears === null
        ? null
        : idealPupilYears.times(ONE_HUNDRED).div(totalPupilYears),
    yearsInputPerGraduate:
      totalPupilYears === null || graduates === null || graduates.isZero() ? null : totalPupilYears.div(graduates),
    reason,
    reasonGradeIndex,
    warnings,
  };
  return { ...result, toJSON: () => cohortJson(result) };
}

/** Follows the pupils who reach one grade through it. */
function followGrade(
  grade: ParsedCohortGrade,
  reached: Decimal | null,
  cohortSize: Decimal,
  maxRepetitions: MaxRepetitions,
): ReconstructedCohortGrade {
  const rates = {
    index: grade.index,
    grade: grade.grade,
    promotion: grade.promotion,
    repetition: grade.repetition,
    dropout: grade.dropout,
  };
  const empty = { pupilYears: null, repetitions: null, promoted: null, dropouts: null, cappedOut: null };
  if (reached === null) {
    return { ...rates, ...empty, reached: null, survivalRate: null, reason: 'earlier_grade_has_no_value' };
  }
  const survival = { reached, survivalRate: reached.times(ONE_HUNDRED).div(cohortSize) };
  if (grade.repetition === null) {
    return { ...rates, ...survival, ...empty, reason: grade.givenReason ?? 'missing_rate' };
  }
  const stay = gradeStay(grade.repetition, maxRepetitions);
  if (stay === null) {
    return { ...rates, ...survival, ...empty, reason: 'repetition_rate_at_least_one' };
  }
  const pupilYears = stay.pupilYears(reached);
  const time = { pupilYears, repetitions: pupilYears.minus(reached) };
  if (grade.promotion === null) {
    return {
      ...rates,
      ...survival,
      ...time,
      promoted: null,
      dropouts: null,
      cappedOut: null,
      reason: grade.givenReason ?? 'missing_rate',
    };
  }
  const promoted = stay.promoted(reached, grade.promotion);
  return {
    ...rates,
    ...survival,
    ...time,
    promoted,
    dropouts: reached.minus(promoted),
    cappedOut: stay.cappedOut(reached),
    reason: null,
  };
}

/** The pupil-years the graduates spent in one grade. */
function graduateYears(
  grade: ReconstructedCohortGrade,
  graduates: Decimal,
  maxRepetitions: MaxRepetitions,
): Decimal | null {
  if (grade.repetition === null) return null;
  const stay = gradeStay(grade.repetition, maxRepetitions);
  return stay === null ? null : stay.yearsOfPromoted(graduates);
}

function cohortJson(result: Omit<ReconstructedCohortResult, 'toJSON'>): ReconstructedCohortJson {
  return {
    cohortSize: result.cohortSize.toString(),
    maxRepetitions: result.maxRepetitions,
    gradeCount: result.gradeCount,
    grades: result.grades.map((grade) => ({
      index: grade.index,
      grade: grade.grade,
      promotion: decimalJson(grade.promotion),
      repetition: decimalJson(grade.repetition),
      dropout: decimalJson(grade.dropout),
      reached: decimalJson(grade.reached),
      survivalRate: decimalJson(grade.survivalRate),
      pupilYears: decimalJson(grade.pupilYears),
      repetitions: decimalJson(grade.repetitions),
      promoted: decimalJson(grade.promoted),
      dropouts: decimalJson(grade.dropouts),
      cappedOut: decimalJson(grade.cappedOut),
      reason: grade.reason,
    })),
    survivalRateToLastGrade: decimalJson(result.survivalRateToLastGrade),
    cumulativeDropoutRate: decimalJson(result.cumulativeDropoutRate),
    graduates: decimalJson(result.graduates),
    graduationRate: decimalJson(result.graduationRate),
    totalDropouts: decimalJson(result.totalDropouts),
    totalPupilYears: decimalJson(result.totalPupilYears),
    graduatePupilYears: decimalJson(result.graduatePupilYears),
    dropoutPupilYears: decimalJson(result.dropoutPupilYears),
    idealPupilYears: decimalJson(result.idealPupilYears),
    coefficientOfEfficiency: decimalJson(result.coefficientOfEfficiency),
    yearsInputPerGraduate: decimalJson(result.yearsInputPerGraduate),
    reason: result.reason,
    reasonGradeIndex: result.reasonGradeIndex,
    warnings: result.warnings,
  };
}
