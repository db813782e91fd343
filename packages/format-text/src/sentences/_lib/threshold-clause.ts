import { Decimal, type ThresholdComparator, type Unit } from '@edukpi/core';
import { renderTemplate } from '../../locale/_lib/render-template';
import type { TextLocale } from '../../locale/text-locale';
import { writeUnitValue } from '../../values/_lib/write-unit-value';

/** The decimal places a threshold is written with (`'0.50'` → 2), so it prints as the regime writes it. */
export function decimalsOf(text: string): number {
  const fraction = /\.(\d+)$/.exec(text.trim());
  return fraction?.[1]?.length ?? 0;
}

/** A threshold or standard in an indicator unit, as the regime writes it: `95%`, `19:1`, `0.50`, `4.5平方米`. */
export function formatThreshold(threshold: string, unit: Unit, id: string, locale: TextLocale): string {
  return writeUnitValue({
    value: new Decimal(threshold),
    unit,
    id,
    locale,
    decimals: decimalsOf(threshold),
    keepTrailingZeros: true,
  });
}

/** The requirement a comparator sets: `95%` (≥ reads as 达到95%), `不高于0.50`, `19:1` (a ratio standard). */
export function requirementText(
  comparator: ThresholdComparator,
  threshold: string,
  unit: Unit | null,
  locale: TextLocale,
): string {
  const { templates } = locale;
  const isRatio = unit === 'ratio_to_one' || unit === 'one_to_ratio';
  const template = {
    '>=': templates.requirementAtLeast,
    '>': templates.requirementAbove,
    '<=': isRatio ? templates.requirementAtMostRatio : templates.requirementAtMost,
    '<': templates.requirementBelow,
    '=': templates.requirementEqual,
  }[comparator];
  return renderTemplate(template, { threshold });
}

/** `达到95%的标准` or `未达到95%的标准`. */
export function thresholdClause(passed: boolean, requirement: string, locale: TextLocale): string {
  return renderTemplate(passed ? locale.templates.thresholdMet : locale.templates.thresholdMissed, { requirement });
}
