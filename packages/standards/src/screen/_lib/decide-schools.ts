import { compareClearly } from '../../engine/_lib/compare-clearly';
import type { ExactNumber, PreparedRule } from '../../engine/_lib/prepare-rule';
import type { CloseCalls } from './close-calls';
import type { GatheredStageSchools } from './gather-stage-schools';

/** Each stage school's indicators against their standards and the school rule. */
export interface SchoolDecisions {
  readonly atStandard: Uint8Array;
  readonly atStandardMask: Uint32Array;
  readonly belowFloorMask: Uint32Array;
  readonly passed: (boolean | null)[];
  /** Stage schools failing the school rule, per county. */
  readonly failing: number[];
}

/**
 * Decides each stage school: each indicator against its standard (`amount × scale ≥ standard ×
 * students`), then — with a school rule — each indicator short of it against the floor, and the
 * rule. In doubles when clear by a relative 1e-9, by `closeCalls` exactly otherwise; the same
 * comparisons, in the same floating-point steps, as the engine's `reaches`.
 */
export function decideSchools(
  gathered: GatheredStageSchools,
  amounts: readonly Float64Array[],
  prepared: readonly PreparedRule[],
  schoolRule: { readonly minimumAtStandard: number; readonly floor: ExactNumber } | null,
  closeCalls: CloseCalls,
): SchoolDecisions {
  const { count, stageCode, studentsOf, countyOf } = gathered;
  const K = prepared.length;
  // Each indicator's standard per stage (index code × K + k), and its double (NaN: none).
  const standards = [0, 1].flatMap((code) =>
    prepared.map((entry) => entry.standards[code === 0 ? 'primary' : 'junior']),
  );
  const standardNumbers = Float64Array.from(standards, (standard) => standard?.number ?? Number.NaN);
  // floor × standard as a double (the first step of the engine's floor × standard × students);
  // NaN where there is no standard or it is 0 (no floor to fall below).
  const floorNumbers = Float64Array.from(standards, (standard) =>
    schoolRule === null || standard === undefined || standard.exact.isZero()
      ? Number.NaN
      : schoolRule.floor.number * standard.number,
  );
  const atStandard = new Uint8Array(count);
  const atStandardMask = new Uint32Array(count);
  const belowFloorMask = new Uint32Array(count);
  const passed: (boolean | null)[] = new Array(count);
  const failing = new Array<number>(gathered.countyIds.length).fill(0);
  for (let j = 0; j < count; j++) {
    const code = stageCode[j] as number;
    const students = studentsOf[j] as number;
    let reached = 0;
    let withStandard = 0;
    let mask = 0;
    for (let k = 0; k < K; k++) {
      const standardNumber = standardNumbers[code * K + k] as number;
      if (Number.isNaN(standardNumber)) continue;
      withStandard += 1;
      const amount = (amounts[k] as Float64Array)[j] as number;
      const decided =
        compareClearly(amount, 1 * standardNumber * students) ??
        closeCalls.reaches(j, prepared[k] as PreparedRule, amount, standards[code * K + k] as ExactNumber, null);
      if (decided) {
        reached += 1;
        mask |= 1 << k;
      }
    }
    atStandard[j] = reached;
    atStandardMask[j] = mask;
    if (schoolRule === null || withStandard === 0) {
      passed[j] = null;
      continue;
    }
    const { floor } = schoolRule;
    let below = 0;
    for (let k = 0; k < K; k++) {
      const floorNumber = floorNumbers[code * K + k] as number;
      if ((mask & (1 << k)) !== 0 || Number.isNaN(floorNumber)) continue;
      const amount = (amounts[k] as Float64Array)[j] as number;
      const decided =
        compareClearly(amount, floorNumber * students) ??
        closeCalls.reaches(j, prepared[k] as PreparedRule, amount, standards[code * K + k] as ExactNumber, floor);
      if (!decided) below |= 1 << k;
    }
    belowFloorMask[j] = below;
    const rule = reached >= schoolRule.minimumAtStandard && below === 0;
    passed[j] = rule;
    if (!rule) {
      const county = countyOf[j] as number;
      failing[county] = (failing[county] as number) + 1;
    }
  }
  return { atStandard, atStandardMask, belowFloorMask, passed, failing };
}
