import { z } from 'zod';
import { type Decimal, type DecimalInput, toDecimal } from '../_lib/decimal';
import { nonNegativeDecimalSchema } from '../_lib/decimal-schema';
import { describeIssue, type FieldNamer } from '../_lib/describe-issue';
import { type InputIssue, InvalidInputError } from '../errors/invalid-input-error';
import { decimalJson } from './_lib/decimal-json';
import { resolveEquityOptions } from './_lib/resolve-equity-options';

/** The input of {@link genderParityIndex}: the same indicator for girls and for boys. */
export interface GenderParityIndexInput {
  /** The indicator's value for females (a rate or ratio, ≥ 0). */
  readonly female: DecimalInput;
  /** The indicator's value for males (a rate or ratio, ≥ 0), in the same unit. */
  readonly male: DecimalInput;
}

/** Options of {@link genderParityIndex}. */
export interface GenderParityIndexOptions {
  /**
   * Report the UIS adjusted GPI as `value`: when GPI > 1 it is 2 − 1/GPI, so that disparity in
   * favour of either sex is measured on the same scale around 1. Default `false` (the plain
   * ratio). Both forms are always in the result.
   */
  readonly adjusted?: boolean;
}

/**
 * Why a gender parity index has no value:
 *
 * - `zero_denominator`: the male value is 0.
 */
export type GenderParityIndexNoValueReason = 'zero_denominator';

/** The JSON form of a {@link GenderParityIndexResult}. */
export interface GenderParityIndexJson {
  readonly value: string | null;
  readonly unadjusted: string | null;
  readonly adjusted: string | null;
  readonly form: 'unadjusted' | 'adjusted';
  readonly reason: GenderParityIndexNoValueReason | null;
  readonly female: string;
  readonly male: string;
}

/** A gender parity index in both its plain and its UIS-adjusted form. */
export interface GenderParityIndexResult {
  /** The form asked for (`form`), unrounded; `null` with a `reason` when the male value is 0. */
  readonly value: Decimal | null;
  /** female ÷ male. */
  readonly unadjusted: Decimal | null;
  /** The UIS adjusted GPI: `unadjusted` when ≤ 1, else 2 − male ÷ female (= 2 − 1/GPI). */
  readonly adjusted: Decimal | null;
  /** Which form `value` is. */
  readonly form: 'unadjusted' | 'adjusted';
  /** Why there is no value; `null` when there is one. */
  readonly reason: GenderParityIndexNoValueReason | null;
  /** The female value, as given. */
  readonly female: Decimal;
  /** The male value, as given. */
  readonly male: Decimal;
  /** Plain JSON with decimals as full-precision strings. */
  toJSON(): GenderParityIndexJson;
}

const inputSchema = z.strictObject({ female: nonNegativeDecimalSchema, male: nonNegativeDecimalSchema });

const nameField: FieldNamer = (name) =>
  name === 'female'
    ? { zh: '女性指标值', en: 'female value' }
    : name === 'male'
      ? { zh: '男性指标值', en: 'male value' }
      : { zh: name, en: name };

/** Describes an input issue; a value that is absent is reported as missing, not as malformed. */
function describeGenderIssue(issue: z.core.$ZodIssue, input: unknown): InputIssue {
  const [field] = issue.path;
  if (
    issue.code === 'custom' &&
    (field === 'female' || field === 'male') &&
    (input as Record<string, unknown>)[field] === undefined
  ) {
    const label = nameField(field);
    return {
      path: [field],
      messageZh: `缺少必填字段 ${label.zh}(${field})`,
      messageEn: `missing required field ${field} (${label.en}).`,
    };
  }
  return describeIssue(issue, input, nameField);
}

/**
 * 性别均等指数 (GPI) — the value of an indicator for females divided by its value for males,
 * optionally in the UIS adjusted form.
 *
 * ```text
 * GPI          = female / male
 * adjusted GPI = GPI              when GPI ≤ 1
 *              = 2 − 1 / GPI      when GPI > 1   (computed exactly as (2·female − male) / female)
 * ```
 *
 * Source: UNESCO Institute for Statistics, SDG 4 metadata (indicator 4.5.1, parity indices);
 * the adjusted form is UIS's. A GPI between 0.97 and 1.03 is read as parity. Give the two
 * values in the same unit (rates in %, or ratios): the quotient is unit-free.
 *
 * @param input - `{ female, male }`: the indicator for each sex, each ≥ 0.
 * @param options - `adjusted`: report the adjusted form as `value` (default `false`).
 * @returns Both forms and the chosen one as `value`, unrounded (the 公报 convention is 2
 *   decimals for display). With `male` = 0 every form is `null` and `reason` is
 *   `'zero_denominator'`; never Infinity.
 * @throws {InvalidInputError} when a value is missing, negative, not a decimal, or a field is unknown.
 * @throws {InvalidOptionError} when `adjusted` is not a boolean or an option is unknown.
 *
 * @example
 * ```ts
 * genderParityIndex({ female: '95', male: '100' }).value?.toString();                    // '0.95'
 * genderParityIndex({ female: '1.25', male: '1' }, { adjusted: true }).value?.toString(); // '1.2'
 * genderParityIndex({ female: 5, male: 0 }).reason;                                        // 'zero_denominator'
 * ```
 */
export function genderParityIndex(
  input: GenderParityIndexInput,
  options?: GenderParityIndexOptions,
): GenderParityIndexResult {
  const { adjusted: useAdjusted } = resolveEquityOptions(options, ['adjusted']);
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues.map((issue) => describeGenderIssue(issue, input));
    if (first === undefined) throw new Error('unreachable: a failed parse has issues');
    throw new InvalidInputError({ indicatorId: 'gender_parity_index', issues: [first, ...rest] });
  }
  const female = toDecimal(parsed.data.female);
  const male = toDecimal(parsed.data.male);
  const unadjusted = male.isZero() ? null : female.div(male);
  const adjusted = unadjusted === null ? null : unadjusted.gt(1) ? female.times(2).minus(male).div(female) : unadjusted;
  const form = useAdjusted ? ('adjusted' as const) : ('unadjusted' as const);
  const result = {
    value: useAdjusted ? adjusted : unadjusted,
    unadjusted,
    adjusted,
    form,
    reason: male.isZero() ? ('zero_denominator' as const) : null,
    female,
    male,
  };
  return {
    ...result,
    toJSON: (): GenderParityIndexJson => ({
      value: decimalJson(result.value),
      unadjusted: decimalJson(result.unadjusted),
      adjusted: decimalJson(result.adjusted),
      form,
      reason: result.reason,
      female: female.toString(),
      male: male.toString(),
    }),
  };
}
