import {
  type BilingualText,
  coefficientOfVariation,
  Decimal,
  getIndicatorDefinition,
  type LocalizedText,
  rankContributions,
  unitInfo,
} from '@edukpi/core';
import type { EvaluatedStage, ResourcePart } from '../regimes/regime';
import type { StageSchool } from '../split/stage-school';
import type { CoefficientCheck, CompositeCheck, SchoolEvaluation, SchoolIndicatorCheck } from './evaluation';
import { type ResourceNumerator, resourceNumerators } from './resource-numerators';

const ZERO = new Decimal(0);

/** A resource rule with what every school's check needs, looked up once per evaluation. */
interface PreparedRule {
  readonly rule: ResourcePart['indicators'][number];
  readonly labels: LocalizedText;
  readonly decimals: number;
  readonly scale: 1 | 100;
  readonly scaleDecimal: Decimal;
  readonly numerator: ResourceNumerator;
}

function prepareRule(rule: ResourcePart['indicators'][number]): PreparedRule {
  const definition = getIndicatorDefinition(rule.indicator);
  const scale = unitInfo[definition.unit].scale;
  return {
    rule,
    labels: definition.labels,
    decimals: definition.decimals,
    scale,
    scaleDecimal: new Decimal(scale),
    numerator: resourceNumerators[rule.indicator],
  };
}

function checkIndicator(school: StageSchool, prepared: PreparedRule, stage: EvaluatedStage): SchoolIndicatorCheck {
  const { rule, decimals, numerator } = prepared;
  const scale = prepared.scaleDecimal;
  const amount = numerator.of(school);
  const students = new Decimal(school.students);
  const value = amount.times(scale).div(students);
  const displayValue = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  const standardText = rule.standards?.[stage];
  if (standardText === undefined) {
    return {
      indicator: rule.indicator,
      value: value.toString(),
      displayValue,
      standard: null,
      passed: null,
      shareOfStandard: null,
      gap: null,
      shortfall: null,
    };
  }
  const standard = new Decimal(standardText);
  // Exact: amount × scale ≥ standard × students, never a rounded value against the standard.
  const required = standard.times(students).div(scale);
  const passed = amount.gte(required);
  const missing = passed ? null : numerator.whole ? required.minus(amount).ceil() : required.minus(amount);
  return {
    indicator: rule.indicator,
    value: value.toString(),
    displayValue,
    standard: standardText,
    passed,
    shareOfStandard: standard.isZero() ? null : value.div(standard).toString(),
    gap: value.minus(standard).toString(),
    shortfall:
      missing === null ? null : { input: numerator.input, labels: numerator.labels, amount: missing.toString() },
  };
}

/**
 * Part 1 of a compulsory-education regime for one stage's schools: each school's indicators
 * against their standards and the school rule, then each indicator's enrolment-weighted CV.
 */
export function evaluateResources(
  part: ResourcePart,
  stageSchools: readonly StageSchool[],
): { schools: SchoolEvaluation[]; coefficients: CoefficientCheck[]; composites: CompositeCheck[] } {
  const prepared = part.indicators.map(prepareRule);
  const labelsOf = new Map(prepared.map((entry) => [entry.rule.indicator, entry.labels]));
  const schools: SchoolEvaluation[] = [];
  for (const school of stageSchools) {
    const stage = school.stage as EvaluatedStage;
    const indicators = prepared.map((entry) => checkIndicator(school, entry, stage));
    const atStandard = indicators.filter((check) => check.passed === true).length;
    let passed: boolean | null = null;
    const reasons: BilingualText[] = [];
    if (part.schoolRule !== undefined && indicators.some((check) => check.passed !== null)) {
      const { minimumAtStandard, floorShare } = part.schoolRule;
      const floor = new Decimal(floorShare);
      const belowFloor = indicators.filter(
        (check) =>
          check.passed === false && check.shareOfStandard !== null && new Decimal(check.shareOfStandard).lt(floor),
      );
      passed = atStandard >= minimumAtStandard && belowFloor.length === 0;
      if (atStandard < minimumAtStandard) {
        reasons.push({
          zh: `仅 ${atStandard} 项指标达标,少于 ${minimumAtStandard} 项`,
          en: `only ${atStandard} indicators at standard, fewer than ${minimumAtStandard}`,
        });
      }
      for (const check of belowFloor) {
        const labels = labelsOf.get(check.indicator) ?? {
          'zh-CN': check.indicator,
          'zh-TW': check.indicator,
          en: check.indicator,
        };
        reasons.push({
          zh: `${labels['zh-CN']} ${check.displayValue},未达到标准 ${check.standard} 的 ${floor.times(100).toString()}%`,
          en: `${labels.en} ${check.displayValue} is below ${floor.times(100).toString()}% of the standard ${check.standard}`,
        });
      }
    }
    schools.push({
      id: school.id,
      schoolId: school.schoolId,
      name: school.name,
      stage,
      students: school.students,
      indicators,
      atStandard,
      passed,
      reasons,
    });
  }

  const coefficients: CoefficientCheck[] = [];
  const composites: CompositeCheck[] = [];
  for (const stage of ['primary', 'junior'] as const) {
    const members = stageSchools.filter((school) => school.stage === stage);
    if (members.length === 0) continue;
    const thresholdText = part.coefficients.thresholds[stage];
    const threshold = new Decimal(thresholdText);
    const stageCoefficients: (Decimal | null)[] = [];
    for (const { rule, scale, numerator } of prepared) {
      const measure = coefficientOfVariation(
        members.map((school) => ({ id: school.id, students: school.students, total: numerator.of(school).toString() })),
        { scale },
      );
      const coefficient = measure.coefficientOfVariation;
      stageCoefficients.push(coefficient);
      const each = part.coefficients.kind === 'each';
      const passed = each && coefficient !== null ? coefficient.lte(threshold) : null;
      const names = new Map(members.map((school) => [school.id, school.name]));
      coefficients.push({
        stage,
        indicator: rule.indicator,
        schoolCount: measure.schoolCount,
        coefficient: coefficient?.toString() ?? null,
        displayCoefficient: coefficient?.toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toFixed(3) ?? null,
        mean: measure.mean?.toString() ?? null,
        threshold: each ? thresholdText : null,
        passed,
        topContributors: rankContributions(measure.contributions)
          .slice(0, 3)
          .map((contribution) => ({
            id: contribution.id ?? '',
            name: names.get(contribution.id ?? '') ?? '',
            value: contribution.value.toString(),
            varianceShare: contribution.varianceShare?.toString() ?? null,
          })),
      });
    }
    if (part.coefficients.kind === 'composite') {
      const complete = stageCoefficients.every((coefficient) => coefficient !== null);
      const mean = complete
        ? (stageCoefficients as Decimal[])
            .reduce((sum, coefficient) => sum.plus(coefficient), ZERO)
            .div(stageCoefficients.length)
        : null;
      composites.push({
        stage,
        coefficient: mean?.toString() ?? null,
        displayCoefficient: mean?.toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toFixed(3) ?? null,
        threshold: thresholdText,
        passed: mean === null ? null : mean.lte(threshold),
      });
    }
  }
  return { schools, coefficients, composites };
}
