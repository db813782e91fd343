import type { SchoolStage, ThresholdCheck } from '@edukpi/core';

/**
 * @internal The threshold check a chart draws for a result: the first of `regime` (and `stage`)
 * when given, else the first the result carries; `undefined` when there is none.
 */
export function pickThreshold(
  thresholds: readonly ThresholdCheck[],
  { regime, stage }: { readonly regime: string | undefined; readonly stage: SchoolStage | undefined },
): ThresholdCheck | undefined {
  return thresholds.find(
    (check) =>
      (regime === undefined || check.regime === regime) &&
      (stage === undefined || check.stage === undefined || check.stage === stage),
  );
}
