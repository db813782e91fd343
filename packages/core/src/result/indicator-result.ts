import { Decimal } from '../_lib/decimal';
import type { Unit } from '../units/unit';
import type { NoValueReason, ResultWarning } from './result-warning';
import type { ThresholdCheck } from './threshold';

/** The plain-JSON form of an {@link IndicatorResult}: every decimal is a string, nothing is lost. */
export interface IndicatorResultJson<Id extends string = string> {
  readonly id: Id;
  /** The definition's version. */
  readonly version: string;
  /** The variant used, by the spec's name (e.g. `raw`). */
  readonly method: string;
  /** The value rounded half up to `decimals` places, e.g. `"92.88"`; `null` when there is no value. */
  readonly value: string | null;
  /** The unrounded value (exact when the quotient terminates, else to 64 significant digits). */
  readonly exact: string | null;
  readonly numerator: string;
  readonly denominator: string;
  readonly unit: Unit;
  readonly decimals: number;
  readonly thresholds: readonly ThresholdCheck[];
  readonly warnings: readonly ResultWarning[];
  /** Why there is no value; `null` when there is one. */
  readonly reason: NoValueReason | null;
  /** The inputs the result was computed from, after unit conversion (money in 元). */
  readonly inputs: Readonly<Record<string, string>>;
}

/** What an {@link IndicatorResult} is built from. */
export interface IndicatorResultParameters<Id extends string> {
  readonly id: Id;
  readonly version: string;
  readonly method: string;
  readonly unit: Unit;
  readonly decimals: number;
  readonly numerator: Decimal;
  readonly denominator: Decimal;
  readonly exact: Decimal | null;
  readonly value: Decimal | null;
  readonly reason: NoValueReason | null;
  readonly thresholds: readonly ThresholdCheck[];
  readonly warnings: readonly ResultWarning[];
  readonly inputs: Readonly<Record<string, Decimal>>;
}

/**
 * The result of one indicator: its parts, its exact and rounded value, and everything needed
 * to trace it back to the definition and the inputs.
 *
 * A result with no value (zero denominator) has `value === null`, `exact === null` and a
 * `reason`; it is never 0, NaN or Infinity.
 *
 * @example
 * ```ts
 * const result = computeIndicator('offsite_tutoring_reduction_rate', { before: 120, after: 12 });
 * result.value?.toFixed(2); // '90.00'
 * result.toJSON();
 * // { id: 'offsite_tutoring_reduction_rate', value: '90.00', exact: '90', numerator: '108',
 * //   denominator: '120', unit: 'percent', decimals: 2, reason: null, … }
 * ```
 */
export class IndicatorResult<Id extends string = string> {
  readonly id: Id;
  readonly version: string;
  readonly method: string;
  readonly unit: Unit;
  readonly decimals: number;
  readonly numerator: Decimal;
  readonly denominator: Decimal;
  readonly exact: Decimal | null;
  readonly value: Decimal | null;
  readonly reason: NoValueReason | null;
  readonly thresholds: readonly ThresholdCheck[];
  readonly warnings: readonly ResultWarning[];
  readonly inputs: Readonly<Record<string, Decimal>>;

  constructor(parameters: IndicatorResultParameters<Id>) {
    this.id = parameters.id;
    this.version = parameters.version;
    this.method = parameters.method;
    this.unit = parameters.unit;
    this.decimals = parameters.decimals;
    this.numerator = parameters.numerator;
    this.denominator = parameters.denominator;
    this.exact = parameters.exact;
    this.value = parameters.value;
    this.reason = parameters.reason;
    this.thresholds = parameters.thresholds;
    this.warnings = parameters.warnings;
    this.inputs = parameters.inputs;
  }

  /** Whether the result has a value (it has none when the denominator is zero). */
  get hasValue(): boolean {
    return this.value !== null;
  }

  /**
   * The rounded value as text with exactly `decimals` places (`"90.00"`), or `null`.
   *
   * @example
   * ```ts
   * computeIndicator('change', { previous: 12786, current: 14161 }).formattedValue; // '10.75'
   * ```
   */
  get formattedValue(): string | null {
    return this.value === null ? null : this.value.toFixed(this.decimals);
  }

  /**
   * Plain JSON with decimals as strings: `{ id, version, method, value, exact, numerator,
   * denominator, unit, decimals, thresholds, warnings, reason, inputs }`.
   */
  toJSON(): IndicatorResultJson<Id> {
    const inputs: Record<string, string> = {};
    for (const [name, amount] of Object.entries(this.inputs)) inputs[name] = amount.toString();
    return {
      id: this.id,
      version: this.version,
      method: this.method,
      value: this.formattedValue,
      exact: this.exact === null ? null : this.exact.toString(),
      numerator: this.numerator.toString(),
      denominator: this.denominator.toString(),
      unit: this.unit,
      decimals: this.decimals,
      thresholds: this.thresholds,
      warnings: this.warnings,
      reason: this.reason,
      inputs,
    };
  }

  /**
   * Rebuilds a result from its JSON form, e.g. after it crossed a service boundary.
   *
   * @example
   * ```ts
   * const json = JSON.parse(JSON.stringify(result));
   * IndicatorResult.fromJson(json).value?.equals(result.value!); // true
   * ```
   */
  static fromJson<Id extends string>(json: IndicatorResultJson<Id>): IndicatorResult<Id> {
    const inputs: Record<string, Decimal> = {};
    for (const [name, amount] of Object.entries(json.inputs)) inputs[name] = new Decimal(amount);
    return new IndicatorResult({
      id: json.id,
      version: json.version,
      method: json.method,
      unit: json.unit,
      decimals: json.decimals,
      numerator: new Decimal(json.numerator),
      denominator: new Decimal(json.denominator),
      exact: json.exact === null ? null : new Decimal(json.exact),
      value: json.value === null ? null : new Decimal(json.value),
      reason: json.reason,
      thresholds: json.thresholds,
      warnings: json.warnings,
      inputs,
    });
  }
}
