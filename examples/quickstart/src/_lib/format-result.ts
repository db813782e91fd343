import {
  Decimal,
  type IndicatorResult,
  type RegimeId,
  regimeLabels,
  type ThresholdComparator,
  unitInfo,
} from '@edukpi/core';

/**
 * The rounded value with its unit (`95.18%`, `1534.52元`), or why there is none.
 *
 * @example
 * ```ts
 * formatValue(computeIndicator('offsite_tutoring_reduction_rate', { before: 46, after: 5 })); // '89.13%'
 * ```
 */
export function formatValue(result: IndicatorResult): string {
  if (result.formattedValue === null) return `无值 no value (${result.reason})`;
  return `${result.formattedValue}${unitInfo[result.unit].labels['zh-CN']}`;
}

/**
 * The parts the value comes from, `numerator / denominator`, money in 元.
 *
 * @example
 * ```ts
 * formatParts(computeIndicator('school_consolidation', { before: 11, after: 8 })); // '3 / 11'
 * ```
 */
export function formatParts(result: IndicatorResult): string {
  return `${result.numerator.toFixed()} / ${result.denominator.toFixed()}`;
}

function formatSigned(amount: Decimal, decimals: number): string {
  const text = amount.toFixed(decimals);
  return text.startsWith('-') ? text : `+${text}`;
}

const comparatorSymbols: { readonly [Comparator in ThresholdComparator]: string } = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

/** A threshold comparator as a report prints it: `≥` for `>=`, `≤` for `<=`. */
export function formatComparator(comparator: ThresholdComparator): string {
  return comparatorSymbols[comparator];
}

/**
 * Each threshold checked on the result, pass or fail, with the threshold and the margin
 * (exact value − threshold, rounded like the value), e.g. `✗ 未达标 fail (≥ 95%, -4.44)` or
 * `✓ 达标 pass (≥ 95%, +10.00)`.
 * Empty when the result carries no threshold.
 */
export function formatThresholdChecks(result: IndicatorResult): string {
  const unit = unitInfo[result.unit].labels['zh-CN'];
  return result.thresholds
    .map((check) => {
      const verdict = check.passed === null ? '— 无值 no value' : check.passed ? '✓ 达标 pass' : '✗ 未达标 fail';
      const margin = check.margin === null ? '' : `, ${formatSigned(new Decimal(check.margin), result.decimals)}`;
      return `${verdict} (${formatComparator(check.comparator)} ${check.value}${unit}${margin})`;
    })
    .join('; ');
}

/** The name of a regime in Chinese and English, or its id when it is not a built-in one. */
export function formatRegime(regime: string): string {
  if (!Object.hasOwn(regimeLabels, regime)) return regime;
  const labels = regimeLabels[regime as RegimeId];
  return `${labels['zh-CN']} ${labels.en}`;
}

/**
 * The result's warnings, two lines each: the code with the Chinese message, then the English one.
 *
 * @param result - The result.
 * @param indent - Text put before every line.
 * @returns No lines when the result carries no warning.
 */
export function formatWarnings(result: IndicatorResult, indent: string): string[] {
  return result.warnings.flatMap((warning) => [
    `${indent}⚠ ${warning.code}: ${warning.message.zh}`,
    `${indent}  ${warning.message.en}`,
  ]);
}
