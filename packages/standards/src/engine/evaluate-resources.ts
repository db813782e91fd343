import { type BilingualText, Decimal } from '@edukpi/core';
import type { EvaluatedStage, ResourcePart } from '../regimes/regime';
import type { StageSchool } from '../split/stage-school';
import { compareClearly, roundClearly } from './_lib/compare-clearly';
import { exactComposite } from './_lib/exact-composite';
import { type ExactNumber, type PreparedRule, prepareRule } from './_lib/prepare-rule';
import { ResourceCoefficientCheck } from './coefficient-check';
import type { CoefficientCheck, CompositeCheck, SchoolEvaluation, SchoolIndicatorCheck } from './evaluation';
import { ResourceCheck } from './resource-check';

/**
 * @internal Whether `amount × scale ≥ factor × standard × students` — the school's value against
 * `factor` times its standard, never a rounded value. Decided in doubles (`scaled` is amount ×
 * scale as a double) when clear by a wide margin, exactly in decimals otherwise.
 */
export function reaches(
  school: StageSchool,
  prepared: PreparedRule,
  scaled: number,
  standard: ExactNumber,
  factor: ExactNumber | null,
): boolean {
  const { numerator } = prepared;
  const right = (factor === null ? 1 : factor.number) * standard.number * school.students;
  const clear = compareClearly(scaled, right);
  if (clear !== undefined) return clear;
  const required = standard.exact.times(school.students).times(factor === null ? 1 : factor.exact);
  return numerator.of(school).times(prepared.scaleDecimal).gte(required);
}

function checkSchool(
  school: StageSchool,
  prepared: readonly PreparedRule[],
  part: ResourcePart,
  floor: (ExactNumber & { readonly percent: string }) | null,
): SchoolEvaluation {
  const stage = school.stage as EvaluatedStage;
  const indicators: SchoolIndicatorCheck[] = [];
  const scaled: number[] = [];
  let atStandard = 0;
  let withStandard = 0;
  for (const entry of prepared) {
    const standard = entry.standards[stage];
    const amount = entry.numerator.number(school) * entry.scale;
    scaled.push(amount);
    const passed = standard === undefined ? null : reaches(school, entry, amount, standard, null);
    if (passed === true) atStandard += 1;
    if (passed !== null) withStandard += 1;
    indicators.push(new ResourceCheck(entry, school, passed, amount / school.students));
  }
  let passed: boolean | null = null;
  const reasons: BilingualText[] = [];
  if (part.schoolRule !== undefined && floor !== null && withStandard > 0) {
    const { minimumAtStandard } = part.schoolRule;
    const belowFloor: { readonly check: SchoolIndicatorCheck; readonly rule: PreparedRule }[] = [];
    prepared.forEach((entry, index) => {
      const check = indicators[index] as SchoolIndicatorCheck;
      const standard = entry.standards[stage];
      if (check.passed !== false || standard === undefined || standard.exact.isZero()) return;
      if (!reaches(school, entry, scaled[index] as number, standard, floor)) belowFloor.push({ check, rule: entry });
    });
    passed = atStandard >= minimumAtStandard && belowFloor.length === 0;
    if (atStandard < minimumAtStandard) {
      reasons.push({
        zh: `仅 ${atStandard} 项指标达标,少于 ${minimumAtStandard} 项`,
        en: `only ${atStandard} indicators at standard, fewer than ${minimumAtStandard}`,
      });
    }
    for (const { check, rule } of belowFloor) {
      const shown = roundClearly(check.approximateValue, rule.decimals) ?? check.displayValue;
      reasons.push({
        zh: `${rule.labels['zh-CN']} ${shown},未达到标准 ${check.standard} 的 ${floor.percent}%`,
        en: `${rule.labels.en} ${shown} is below ${floor.percent}% of the standard ${check.standard}`,
      });
    }
  }
  return {
    id: school.id,
    schoolId: school.schoolId,
    name: school.name,
    stage,
    students: school.students,
    indicators,
    atStandard,
    passed,
    reasons,
  };
}

/**
 * Part 1 of a compulsory-education regime for one stage's schools: each school's indicators
 * against their standards and the school rule, then each indicator's enrolment-weighted CV.
 *
 * Every decision is exact. A comparison (a school's value against its standard or the 85% floor,
 * a CV against its threshold, a CV's third decimal) is made in doubles only when the two sides
 * differ by more than a relative 1e-9 — far beyond the rounding of the few operations involved —
 * and in decimals otherwise. The exact figures of each check are computed when first read.
 */
export function evaluateResources(
  part: ResourcePart,
  stageSchools: readonly StageSchool[],
): { schools: SchoolEvaluation[]; coefficients: CoefficientCheck[]; composites: CompositeCheck[] } {
  const prepared = part.indicators.map(prepareRule);
  const floor =
    part.schoolRule === undefined
      ? null
      : {
          exact: new Decimal(part.schoolRule.floorShare),
          number: Number(part.schoolRule.floorShare),
          percent: new Decimal(part.schoolRule.floorShare).times(100).toString(),
        };
  const schools = stageSchools.map((school) => checkSchool(school, prepared, part, floor));

  const coefficients: CoefficientCheck[] = [];
  const composites: CompositeCheck[] = [];
  for (const stage of ['primary', 'junior'] as const) {
    const members = stageSchools.filter((school) => school.stage === stage);
    if (members.length === 0) continue;
    const thresholdText = part.coefficients.thresholds[stage];
    const threshold = new Decimal(thresholdText);
    const each = part.coefficients.kind === 'each';
    const stageChecks = prepared.map(
      (entry) =>
        new ResourceCoefficientCheck(stage, entry, members, each ? { text: thresholdText, exact: threshold } : null),
    );
    coefficients.push(...stageChecks);
    if (part.coefficients.kind === 'composite') {
      const composite = exactComposite(
        stageChecks.map((check) => check.coefficient),
        thresholdText,
      );
      composites.push({
        stage,
        coefficient: composite.mean?.toString() ?? null,
        displayCoefficient: composite.display,
        threshold: thresholdText,
        passed: composite.passed,
      });
    }
  }
  return { schools, coefficients, composites };
}
