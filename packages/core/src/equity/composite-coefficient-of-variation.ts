import { Decimal, type DecimalInput, isDecimalLike, toDecimal } from '../_lib/decimal';
import { nonNegativeDecimalSchema } from '../_lib/decimal-schema';
import { describeValue } from '../_lib/describe-value';
import { type InputIssue, InvalidInputError } from '../errors/invalid-input-error';
import { decimalJson } from './_lib/decimal-json';
import type { CoefficientOfVariationResult } from './coefficient-of-variation';

/**
 * One CV given to {@link compositeCoefficientOfVariation}: an unrounded value (a Decimal, or a
 * number or decimal string that you know is unrounded), a {@link CoefficientOfVariationResult},
 * or `null` for a CV that has no value.
 */
export type CompositeCoefficientInput =
  | DecimalInput
  | Pick<CoefficientOfVariationResult, 'coefficientOfVariation'>
  | null;

/**
 * Why a composite has no value:
 *
 * - `missing_coefficient`: at least one of the CVs has no value (`missingIndexes` says which).
 */
export type CompositeCoefficientOfVariationNoValueReason = 'missing_coefficient';

/** The JSON form of a {@link CompositeCoefficientOfVariationResult}. */
export interface CompositeCoefficientOfVariationJson {
  readonly value: string | null;
  readonly reason: CompositeCoefficientOfVariationNoValueReason | null;
  readonly missingIndexes: readonly number[];
  readonly count: number;
  readonly coefficients: readonly (string | null)[];
}

/** The 综合差异系数 and the CVs it was taken from. */
export interface CompositeCoefficientOfVariationResult {
  /** The arithmetic mean of the CVs, unrounded; `null` with a `reason` when a CV has no value. */
  readonly value: Decimal | null;
  /** Why `value` is `null`; `null` when it has a value. */
  readonly reason: CompositeCoefficientOfVariationNoValueReason | null;
  /** The positions of the CVs that have no value, in order; empty when all have one. */
  readonly missingIndexes: readonly number[];
  /** How many CVs were given (8 in the 2012 regime). */
  readonly count: number;
  /** The CVs as taken, unrounded, `null` where one has no value. */
  readonly coefficients: readonly (Decimal | null)[];
  /** Plain JSON with decimals as full-precision strings. */
  toJSON(): CompositeCoefficientOfVariationJson;
}

function isCoefficientResult(value: unknown): value is Pick<CoefficientOfVariationResult, 'coefficientOfVariation'> {
  return typeof value === 'object' && value !== null && !isDecimalLike(value) && 'coefficientOfVariation' in value;
}

function readCoefficient(entry: unknown, index: number): { value: Decimal | null } | { issue: InputIssue } {
  const candidate = isCoefficientResult(entry) ? entry.coefficientOfVariation : entry;
  if (candidate === null) return { value: null };
  const parsed = nonNegativeDecimalSchema.safeParse(candidate);
  if (parsed.success) return { value: toDecimal(parsed.data) };
  const received = describeValue(candidate);
  const path = isCoefficientResult(entry) ? ['coefficients', index, 'coefficientOfVariation'] : ['coefficients', index];
  return {
    issue: {
      path,
      messageZh: `差异系数(coefficients[${index}])应为非负的数字、数字字符串、Decimal、差异系数结果或 null,收到 ${received}`,
      messageEn: `coefficients[${index}] must be a non-negative number, decimal string, Decimal, coefficient-of-variation result or null (got ${received}).`,
    },
  };
}

/**
 * 综合差异系数 — the composite coefficient of variation of the 2012 basic-balance regime: the
 * arithmetic mean of the between-school CVs of the eight indicators, taken from unrounded CVs.
 *
 * ```text
 * composite = (CV₁ + CV₂ + … + CVₙ) / n
 * ```
 *
 * Source: 教督〔2012〕3号 (县域义务教育均衡发展督导评估暂行办法); compared with ≤ 0.65 (primary) and
 * ≤ 0.55 (junior). The 2012 regime has n = 8 (teaching space, sports space, equipment value,
 * computers per 100 students, books, 师生比, qualified teachers, intermediate-title teachers per
 * student, in that order); this function accepts any n ≥ 1 so a province's variant or a
 * partial check also works, and does not check that n is 8. Give unrounded CVs: averaging
 * CVs already rounded to 3 decimals can move the composite across a threshold.
 *
 * @param coefficients - The CVs, each a {@link CoefficientOfVariationResult}, an unrounded
 *   Decimal (or number / decimal string), or `null` for one with no value.
 * @returns The mean, unrounded (exact when it terminates, else 64 significant digits). When any
 *   CV has no value, `value` is `null`, `reason` is `'missing_coefficient'` and
 *   `missingIndexes` lists them: a composite of fewer indicators is never passed off as the composite.
 * @throws {InvalidInputError} when `coefficients` is not an array, is empty, or holds a
 *   negative or non-decimal entry (path `['coefficients', i]`).
 *
 * @example
 * ```ts
 * const composite = compositeCoefficientOfVariation([
 *   new Decimal('0.31'), new Decimal('0.42'), new Decimal('0.28'), new Decimal('0.55'),
 *   new Decimal('0.47'), new Decimal('0.22'), new Decimal('0.36'), new Decimal('0.39'),
 * ]);
 * composite.value?.toString(); // '0.375'
 * compositeCoefficientOfVariation([new Decimal('0.3'), null]).reason; // 'missing_coefficient'
 * ```
 */
export function compositeCoefficientOfVariation(
  coefficients: readonly CompositeCoefficientInput[],
): CompositeCoefficientOfVariationResult {
  const indicatorId = 'composite_coefficient_of_variation';
  if (!Array.isArray(coefficients) || coefficients.length === 0) {
    const received = Array.isArray(coefficients) ? 'an empty array' : describeValue(coefficients);
    const receivedZh = Array.isArray(coefficients) ? '空数组' : received;
    throw new InvalidInputError({
      indicatorId,
      issues: [
        {
          path: ['coefficients'],
          messageZh: `coefficients(各项差异系数)应为至少含一项的数组,收到 ${receivedZh}`,
          messageEn: `coefficients must be an array of at least one coefficient of variation (got ${received}).`,
        },
      ],
    });
  }
  const issues: InputIssue[] = [];
  const values: (Decimal | null)[] = [];
  coefficients.forEach((entry: unknown, index) => {
    const read = readCoefficient(entry, index);
    if ('issue' in read) issues.push(read.issue);
    else values.push(read.value);
  });
  const [first, ...rest] = issues;
  if (first !== undefined) throw new InvalidInputError({ indicatorId, issues: [first, ...rest] });
  const missingIndexes = values.flatMap((value, index) => (value === null ? [index] : []));
  const value =
    missingIndexes.length > 0
      ? null
      : values.reduce<Decimal>((sum, coefficient) => sum.plus(coefficient ?? 0), new Decimal(0)).div(values.length);
  const result = {
    value,
    reason: missingIndexes.length > 0 ? ('missing_coefficient' as const) : null,
    missingIndexes,
    count: values.length,
    coefficients: values,
  };
  return {
    ...result,
    toJSON: () => ({
      value: decimalJson(result.value),
      reason: result.reason,
      missingIndexes: result.missingIndexes,
      count: result.count,
      coefficients: result.coefficients.map(decimalJson),
    }),
  };
}
