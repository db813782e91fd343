import { describeValue, InvalidInputError } from '@edukpi/core';
import type { RegimeEvaluation } from '@edukpi/standards';

/** @internal The resource part of an evaluation (per-school checks and coefficients). */
export type EvaluatedResources = NonNullable<RegimeEvaluation['resources']>;

/**
 * @internal Checks that `evaluation` is a {@link RegimeEvaluation} with a resource part (the
 * compulsory-education regimes have one; the preschool regime does not) and returns that part.
 *
 * @throws {InvalidInputError} with `path` when it is not one, or has no resource part.
 */
export function resourcesOf(evaluation: unknown, path: readonly (string | number)[]): EvaluatedResources {
  const candidate = evaluation as Partial<RegimeEvaluation> | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.regime?.id !== 'string' ||
    candidate.resources === undefined
  ) {
    throw new InvalidInputError({
      issues: [
        {
          path,
          messageZh: `应为 evaluateRegime 返回的评估结果,收到 ${describeValue(evaluation)}`,
          messageEn: `expected an evaluation returned by evaluateRegime (got ${describeValue(evaluation)}).`,
        },
      ],
    });
  }
  const { resources } = candidate;
  if (resources === null || !Array.isArray(resources.schools) || !Array.isArray(resources.coefficients)) {
    throw new InvalidInputError({
      issues: [
        {
          path: [...path, 'resources'],
          messageZh: `评估结果没有资源配置部分(${candidate.regime.id} 不逐校比较资源指标)`,
          messageEn: `the evaluation has no resource part (${candidate.regime.id} does not compare schools' resources).`,
        },
      ],
    });
  }
  return resources;
}
