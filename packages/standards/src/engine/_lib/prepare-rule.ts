import { Decimal, getIndicatorDefinition, type LocalizedText, unitInfo } from '@edukpi/core';
import type { EvaluatedStage, ResourcePart } from '../../regimes/regime';
import { type ResourceNumerator, resourceNumerators } from '../resource-numerators';

/**
 * A number an evaluation decides with: exact, and as a double for the comparisons that are clear
 * by a wide margin (a standard, the 85% floor, a CV threshold).
 */
export interface ExactNumber {
  readonly exact: Decimal;
  readonly number: number;
}

/** A standard or threshold as the regime writes it, exact and as a double. */
export interface WrittenNumber extends ExactNumber {
  readonly text: string;
}

/** A resource rule with what every school's check needs, looked up once per evaluation. */
export interface PreparedRule {
  readonly rule: ResourcePart['indicators'][number];
  readonly labels: LocalizedText;
  readonly decimals: number;
  readonly scale: 1 | 100;
  readonly scaleDecimal: Decimal;
  readonly numerator: ResourceNumerator;
  /** The standard of each stage: as the regime writes it, exact, and as a double. */
  readonly standards: Partial<Record<EvaluatedStage, WrittenNumber>>;
}

/** Looks up a rule's definition, unit scale, numerator and standards once. */
export function prepareRule(rule: ResourcePart['indicators'][number]): PreparedRule {
  const definition = getIndicatorDefinition(rule.indicator);
  const scale = unitInfo[definition.unit].scale;
  const standards: PreparedRule['standards'] = {};
  for (const stage of ['primary', 'junior'] as const) {
    const text = rule.standards?.[stage];
    if (text !== undefined) standards[stage] = { text, exact: new Decimal(text), number: Number(text) };
  }
  return {
    rule,
    labels: definition.labels,
    decimals: definition.decimals,
    scale,
    scaleDecimal: new Decimal(scale),
    numerator: resourceNumerators[rule.indicator],
    standards,
  };
}
