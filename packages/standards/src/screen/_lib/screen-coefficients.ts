import { Decimal } from '@edukpi/core';
import { compareClearly, roundClearly } from '../../engine/_lib/compare-clearly';
import { exactComposite } from '../../engine/_lib/exact-composite';
import type { PreparedRule, WrittenNumber } from '../../engine/_lib/prepare-rule';
import { ResourceCoefficientCheck } from '../../engine/coefficient-check';
import type { ResourcePart } from '../../regimes/regime';
import type { StageSchool } from '../../split/stage-school';
import type { ScreenedCoefficient, ScreenedComposite } from '../screen-counties';
import type { CloseCalls } from './close-calls';
import type { GatheredStageSchools } from './gather-stage-schools';

/**
 * The stage schools grouped by county and stage (group = county × 2 + stage code): `order` lists
 * them group after group, `starts[group]` … `starts[group + 1]` one group's. A counting sort keeps
 * table order within a group — the order `evaluateRegime` sums in.
 */
export function groupByCountyAndStage({ count, countyOf, stageCode, countyIds }: GatheredStageSchools): {
  readonly order: Uint32Array;
  readonly starts: Uint32Array;
} {
  const groups = countyIds.length * 2;
  const starts = new Uint32Array(groups + 1);
  for (let j = 0; j < count; j++) {
    const slot = (countyOf[j] as number) * 2 + (stageCode[j] as number) + 1;
    starts[slot] = (starts[slot] as number) + 1;
  }
  for (let group = 0; group < groups; group++) {
    starts[group + 1] = (starts[group + 1] as number) + (starts[group] as number);
  }
  const order = new Uint32Array(count);
  const next = starts.slice(0, groups);
  for (let j = 0; j < count; j++) {
    const group = (countyOf[j] as number) * 2 + (stageCode[j] as number);
    const position = next[group] as number;
    order[position] = j;
    next[group] = position + 1;
  }
  return { order, starts };
}

/**
 * The approximate CV of every group (county × 2 + stage code) for every indicator, group-major
 * (`[group × K + k]`, NaN where there is none), one tight pass per indicator.
 */
export function approximateCoefficients(
  grouping: { readonly order: Uint32Array; readonly starts: Uint32Array },
  students: Float64Array,
  amounts: readonly Float64Array[],
): Float64Array {
  const groups = grouping.starts.length - 1;
  const K = amounts.length;
  const out = new Float64Array(groups * K);
  amounts.forEach((column, k) => {
    for (let group = 0; group < groups; group++) {
      const start = grouping.starts[group] as number;
      const end = grouping.starts[group + 1] as number;
      out[group * K + k] =
        end === start
          ? Number.NaN
          : (approximateCoefficient(grouping.order, start, end, students, column) ?? Number.NaN);
    }
  });
  return out;
}

/**
 * The enrolment-weighted CV of one group in doubles, in the steps of the engine's
 * `approximateCoefficientOf` (X̄ = ΣA ÷ ΣP, S² = Σ Pᵢ(Xᵢ − X̄)² ÷ ΣP, CV = S ÷ X̄); `null` when
 * X̄ = 0.
 */
function approximateCoefficient(
  order: Uint32Array,
  start: number,
  end: number,
  students: Float64Array,
  amounts: Float64Array,
): number | null {
  let totalStudents = 0;
  let totalAmount = 0;
  for (let position = start; position < end; position++) {
    const j = order[position] as number;
    totalStudents += students[j] as number;
    totalAmount += amounts[j] as number;
  }
  if (totalStudents === 0 || totalAmount === 0) return null;
  const mean = totalAmount / totalStudents;
  let sum = 0;
  for (let position = start; position < end; position++) {
    const j = order[position] as number;
    const schoolStudents = students[j] as number;
    const deviation = (amounts[j] as number) / schoolStudents - mean;
    sum += schoolStudents * deviation * deviation;
  }
  return Math.sqrt(sum / totalStudents) / mean;
}

/** Each stage's CV threshold (index: stage code), `undefined` under a composite rule. */
export type ScreenThresholds = readonly (WrittenNumber | undefined)[];

/** The thresholds each CV is held to, looked up once. */
export function screenThresholds(part: ResourcePart): ScreenThresholds {
  return (['primary', 'junior'] as const).map((stage) => {
    if (part.coefficients.kind !== 'each') return undefined;
    const text = part.coefficients.thresholds[stage];
    return { text, exact: new Decimal(text), number: Number(text) };
  });
}

/**
 * One county's CVs per stage against the part's thresholds (or its 2012 composite): decided in
 * doubles when clear, and from the engine's exact `ResourceCoefficientCheck` otherwise.
 */
export function screenCountyCoefficients(
  county: number,
  grouping: { readonly order: Uint32Array; readonly starts: Uint32Array },
  approximates: Float64Array,
  prepared: readonly PreparedRule[],
  part: ResourcePart,
  thresholds: ScreenThresholds,
  closeCalls: CloseCalls,
): { coefficients: ScreenedCoefficient[]; composites: ScreenedComposite[]; stageSchools: number } {
  const { order, starts } = grouping;
  const coefficients: ScreenedCoefficient[] = [];
  const composites: ScreenedComposite[] = [];
  let stageSchools = 0;
  for (let code = 0; code < 2; code++) {
    const stage = code === 0 ? 'primary' : 'junior';
    const start = starts[county * 2 + code] as number;
    const end = starts[county * 2 + code + 1] as number;
    if (end === start) continue;
    stageSchools += end - start;
    let members: StageSchool[] | undefined;
    const exactMembers = () => {
      members ??= Array.from(order.subarray(start, end), (j) => closeCalls.stageSchool(j));
      return members;
    };
    const thresholdText = part.coefficients.thresholds[stage];
    const threshold = thresholds[code] ?? null;
    const stageChecks: ScreenedCoefficient[] = [];
    const exactChecks: (ResourceCoefficientCheck | undefined)[] = [];
    prepared.forEach((entry, k) => {
      const value = approximates[(county * 2 + code) * prepared.length + k] as number;
      const approximate = Number.isNaN(value) ? null : value;
      let display = approximate === null ? undefined : roundClearly(approximate, 3);
      let verdict: boolean | null | undefined =
        threshold === null ? null : approximate === null ? undefined : compareClearly(threshold.number, approximate);
      if (display === undefined || verdict === undefined) {
        const check = new ResourceCoefficientCheck(stage, entry, exactMembers(), threshold);
        exactChecks[k] = check;
        display = check.displayCoefficient ?? undefined;
        verdict = check.passed;
      }
      stageChecks.push({
        stage,
        indicator: entry.rule.indicator,
        schoolCount: end - start,
        displayCoefficient: display ?? null,
        threshold: threshold?.text ?? null,
        passed: verdict,
        approximateCoefficient: approximate,
      });
    });
    coefficients.push(...stageChecks);
    if (part.coefficients.kind === 'composite') {
      composites.push(compositeOf(stage, thresholdText, stageChecks, exactChecks, prepared, exactMembers));
    }
  }
  return { coefficients, composites, stageSchools };
}

/**
 * The 2012 composite of one stage: the mean of its unrounded CVs, decided in doubles when clear and
 * from the exact CVs otherwise (as `evaluateRegime` computes it).
 */
function compositeOf(
  stage: 'primary' | 'junior',
  thresholdText: string,
  checks: readonly ScreenedCoefficient[],
  exactChecks: (ResourceCoefficientCheck | undefined)[],
  prepared: readonly PreparedRule[],
  exactMembers: () => StageSchool[],
): ScreenedComposite {
  const complete = checks.every((check) => check.approximateCoefficient !== null);
  const approximate = complete
    ? checks.reduce((sum, check) => sum + (check.approximateCoefficient as number), 0) / checks.length
    : null;
  let display = approximate === null ? undefined : roundClearly(approximate, 3);
  let verdict: boolean | null | undefined =
    approximate === null ? undefined : compareClearly(Number(thresholdText), approximate);
  if (display === undefined || verdict === undefined) {
    const coefficients = prepared.map((entry, k) => {
      exactChecks[k] ??= new ResourceCoefficientCheck(stage, entry, exactMembers(), null);
      return exactChecks[k].coefficient;
    });
    const composite = exactComposite(coefficients, thresholdText);
    display = composite.display ?? undefined;
    verdict = composite.passed;
  }
  return {
    stage,
    displayCoefficient: display ?? null,
    threshold: thresholdText,
    passed: verdict ?? null,
    approximateCoefficient: approximate,
  };
}
