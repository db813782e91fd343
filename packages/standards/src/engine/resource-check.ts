import { Decimal, type LocalizedText } from '@edukpi/core';
import type { ResourceIndicatorId } from '../regimes/regime';
import type { StageSchool } from '../split/stage-school';
import type { PreparedRule } from './_lib/prepare-rule';
import type { SchoolIndicatorCheck, SchoolIndicatorCheckJson } from './evaluation';

interface ExactFigures {
  readonly value: string;
  readonly displayValue: string;
  readonly shareOfStandard: string | null;
  readonly gap: string | null;
  readonly shortfall: SchoolIndicatorCheck['shortfall'];
}

/**
 * One school's check of one resource indicator. Whether it passes is decided when the
 * evaluation runs (exactly: by a clear floating-point margin or, when close, in decimals); its
 * exact decimal figures are computed from the school's inputs the first time one is read, and
 * kept. `JSON.stringify` (through `toJSON`) gives every field as plain data.
 */
export class ResourceCheck implements SchoolIndicatorCheck {
  readonly indicator: ResourceIndicatorId;
  readonly standard: string | null;
  readonly passed: boolean | null;
  readonly approximateValue: number;
  readonly #prepared: PreparedRule;
  readonly #school: StageSchool;
  #exact: ExactFigures | undefined;

  constructor(prepared: PreparedRule, school: StageSchool, passed: boolean | null, approximateValue: number) {
    this.indicator = prepared.rule.indicator;
    this.standard = prepared.standards[school.stage as 'primary' | 'junior']?.text ?? null;
    this.passed = passed;
    this.approximateValue = approximateValue;
    this.#prepared = prepared;
    this.#school = school;
  }

  get value(): string {
    return this.#figures().value;
  }

  get displayValue(): string {
    return this.#figures().displayValue;
  }

  get shareOfStandard(): string | null {
    return this.#figures().shareOfStandard;
  }

  get gap(): string | null {
    return this.#figures().gap;
  }

  get shortfall(): { readonly input: string; readonly labels: LocalizedText; readonly amount: string } | null {
    return this.#figures().shortfall;
  }

  /** Every field as plain data, exact decimals as strings. */
  toJSON(): SchoolIndicatorCheckJson {
    return {
      indicator: this.indicator,
      value: this.value,
      displayValue: this.displayValue,
      standard: this.standard,
      passed: this.passed,
      shareOfStandard: this.shareOfStandard,
      gap: this.gap,
      shortfall: this.shortfall,
      approximateValue: this.approximateValue,
    };
  }

  #figures(): ExactFigures {
    if (this.#exact !== undefined) return this.#exact;
    const { decimals, numerator, scaleDecimal: scale } = this.#prepared;
    const amount = numerator.of(this.#school);
    const students = new Decimal(this.#school.students);
    const value = amount.times(scale).div(students);
    const displayValue = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
    const standard = this.#prepared.standards[this.#school.stage as 'primary' | 'junior']?.exact;
    if (standard === undefined) {
      this.#exact = { value: value.toString(), displayValue, shareOfStandard: null, gap: null, shortfall: null };
      return this.#exact;
    }
    const required = standard.times(students).div(scale);
    const missing =
      this.passed !== false ? null : numerator.whole ? required.minus(amount).ceil() : required.minus(amount);
    this.#exact = {
      value: value.toString(),
      displayValue,
      shareOfStandard: standard.isZero() ? null : value.div(standard).toString(),
      gap: value.minus(standard).toString(),
      shortfall:
        missing === null ? null : { input: numerator.input, labels: numerator.labels, amount: missing.toString() },
    };
    return this.#exact;
  }
}
