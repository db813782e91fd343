import { type Decimal, toDecimal } from '../../_lib/decimal';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { rateWarnings } from './_lib/cohort-warnings';
import { decimalJson } from './_lib/decimal-json';
import { flowQuotients } from './_lib/flow-quotients';
import { FLOW_RATES_ID, type ParsedGradeRow, parseGradeTable } from './_lib/parse-grade-table';
import type { CohortWarning } from './cohort-warning';
import type { GradeLabel } from './grade-label';

/** One grade of an enrolment table: its pupils in year t and in year t+1, and its repeaters in t+1. */
export interface GradeEnrolment {
  /** The grade's label (`1`, `'初一'`…). Default: its position, from 1. */
  readonly grade?: GradeLabel;
  /** E(g, t): pupils enrolled in the grade in school year t (学年初在校生数), repeaters included. */
  readonly enrolment: number;
  /** E(g, t+1): pupils enrolled in the grade in school year t+1, repeaters included. */
  readonly nextYearEnrolment: number;
  /** R(g, t+1): of those, the pupils repeating the grade in t+1 (they were in the same grade in t). */
  readonly nextYearRepeaters: number;
}

/** The input of {@link flowRatesByGrade}: a grade-by-grade table for two consecutive school years. */
export interface FlowRatesByGradeInput {
  /** The grades of one level or cycle, in order (grade 1 first). At least one. */
  readonly grades: readonly GradeEnrolment[];
  /**
   * G(t): pupils of the last grade in year t who graduated (毕业生数) at the end of year t.
   * Optional, but without it the last grade has no promotion (graduation) or dropout rate, and
   * the reconstructed cohort has no graduates and no coefficient of efficiency.
   */
  readonly graduates?: number;
}

/**
 * Why some of a grade's rates have no value:
 *
 * - `zero_enrolment`: E(g, t) = 0, so no rate of the grade exists (every one would be ÷ 0).
 * - `graduates_not_given`: the last grade's promotion (graduation) rate, and so its dropout
 *   rate, need `graduates`, which was not given. Its repetition rate still has a value.
 */
export type FlowRateNoValueReason = 'zero_enrolment' | 'graduates_not_given';

/** The flow rates of one grade between years t and t+1, with the counts they come from. */
export interface GradeFlowRates {
  /** The grade's position in the input, from 0. */
  readonly index: number;
  /** The grade's label, as given or its position from 1. */
  readonly grade: GradeLabel;
  /** E(g, t). */
  readonly enrolment: number;
  /** E(g, t+1). */
  readonly nextYearEnrolment: number;
  /** R(g, t+1), the pupils who repeat the grade. */
  readonly repeaters: number;
  /**
   * P(g): the pupils promoted out of the grade: E(g+1, t+1) − R(g+1, t+1) (the next grade's
   * pupils in t+1 who are not repeating it), or for the last grade the `graduates`. `null` for
   * the last grade when `graduates` was not given.
   */
  readonly promoted: number | null;
  /**
   * D(g) = E(g, t) − P(g) − R(g, t+1): the pupils who left without promotion. Negative when more
   * pupils were promoted or repeated than were enrolled (transfers in). `null` with `promoted`.
   */
  readonly dropouts: number | null;
  /** p(g) = P(g) ÷ E(g, t), a fraction (0.9 is 90%); `null` with a `reason`. */
  readonly promotion: Decimal | null;
  /** r(g) = R(g, t+1) ÷ E(g, t), a fraction; `null` when E(g, t) = 0. */
  readonly repetition: Decimal | null;
  /** d(g) = 1 − p(g) − r(g), a fraction; may be negative (see `warnings`); `null` with `promotion`. */
  readonly dropout: Decimal | null;
  /** Why a rate of the grade is `null`; `null` when all three have values. */
  readonly reason: FlowRateNoValueReason | null;
}

/** The JSON form of a {@link GradeFlowRates}: rates as full-precision strings. */
export interface GradeFlowRatesJson {
  readonly index: number;
  readonly grade: GradeLabel;
  readonly enrolment: number;
  readonly nextYearEnrolment: number;
  readonly repeaters: number;
  readonly promoted: number | null;
  readonly dropouts: number | null;
  readonly promotion: string | null;
  readonly repetition: string | null;
  readonly dropout: string | null;
  readonly reason: FlowRateNoValueReason | null;
}

/** The JSON form of a {@link FlowRatesByGradeResult}. */
export interface FlowRatesByGradeJson {
  readonly grades: readonly GradeFlowRatesJson[];
  readonly graduates: number | null;
  readonly warnings: readonly CohortWarning[];
}

/** The promotion, repetition and dropout rates of every grade, ready for {@link reconstructCohort}. */
export interface FlowRatesByGradeResult {
  /** One entry per input grade, in input order. */
  readonly grades: readonly GradeFlowRates[];
  /** The last grade's graduates in year t, or `null` when not given. */
  readonly graduates: number | null;
  /** Negative dropout rates and repetition rates ≥ 1, grade by grade. */
  readonly warnings: readonly CohortWarning[];
  /** Plain JSON with decimals as full-precision strings; {@link reconstructCohort} accepts it back. */
  toJSON(): FlowRatesByGradeJson;
}

/** D = E − P − R as an exact number; only tables of more than 2^53 pupils could break that. */
function dropoutCount(row: ParsedGradeRow, promoted: number): number {
  const dropouts = row.enrolment - row.nextYearRepeaters - promoted;
  if (Number.isSafeInteger(dropouts)) return dropouts;
  throw new InvalidInputError({
    indicatorId: FLOW_RATES_ID,
    issues: [
      {
        path: ['grades', row.index, 'enrolment'],
        messageZh: `grades[${row.index}] 的辍学人数 E − P − R 超出可精确表示的整数范围`,
        messageEn: `grades[${row.index}]: the dropout count E − P − R is beyond the safe integer range.`,
      },
    ],
  });
}

/**
 * 分年级升级率、留级率、辍学率 — the UIS pupil-flow rates of every grade of a level, from the
 * enrolment by grade of two consecutive school years (t, t+1) and the repeaters by grade in t+1:
 * the input of the reconstructed cohort method ({@link reconstructCohort}). No student ids are
 * needed.
 *
 * ```text
 * repetition  r(g) = R(g, t+1) ÷ E(g, t)
 * promotion   p(g) = (E(g+1, t+1) − R(g+1, t+1)) ÷ E(g, t)     (last grade: graduates(t) ÷ E(g, t))
 * dropout     d(g) = 1 − p(g) − r(g)
 * ```
 *
 * Source: UNESCO Institute for Statistics, Education Indicators: Technical Guidelines (promotion,
 * repetition and dropout rates by grade) and the UIS Glossary. The promotion formula assumes
 * that every pupil of grade g+1 in t+1 who is not repeating it came from grade g in t: no new
 * entrants after the first grade, no transfers in. Where that fails (migration, sub-national
 * data), the promotion and repetition rates can add up to more than 1 and the dropout rate
 * comes out negative; the values are kept, never clamped, with a `negative_dropout` warning.
 *
 * Exactness: the counts P, R and D = E − P − R are exact integers. The three rates of a grade
 * are P ÷ E, R ÷ E and the residual, rounded half up at one shared decimal place — the 63rd
 * for any real grade — so that p + r + d = 1 holds exactly in {@link Decimal} arithmetic. For
 * display the UIS prints one decimal of a percentage: `promotion.times(100).toFixed(1)`.
 * Rates depend only on the ratios of the counts: multiplying every count by the same whole
 * number leaves them unchanged.
 *
 * @param input - `grades`: for each grade in order, `enrolment` E(g, t), `nextYearEnrolment`
 *   E(g, t+1) and `nextYearRepeaters` R(g, t+1), with an optional `grade` label; `graduates`:
 *   the last grade's graduates in t (optional).
 * @returns Per grade the counts and the three rates, fractions of 1. A grade with E(g, t) = 0
 *   has no rates (reason `'zero_enrolment'`); the last grade without `graduates` has a
 *   repetition rate only (reason `'graduates_not_given'`). Never NaN or Infinity.
 * @throws {InvalidInputError} when the input is not `{ grades, graduates? }`, `grades` is empty,
 *   a count is missing, negative, fractional or unsafe, a grade has an unknown field, or a
 *   grade's repeaters in t+1 exceed its enrolment in t+1; paths are `['grades', i, field]` or
 *   `['graduates']`, every problem listed in `issues`, each message in Chinese and English.
 *
 * @example
 * ```ts
 * const rates = flowRatesByGrade({
 *   grades: [
 *     { grade: 1, enrolment: 1000, nextYearEnrolment: 1020, nextYearRepeaters: 200 },
 *     { grade: 2, enrolment: 800, nextYearEnrolment: 800, nextYearRepeaters: 80 },
 *     { grade: 3, enrolment: 800, nextYearEnrolment: 724, nextYearRepeaters: 40 },
 *   ],
 *   graduates: 608,
 * });
 * rates.grades.map((g) => [g.promotion?.toString(), g.repetition?.toString(), g.dropout?.toString()]);
 * // [['0.72', '0.2', '0.08'], ['0.855', '0.1', '0.045'], ['0.76', '0.05', '0.19']]
 * rates.grades[0]?.promoted; // 720 (= 800 pupils in grade 2 in t+1 − 80 repeating it)
 * ```
 */
export function flowRatesByGrade(input: FlowRatesByGradeInput): FlowRatesByGradeResult {
  const table = parseGradeTable(input);
  const last = table.grades.length - 1;
  const grades = table.grades.map((row, index): GradeFlowRates => {
    const next = table.grades[index + 1];
    const promoted = next === undefined ? table.graduates : next.nextYearEnrolment - next.nextYearRepeaters;
    const base = {
      index,
      grade: row.grade,
      enrolment: row.enrolment,
      nextYearEnrolment: row.nextYearEnrolment,
      repeaters: row.nextYearRepeaters,
      promoted,
      dropouts: promoted === null ? null : dropoutCount(row, promoted),
    };
    if (row.enrolment === 0) {
      return { ...base, promotion: null, repetition: null, dropout: null, reason: 'zero_enrolment' };
    }
    const rates = flowQuotients(
      promoted === null ? null : toDecimal(promoted),
      toDecimal(row.nextYearRepeaters),
      toDecimal(row.enrolment),
    );
    return {
      ...base,
      promotion: rates.promotion,
      repetition: rates.repetition,
      dropout: rates.dropout,
      reason: promoted === null && index === last ? 'graduates_not_given' : null,
    };
  });
  const warnings = grades.flatMap((grade) => rateWarnings(grade.index, grade.grade, grade));
  const result = { grades, graduates: table.graduates, warnings };
  return {
    ...result,
    toJSON: (): FlowRatesByGradeJson => ({
      grades: grades.map((grade) => ({
        index: grade.index,
        grade: grade.grade,
        enrolment: grade.enrolment,
        nextYearEnrolment: grade.nextYearEnrolment,
        repeaters: grade.repeaters,
        promoted: grade.promoted,
        dropouts: grade.dropouts,
        promotion: decimalJson(grade.promotion),
        repetition: decimalJson(grade.repetition),
        dropout: decimalJson(grade.dropout),
        reason: grade.reason,
      })),
      graduates: table.graduates,
      warnings,
    }),
  };
}
