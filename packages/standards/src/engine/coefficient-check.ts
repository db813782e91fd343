import { type CoefficientOfVariationResult, coefficientOfVariation, Decimal, rankContributions } from '@edukpi/core';
import type { ResourceIndicatorId } from '../regimes/regime';
import type { StageSchool } from '../split/stage-school';
import { compareClearly, roundClearly } from './_lib/compare-clearly';
import type { PreparedRule } from './_lib/prepare-rule';
import type { CoefficientCheck, CoefficientCheckJson } from './evaluation';

/**
 * The enrolment-weighted CV of one indicator over one stage's schools, in doubles: X̄ = ΣA ÷ ΣP,
 * S² = Σ Pᵢ(Xᵢ − X̄)² ÷ ΣP (two passes, so no cancellation), CV = S ÷ X̄; `null` when X̄ = 0.
 * Schools without students take no part, as in the exact computation.
 */
function approximateCoefficientOf(members: readonly StageSchool[], prepared: PreparedRule): number | null {
  const { numerator, scale } = prepared;
  let students = 0;
  let amount = 0;
  for (const school of members) {
    if (school.students === 0) continue;
    students += school.students;
    amount += numerator.number(school) * scale;
  }
  if (students === 0 || amount === 0) return null;
  const mean = amount / students;
  let sum = 0;
  for (const school of members) {
    if (school.students === 0) continue;
    const deviation = (numerator.number(school) * scale) / school.students - mean;
    sum += school.students * deviation * deviation;
  }
  return Math.sqrt(sum / students) / mean;
}

/**
 * One indicator's between-school CV in one stage. Whether it passes and its 3-decimal display are
 * decided when the evaluation runs — in doubles when the value lies clearly on one side of the
 * threshold or of the rounding boundary, exactly otherwise —; the exact CV, the mean and the
 * schools pulling the CV up are computed from the inputs the first time one is read, and kept.
 * `JSON.stringify` (through `toJSON`) gives every field as plain data.
 */
export class ResourceCoefficientCheck implements CoefficientCheck {
  readonly stage: 'primary' | 'junior';
  readonly indicator: ResourceIndicatorId;
  readonly schoolCount: number;
  readonly displayCoefficient: string | null;
  readonly threshold: string | null;
  readonly passed: boolean | null;
  readonly approximateCoefficient: number | null;
  readonly #prepared: PreparedRule;
  readonly #members: readonly StageSchool[];
  #exact: CoefficientOfVariationResult | undefined;
  #contributors: CoefficientCheck['topContributors'] | undefined;

  constructor(
    stage: 'primary' | 'junior',
    prepared: PreparedRule,
    members: readonly StageSchool[],
    threshold: { readonly text: string; readonly exact: Decimal } | null,
  ) {
    this.stage = stage;
    this.indicator = prepared.rule.indicator;
    this.#prepared = prepared;
    this.#members = members;
    this.schoolCount = members.filter((school) => school.students > 0).length;
    const approximate = approximateCoefficientOf(members, prepared);
    this.approximateCoefficient = approximate;
    this.threshold = threshold?.text ?? null;
    if (approximate === null) {
      // No value in doubles only when no school has students or every amount is 0: exactly the
      // cases where the exact CV has none. Confirm, so the two can never disagree.
      const exact = this.#exactResult().coefficientOfVariation;
      this.displayCoefficient = exact?.toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toFixed(3) ?? null;
      this.passed = threshold === null || exact === null ? null : exact.lte(threshold.exact);
      return;
    }
    this.displayCoefficient =
      roundClearly(approximate, 3) ??
      (this.#exactResult().coefficientOfVariation as Decimal).toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toFixed(3);
    this.passed =
      threshold === null
        ? null
        : (compareClearly(Number(threshold.text), approximate) ??
          (this.#exactResult().coefficientOfVariation as Decimal).lte(threshold.exact));
  }

  get coefficient(): string | null {
    return this.#exactResult().coefficientOfVariation?.toString() ?? null;
  }

  get mean(): string | null {
    return this.#exactResult().mean?.toString() ?? null;
  }

  get topContributors(): CoefficientCheck['topContributors'] {
    if (this.#contributors !== undefined) return this.#contributors;
    const names = new Map(this.#members.map((school) => [school.id, school.name]));
    this.#contributors = rankContributions(this.#exactResult().contributions)
      .slice(0, 3)
      .map((contribution) => ({
        id: contribution.id ?? '',
        name: names.get(contribution.id ?? '') ?? '',
        value: contribution.value.toString(),
        varianceShare: contribution.varianceShare?.toString() ?? null,
      }));
    return this.#contributors;
  }

  /** Every field as plain data, exact decimals as strings. */
  toJSON(): CoefficientCheckJson {
    return {
      stage: this.stage,
      indicator: this.indicator,
      schoolCount: this.schoolCount,
      coefficient: this.coefficient,
      displayCoefficient: this.displayCoefficient,
      mean: this.mean,
      threshold: this.threshold,
      passed: this.passed,
      topContributors: this.topContributors,
      approximateCoefficient: this.approximateCoefficient,
    };
  }

  /** The exact CV of the stage's schools (Σ in decimals, one square root), computed once. */
  #exactResult(): CoefficientOfVariationResult {
    if (this.#exact === undefined) {
      const { numerator, scale } = this.#prepared;
      this.#exact = coefficientOfVariation(
        this.#members.map((school) => ({
          id: school.id,
          students: school.students,
          total: numerator.of(school).toString(),
        })),
        { scale },
      );
    }
    return this.#exact;
  }
}
