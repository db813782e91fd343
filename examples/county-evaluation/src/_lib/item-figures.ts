import type { ItemEvaluation, Regime } from '@edukpi/standards';
import { formatDecimal } from './format-decimal';
import { comparatorSymbol, itemNumeratorUnits, type ReportName } from './report-labels';

/** An item's figures as the report prints them. */
export interface ItemFigures {
  /** The value checked, rounded, with its unit; `—` when there is none. */
  readonly value: string;
  /** The comparator and threshold, with the unit. */
  readonly threshold: string;
  /** What would bring a failing item to its threshold, or the county's note on an evidence item. */
  readonly detail: ReportName | null;
}

function unitOf(item: ItemEvaluation, regime: Regime): string {
  if (item.result !== null) return item.result.unit === 'percent' ? '%' : '';
  const definition = regime.items.find((entry) => entry.id === item.id);
  return definition?.kind === 'ratio' && definition.scale === 100 ? '%' : '';
}

/**
 * The value, threshold and shortfall (or evidence note) of one item, rounded for print: indicator
 * values as the catalogue rounds them, ratios to 2 places, a shortfall rounded up and named in
 * real units (teachers, yuan, rooms).
 *
 * @param item - The item's evaluation.
 * @param regime - The regime it belongs to (for a ratio item's scale and numerator).
 * @returns The printed figures.
 *
 * @example
 * ```ts
 * itemFigures(keyTeacherRotation, qualityBalance2017);
 * // { value: '17.33%', threshold: '≥ 20%', detail: { zh: '还差 4 名骨干教师交流轮岗', en: '4 more key teachers rotated' } }
 * ```
 */
export function itemFigures(item: ItemEvaluation, regime: Regime): ItemFigures {
  if (item.kind === 'evidence') {
    const note = item.evidence?.note ?? null;
    return {
      value: item.evidence === null ? '—' : item.evidence.met ? '已举证 attested' : '未达到 not met',
      threshold: '举证 evidence',
      detail: note === null ? null : { zh: note, en: '' },
    };
  }
  if (item.kind === 'schools') {
    return {
      value: item.status === 'failed' ? `${item.failingSchools.length} 所不达标 schools fail` : '—',
      threshold: '逐校检查 each school',
      detail: item.shortfall === null ? null : item.shortfall.description,
    };
  }
  const unit = unitOf(item, regime);
  const value =
    item.value === null ? '—' : `${item.result?.value ?? formatDecimal(item.value, 2, { grouping: false })}${unit}`;
  const threshold =
    item.comparator === null || item.threshold === null
      ? '—'
      : `${comparatorSymbol(item.comparator)} ${item.threshold}${unit}`;
  if (item.shortfall === null) return { value, threshold, detail: null };
  const amount = formatDecimal(item.shortfall.amount, 2, { rounding: 'up' }).replace(/\.00$/, '');
  const definition = regime.items.find((entry) => entry.id === item.id);
  const numerator: ReportName | undefined =
    definition?.kind === 'ratio'
      ? { zh: definition.numerator.labels['zh-CN'], en: definition.numerator.labels.en }
      : itemNumeratorUnits[item.id];
  return {
    value,
    threshold,
    detail:
      numerator === undefined
        ? item.shortfall.description
        : { zh: `还差 ${amount} ${numerator.zh}`, en: `${amount} more ${numerator.en}` },
  };
}
