import type { PreparedRule } from '../../engine/_lib/prepare-rule';
import { isGiven, type OptionalNumberColumn, type SchoolColumns } from '../school-columns';
import type { GatheredStageSchools } from './gather-stage-schools';

/** Writes `Σ counts × scale` of each stage school into `out` (the stage's teacher counts added up). */
function countAmounts(
  out: Float64Array,
  byCode: readonly (readonly OptionalNumberColumn[])[],
  { count, rows, stageCode }: GatheredStageSchools,
  scale: number,
): void {
  for (let j = 0; j < count; j++) {
    const sources = byCode[stageCode[j] as number] as readonly OptionalNumberColumn[];
    const row = rows[j] as number;
    let sum = (sources[0] as OptionalNumberColumn)[row] as number;
    for (let index = 1; index < sources.length; index++) sum += (sources[index] as OptionalNumberColumn)[row] as number;
    out[j] = sum * scale;
  }
}

/** Writes `resource × share × scale` of each stage school into `out` (the whole figure for a whole school). */
function resourceAmounts(
  out: Float64Array,
  values: ArrayLike<number>,
  { count, rows, splitOf, shareOf }: GatheredStageSchools,
  scale: number,
): void {
  for (let j = 0; j < count; j++) {
    const value = values[rows[j] as number] as number;
    out[j] = (splitOf[j] === 1 ? value * (shareOf[j] as number) : value) * scale;
  }
}

/** The equipment value of each school in 元, as the engine reads it: 元 as given, 万元 × 10 000. */
function equipmentInYuan(columns: SchoolColumns, length: number): Float64Array {
  const { equipmentValue, equipmentValueWan } = columns;
  const out = new Float64Array(length);
  for (let row = 0; row < length; row++) {
    const inYuan = equipmentValue?.[row];
    out[row] = isGiven(inYuan) ? inYuan : (equipmentValueWan?.[row] as number) * 10_000;
  }
  return out;
}

/**
 * Each stage school's numerator × scale for each indicator, as the numerator's `number` gives it
 * for the engine's stage school: one array per indicator, index `j`.
 */
export function stageAmounts(
  columns: SchoolColumns,
  length: number,
  gathered: GatheredStageSchools,
  prepared: readonly PreparedRule[],
): Float64Array[] {
  const buffer = new Float64Array(gathered.count * prepared.length);
  let equipment: Float64Array | undefined;
  return prepared.map((entry, k) => {
    const out = buffer.subarray(k * gathered.count, (k + 1) * gathered.count);
    const { source } = entry.numerator;
    if ('stageCounts' in source) {
      const byCode = [columns.primary, columns.junior].map((figures) =>
        figures === undefined ? [] : source.stageCounts.map((field) => figures[field]),
      );
      countAmounts(out, byCode, gathered, entry.scale);
    } else {
      equipment ??= source.resource === 'equipmentValue' ? equipmentInYuan(columns, length) : undefined;
      const values = source.resource === 'equipmentValue' ? (equipment as Float64Array) : columns[source.resource];
      resourceAmounts(out, values, gathered, entry.scale);
    }
    return out;
  });
}
