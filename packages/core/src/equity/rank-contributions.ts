import type { CoefficientOfVariationContribution } from './coefficient-of-variation';

/**
 * Orders the schools of a {@link CoefficientOfVariationResult} by how much they pull the
 * 差异系数 up: largest share of the variance first, ties in input order. Shares that are
 * `null` (no variance at all) come last. The input is not changed.
 *
 * The share is (Pᵢ/ΣP)(Xᵢ − X̄)² ÷ S², so a large school slightly off the mean can outrank a
 * small school far from it; `deviation` tells whether a school is above or below the mean.
 *
 * @param contributions - `result.contributions` of {@link coefficientOfVariation}.
 * @returns A new array, largest `varianceShare` first; empty when there are no contributions.
 * @throws Never.
 *
 * @example
 * ```ts
 * const result = coefficientOfVariation([
 *   { id: 'A', students: 100, value: 4 },
 *   { id: 'B', students: 200, value: 5 },
 *   { id: 'C', students: 700, value: 6 },
 * ]);
 * rankContributions(result.contributions).map((school) => [school.id, school.varianceShare?.toFixed(4)]);
 * // [['A', '0.5818'], ['C', '0.2545'], ['B', '0.1636']]
 * ```
 */
export function rankContributions<Contribution extends CoefficientOfVariationContribution>(
  contributions: readonly Contribution[],
): Contribution[] {
  return [...contributions].sort((a, b) => {
    if (a.varianceShare === null || b.varianceShare === null) {
      if (a.varianceShare !== b.varianceShare) return a.varianceShare === null ? 1 : -1;
      return a.index - b.index;
    }
    return b.varianceShare.comparedTo(a.varianceShare) || a.index - b.index;
  });
}
